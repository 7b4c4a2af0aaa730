#include "cli/TeamCommands.h"

#include "cli/CommandLine.h"
#include "cli/ExitStatus.h"
#include "cli/HistoryCommands.h"
#include "cli/Print.h"
#include "core/base/Json.h"
#include "core/history/PostgresHistoryStore.h"
#include "core/history/ShareReport.h"
#include "core/history/TeamSchema.h"
#include "core/tokens/Validators.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kyc::cli {

TeamCommands::TeamCommands(const HistoryLocation &location, const Io &io)
    : m_location(location)
    , m_io(io)
{}

int TeamCommands::run(const QStringList &positional, const CommandLine &line)
{
    if (positional.value(0) == u"team") {
        if (positional.size() != 2 || positional.at(1) != u"init")
            return usageError(
                tr("Use: kyc-share team init --history-url URL [--require-approval production|all|none]"));
        if (!line.isSet(line.historyUrl))
            return usageError(
                tr("team init needs --history-url, naming the PostgreSQL database to create the "
                   "team's history in."));
        return init(line.value(line.requireApproval), m_io.json);
    }
    if (positional.size() != 2 || positional.at(1) != u"shares")
        return usageError(
            tr("Use: kyc-share report shares (--applicant ID | --partner ID) [--json | --csv]"));
    if (m_io.json && line.isSet(u"csv"_s))
        return usageError(tr("Choose --json or --csv, not both."));
    return reportShares(line.value(u"applicant"_s).trimmed(), line.value(u"partner"_s).trimmed(),
                        m_io.json              ? Format::Json
                        : line.isSet(u"csv"_s) ? Format::Csv
                                               : Format::Text);
}

int TeamCommands::usageError(const QString &message)
{
    return cli::usageError(m_io.err, message);
}

int TeamCommands::init(const QString &policyText, bool json)
{
    if (m_location.kind != HistoryLocation::Kind::Postgres)
        return usageError(tr("team init creates a history in PostgreSQL: give --history-url "
                             "postgresql://USER@HOST:PORT/DB."));
    const std::optional<TeamSchema::ApprovalPolicy> policy =
        TeamSchema::policyFromKey(policyText.isEmpty() ? u"production"_s : policyText);
    if (!policy)
        return usageError(tr("--require-approval is production, all or none."));
    PostgresHistoryStore store;
    const HistoryStore::OpenResult connected = store.connect(m_location);
    if (!connected.ok) {
        print(m_io.err, u"kyc-share: "_s + connected.error + u'\n');
        return HistoryFailed;
    }
    QString error;
    if (!store.createTeamHistory(*policy, &error)) {
        print(m_io.err, u"kyc-share: "_s + error + u'\n');
        return HistoryFailed;
    }
    if (json) {
        print(m_io.out, QString::fromUtf8(
                            QJsonDocument(QJsonObject{{u"created"_s, true},
                                                      {u"history"_s, m_location.description()},
                                                      {u"requireApproval"_s, TeamSchema::policyKey(*policy)}})
                                .toJson(QJsonDocument::Compact)) +
                            u'\n');
    } else {
        print(m_io.out, tr("Created the team history in %1 (as %2).\n"
                           "Approval by a second person is required for: %3.\n"
                           "Let people in with plain SQL, as a role that may grant:\n"
                           "  GRANT kyc_operator TO alice;   -- may issue: add and read records\n"
                           "  GRANT kyc_reviewer TO carol;   -- may only read: reports and verification\n")
                            .arg(m_location.description(), store.role(), TeamSchema::policyKey(*policy)));
    }
    return Issued;
}

int TeamCommands::reportShares(const QString &applicant, const QString &partner, Format format)
{
    if (applicant.isEmpty() == partner.isEmpty())
        return usageError(tr("report shares takes --applicant ID or --partner ID (one of them)."));
    const std::unique_ptr<HistoryStore> store = HistoryCommands::openExisting(m_location, m_io.err);
    if (!store)
        return HistoryFailed;
    const QList<ShareReport::Row> rows = ShareReport::collect(*store, applicant, partner);
    if (!store->error().isEmpty()) {
        print(m_io.err, tr("kyc-share: the history cannot be read: %1\n").arg(store->error()));
        return HistoryFailed;
    }
    switch (format) {
    case Format::Json: {
        QJsonObject o{{u"history"_s, store->description()}, {u"shares"_s, ShareReport::toJson(rows)}};
        o.insert(applicant.isEmpty() ? u"partner"_s : u"applicant"_s,
                 applicant.isEmpty() ? partner : applicant);
        print(m_io.out, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + u'\n');
        break;
    }
    case Format::Csv:
        print(m_io.out, QString::fromUtf8(ShareReport::toCsv(rows)));
        break;
    case Format::Text:
        print(m_io.out, ShareReport::toText(rows));
        print(m_io.err, (applicant.isEmpty() ? tr("Attempts to share with %1: %2, in %3.\n")
                                             : tr("Attempts to share %1: %2, in %3.\n"))
                            .arg(applicant.isEmpty() ? partner : applicant)
                            .arg(rows.size())
                            .arg(store->description()));
        break;
    }
    return Issued;
}

