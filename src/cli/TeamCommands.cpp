#include "TeamCommands.h"

#include "ExitStatus.h"
#include "history/PostgresHistoryStore.h"
#include "history/ShareReport.h"
#include "history/TeamSchema.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kyc::cli {

TeamCommands::TeamCommands(const HistoryLocation &location, FILE *out, FILE *err)
    : m_location(location)
    , m_out(out)
    , m_err(err)
{}

void TeamCommands::print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

int TeamCommands::usageError(const QString &message)
{
    print(m_err, u"kyc-share: "_s + message + u"\nRun 'kyc-share --help' for the commands and options.\n"_s);
    return BadInput;
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
        print(m_err, u"kyc-share: "_s + connected.error + u'\n');
        return HistoryFailed;
    }
    QString error;
    if (!store.createTeamHistory(*policy, &error)) {
        print(m_err, u"kyc-share: "_s + error + u'\n');
        return HistoryFailed;
    }
    if (json) {
        print(m_out, QString::fromUtf8(
                         QJsonDocument(QJsonObject{{u"created"_s, true},
                                                   {u"history"_s, m_location.description()},
                                                   {u"requireApproval"_s, TeamSchema::policyKey(*policy)}})
                             .toJson(QJsonDocument::Compact)) +
                         u'\n');
    } else {
        print(m_out, tr("Created the team history in %1, created by %2.\n"
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
    if (m_location.kind == HistoryLocation::Kind::Sqlite && !QFile::exists(m_location.path)) {
        print(m_err, tr("kyc-share: there is no history yet (%1).\n").arg(m_location.path));
        return HistoryFailed;
    }
    HistoryStore::OpenResult opened;
    const std::unique_ptr<HistoryStore> store = openHistoryStore(m_location, &opened);
    if (!opened.ok) {
        print(m_err, tr("kyc-share: the history cannot be read: %1\n").arg(opened.error));
        return HistoryFailed;
    }
    const QList<ShareReport::Row> rows = ShareReport::collect(*store, applicant, partner);
    if (!store->error().isEmpty()) {
        print(m_err, tr("kyc-share: the history cannot be read: %1\n").arg(store->error()));
        return HistoryFailed;
    }
    switch (format) {
    case Format::Json: {
        QJsonObject o{{u"history"_s, store->description()}, {u"shares"_s, ShareReport::toJson(rows)}};
        o.insert(applicant.isEmpty() ? u"partner"_s : u"applicant"_s,
                 applicant.isEmpty() ? partner : applicant);
        print(m_out, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + u'\n');
        break;
    }
    case Format::Csv:
        print(m_out, QString::fromUtf8(ShareReport::toCsv(rows)));
        break;
    case Format::Text:
        print(m_out, ShareReport::toText(rows));
        print(m_err, applicant.isEmpty()
                         ? tr("%n attempt(s) to share with %1, in %2.\n", nullptr, int(rows.size()))
                               .arg(partner, store->description())
                         : tr("%n attempt(s) to share %1, in %2.\n", nullptr, int(rows.size()))
                               .arg(applicant, store->description()));
        break;
    }
    return Issued;
}

} // namespace kyc::cli