std::unique_ptr<PostgresHistoryStore> TeamCommands::openTeamHistory(int *status)
{
    if (m_location.kind != HistoryLocation::Kind::Postgres) {
        *status = usageError(tr("Approvals belong to team mode: give the team's history with --history-url "
                                "postgresql://USER@HOST:PORT/DB (or KYC_SHARE_HISTORY_URL)."));
        return nullptr;
    }
    auto store = std::make_unique<PostgresHistoryStore>();
    const HistoryStore::OpenResult opened = store->open(m_location);
    if (!opened.ok) {
        print(m_io.err, tr("kyc-share: the team history cannot be opened: %1\n").arg(opened.error));
        *status = HistoryFailed;
        return nullptr;
    }
    return store;
}

namespace {
QJsonObject requestJson(const ApprovalRequest &a)
{
    const HistoryEntry &r = a.request;
    QJsonObject o{{u"id"_s, r.id},
                  {u"state"_s, a.stateKey()},
                  {u"requestedBy"_s, r.operatorName},
                  {u"requestedAt"_s, r.at.toString(Qt::ISODate)},
                  {u"operation"_s, r.operation},
                  {u"environment"_s, jsonOrNull(r.environment)},
                  {u"subject"_s, jsonOrNull(r.subject)},
                  {u"partner"_s, jsonOrNull(r.partner)},
                  {u"ttlSecs"_s, jsonOrNull(r.ttlSecs)},
                  {u"reason"_s, jsonOrNull(r.reason)},
                  {u"decidedBy"_s, jsonOrNull(a.decidedBy)},
                  {u"decisionReason"_s, jsonOrNull(a.decisionReason)}};
    if (a.approvalLapses.isValid())
        o.insert(u"approvalLapses"_s, a.approvalLapses.toString(Qt::ISODate));
    return o;
}
} // namespace

int TeamCommands::approvals(const QString &action, qint64 id, const QString &reason, bool json)
{
    int status = Issued;
    const std::unique_ptr<PostgresHistoryStore> store = openTeamHistory(&status);
    if (!store)
        return status;
    if (action == u"list") {
        const QList<ApprovalRequest> open = store->approvalRequests(true);
        if (json) {
            QJsonArray rows;
            for (const ApprovalRequest &a : open)
                rows.append(requestJson(a));
            print(m_io.out, QString::fromUtf8(QJsonDocument(QJsonObject{{u"requests"_s, rows},
                                                                        {u"you"_s, store->role()},
                                                                        {u"history"_s, store->description()}})
                                                  .toJson(QJsonDocument::Compact)) +
                                u'\n');
            return Issued;
        }
        const auto safe = &Validators::forTerminal;
        for (const ApprovalRequest &a : open) {
            const HistoryEntry &r = a.request;
            const bool mine = r.operatorName == store->role();
            print(m_io.out, u"%1  %2  %3  %4 -> %5  by %6%7  %8\n"_s.arg(
                                QString::number(r.id), r.at.toString(Qt::ISODate), safe(r.operation),
                                r.subject.isEmpty() ? u"-"_s : safe(r.subject),
                                r.partner.isEmpty() ? u"-"_s : safe(r.partner), safe(r.operatorName),
                                mine ? tr(" (you)") : QString(), a.stateText()));
        }
        print(m_io.err, tr("Open requests: %1, in %2; you are %3.\n")
                            .arg(open.size())
                            .arg(store->description(), store->role()));
        return Issued;
    }
    const bool approve = action == u"approve";
    if (!approve && reason.isEmpty())
        return usageError(tr("Say why with --reason TEXT: the maker reads it, and so does the auditor."));
    if (const QString problem = Validators::checkVisible(reason, tr("The reason")); !problem.isEmpty())
        return usageError(u"--reason: "_s + problem);
    const qint64 decision = store->recordDecision(id, approve, reason);
    if (decision == 0) {
        print(m_io.err, tr("kyc-share: request %1 was not %2: %3\n")
                            .arg(id)
                            .arg(approve ? tr("approved") : tr("rejected"), store->error()));
        return BadInput;
    }
    const std::optional<ApprovalRequest> now = store->approvalRequest(id);
    if (json)
        print(m_io.out, QString::fromUtf8(QJsonDocument(QJsonObject{{u"decision"_s, decision},
                                                                    {u"request"_s, now ? requestJson(*now)
                                                                                       : QJsonObject()}})
                                              .toJson(QJsonDocument::Compact)) +
                            u'\n');
    else
        print(m_io.out, tr("Request %1: %2 (record %3).\n")
                            .arg(id)
                            .arg(now ? now->stateText() : QString())
                            .arg(decision));
    return Issued;
}

std::variant<HistoryEntry, int> TeamCommands::approvedRequest(qint64 id)
{
    int status = Issued;
    const std::unique_ptr<PostgresHistoryStore> store = openTeamHistory(&status);
    if (!store)
        return status;
    const std::optional<ApprovalRequest> a = store->approvalRequest(id);
    QString problem;
    if (!a)
        problem = tr("There is no request %1.").arg(id);
    else if (a->request.operatorName != store->role())
        problem = tr("Request %1 was made by %2; only they issue it, at their desk.")
                      .arg(id)
                      .arg(a->request.operatorName);
    else if (a->state != ApprovalRequest::State::Approved)
        problem = tr("Request %1 cannot be issued: it is %2.").arg(id).arg(a->stateText());
    if (!problem.isEmpty()) {
        print(m_io.err, u"kyc-share: "_s + problem + u'\n');
        return int(BadInput);
    }
    return a->request;
}

} // namespace kyc::cli
