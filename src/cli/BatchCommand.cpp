#include "cli/BatchCommand.h"

#include "cli/CommandLine.h"
#include "cli/ExitStatus.h"
#include "cli/HistoryCommands.h"
#include "cli/IssueCommand.h"
#include "cli/OutcomePrinter.h"
#include "cli/StopSignals.h"
#include "core/base/Wipe.h"
#include "core/batch/BatchRun.h"
#include "core/history/HistoryStore.h"
#include "core/issuing/Issuer.h"
#include "core/net/Transport.h"
#include "core/partners/PartnerBook.h"
#include "core/profiles/ProfileStore.h"
#include "core/tokens/OperationSpec.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace kyc::cli {

namespace {

QString stateKey(const BatchRun::Row &row)
{
    switch (row.state) {
    case BatchRowState::Issued:
        return row.earlier ? u"issued-before"_s : u"issued"_s;
    case BatchRowState::Unknown:
        return row.earlier ? u"unknown-before"_s : u"unknown"_s;
    case BatchRowState::Failed:
        return u"failed"_s;
    case BatchRowState::Waiting:
    case BatchRowState::Sending:
        break;
    }
    return u"not-sent"_s;
}

QList<int> parseRows(const QString &text, bool *ok)
{
    QList<int> rows;
    *ok = true;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool one = false;
        const int row = part.trimmed().toInt(&one);
        if (!one || row < 1) {
            *ok = false;
            return {};
        }
        rows << row;
    }
    *ok = !rows.isEmpty();
    return rows;
}

} // namespace

BatchCommand::BatchCommand(const CommandLine &line, const Io &io, const HistoryLocation &history)
    : Command(line, io)
    , m_history(history)
{}

std::optional<TokenRequest> BatchCommand::defaultsFor(const IssueCommand &issuing, Operation operation)
{
    // A token is the row's own: never one for every row.
    for (const Field field : TokenRequest::fieldsOf(operation)) {
        const FieldSpec &spec = specOf(field);
        const QString name = QLatin1String(spec.cliOption).mid(2);
        if (spec.secret && m_line.isSet(name)) {
            usageError(tr("--%1 is a token: in a batch, each row gives its own in the CSV's %2 column.")
                           .arg(name, fieldKey(field)));
            return std::nullopt;
        }
    }
    TokenRequest defaults = issuing.requestFromOptions(operation, [](const QString &) { return QString(); });
    defaults.set(Field::Reason, m_line.value(m_line.reason));
    return defaults;
}

int BatchCommand::problems(const QString &file, const BatchPlan &plan) const
{
    for (const BatchProblem &p : plan.problems) {
        QString where = file;
        if (p.line > 0)
            where += u':' + QString::number(p.line);
        if (p.field)
            where += u": "_s + fieldKey(*p.field);
        print(m_io.err, where + u": "_s + p.message + u'\n');
    }
    print(m_io.err, tr("kyc-share: %1: %n problem(s); nothing was sent. Correct the CSV and run the command "
                       "again.\n",
                       nullptr, int(plan.problems.size()))
                        .arg(file));
    return BadInput;
}

void BatchCommand::writeRow(const BatchRun &run, int row, FILE *out) const
{
    const BatchRun::Row &r = run.row(row);
    QJsonObject o{{u"batch"_s, run.batchId()},
                  {u"row"_s, row},
                  {u"line"_s, run.plan().rows.at(row - 1).line},
                  {u"status"_s, stateKey(r)}};
    const TokenRequest request = run.plan().request(row);
    for (const Field field : TokenRequest::fieldsOf(run.plan().operation)) {
        const FieldSpec &spec = specOf(field);
        if (spec.secret || field == Field::SdkKind)
            continue;
        if (const QString value = request.value(field).trimmed(); !value.isEmpty())
            o.insert(QLatin1String(spec.key), value);
    }
    if (r.token) {
        o.insert(u"token"_s, r.token->token);
        o.insert(u"expiresAt"_s, r.token->expiresAt.toUTC().toString(Qt::ISODate));
        if (r.token->isPartnerToken())
            o.insert(u"ttlInSecs"_s, r.token->ttlSecs);
        if (r.token->sharingAllowed)
            o.insert(u"sharingAllowed"_s, *r.token->sharingAllowed);
    } else if (r.state == BatchRowState::Failed || r.state == BatchRowState::Unknown) {
        QJsonObject error{{u"kind"_s, r.failureKind}};
        if (!r.message.isEmpty())
            error.insert(u"message"_s, r.message);
        if (r.httpStatus)
            error.insert(u"httpStatus"_s, r.httpStatus);
        if (!r.correlationId.isEmpty())
            error.insert(u"correlationId"_s, r.correlationId);
        o.insert(u"error"_s, error);
    }
    QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    o = QJsonObject();
    std::fwrite(line.constData(), 1, size_t(line.size()), out);
    std::fflush(out);
    wipe(line);
}

void BatchCommand::progress(const BatchRun &run) const
{
    const int done = run.count(BatchRowState::Issued) + run.count(BatchRowState::Failed) +
                     run.count(BatchRowState::Unknown);
    print(m_io.err,
          tr("kyc-share: batch %1: %2 of %3 rows done (%4 issued, %5 failed, %6 in doubt); about %7 "
             "left.\n")
              .arg(run.batchId())
              .arg(done)
              .arg(run.rowCount())
              .arg(run.count(BatchRowState::Issued))
              .arg(run.count(BatchRowState::Failed))
              .arg(run.count(BatchRowState::Unknown))
              .arg(Outcome::describeDuration(run.remainingSecs())));
}

bool BatchCommand::waitForWave(int wave, int waves, int rows) const
{
    print(m_io.err,
          tr("kyc-share: wave %1 of %2 is issued. Hand its tokens over, then press Enter to release "
             "wave %3 (up to %4 rows); end the input (Ctrl+D) to stop here.\n")
              .arg(wave)
              .arg(waves)
              .arg(wave + 1)
              .arg(rows));
    char buffer[256];
    return std::fgets(buffer, sizeof buffer, m_io.in) != nullptr;
}

int BatchCommand::run(const QStringList &positional)
{
    // batch PROVIDER COMMAND --csv FILE (--csv is a flag of its own: FILE is the last word).
    const IssueCommand::Spec *command = IssueCommand::find(positional.mid(1, 2));
    if (!command || !command->operation || !BatchCsv::operations().contains(*command->operation))
        return usageError(tr("A batch issues one of: sumsub share-token, sumsub id-share-token, complycube "
                             "sdk-token. Like: kyc-share batch sumsub share-token --csv FILE"));
    if (!m_line.isSet(u"csv"_s) || positional.size() != 4)
        return usageError(tr("Give the batch's rows as --csv FILE: a CSV whose first line names the columns "
                             "(like applicantId;forClientId;ttlInSecs)."));
    const Operation operation = *command->operation;
    const QString file = positional.at(3);
    IssueCommand issuing(m_line, m_io, m_history);
    if (const std::optional<int> refused = issuing.refusedOptions(*command))
        return *refused;
    if (m_line.isSet(m_line.batchWaves) && m_line.isSet(m_line.batchNoWaves))
        return usageError(tr("Give --waves or --no-waves, not both."));
    if (m_line.isSet(m_line.batchRetryRows) && !m_line.isSet(m_line.batchResume))
        return usageError(tr("--retry-rows goes with --resume ID."));
    if (m_line.isSet(m_line.batchResume) && m_line.isSet(m_line.batchNewBatch))
        return usageError(tr("Give --resume ID or --new-batch, not both."));

    const std::optional<TokenRequest> defaults = defaultsFor(issuing, operation);
    if (!defaults)
        return BadInput;
    const std::unique_ptr<QSettings> settings = ProfileStore::openDefaultSettings();
    const PartnerBook partners(settings.get());
    BatchCsvOptions options;
    options.defaults = *defaults;
    options.partners = &partners;
    options.partnerRulesEnforced = issuing.partnerRulesEnforced();
    if (m_line.isSet(m_line.allowBroad))
        options.allowed << TokenRequest::Caution::BroadReferrer;
    if (m_line.isSet(m_line.allowLongTtl))
        options.allowed << TokenRequest::Caution::LongTtl;
    BatchPlan plan = BatchCsv::readFile(file, options);
    if (!plan.isValid())
        return problems(file, plan);

    const std::variant<Profile, int> chosen = issuing.profileFor(*command);
    if (const int *status = std::get_if<int>(&chosen))
        return *status;
    const Profile &profile = std::get<Profile>(chosen);
    const RateLimit limit = RateLimit::of(profile.provider, profile.environment);
    const BatchPacer pacer(limit);

    const std::unique_ptr<HistoryStore> history = HistoryCommands::open(m_history, m_io.err);
    if (!history)
        return HistoryFailed;

    // Which batch: a new one, or the one this CSV was sent as before.
    QString batchId;
    std::optional<BatchJournal::Batch> earlier;
    QSet<int> retry;
    if (m_line.isSet(m_line.batchResume)) {
        batchId = m_line.value(m_line.batchResume).trimmed();
        QString error;
        earlier = BatchJournal::read(*history, batchId, &error);
        if (!earlier)
            return usageError(error);
        if (earlier->digest != plan.digest || earlier->rowCount != plan.rows.size())
            return usageError(
                tr("%1 is not the CSV batch %2 was sent from (its fingerprint is %3; the batch's "
                   "is %4). Resume with the same file, unchanged.")
                    .arg(file, batchId, plan.digest, earlier->digest));
        if (earlier->operation != operationKey(operation))
            return usageError(
                tr("Batch %1 issued %2; resume it with the same command.").arg(batchId, earlier->operation));
        if (m_line.isSet(m_line.batchRetryRows)) {
            bool ok = false;
            for (const int row : parseRows(m_line.value(m_line.batchRetryRows), &ok)) {
                const auto it = earlier->rows.constFind(row);
                if (it == earlier->rows.constEnd() || it->state != BatchRowState::Unknown)
                    return usageError(tr("Row %1 of batch %2 is not in doubt; --retry-rows names rows in "
                                         "doubt that you checked were not issued.")
                                          .arg(row)
                                          .arg(batchId));
                retry.insert(row);
            }
            if (!ok)
                return usageError(tr("--retry-rows takes row numbers, comma-separated: 12,40."));
        }
    } else {
        const QList<BatchJournal::Batch> before = BatchJournal::batchesOf(*history, plan.digest);
        if (!before.isEmpty() && !m_line.isSet(m_line.batchNewBatch)) {
            const BatchJournal::Batch &last = before.constFirst();
            const QString when = last.started.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
            if (last.count(BatchRowState::Issued) == last.rowCount)
                return usageError(
                    tr("%1 was sent before, as batch %2 on %3; all %4 rows were issued. To issue "
                       "every row again as a new batch, pass --new-batch.")
                        .arg(file, last.id, when)
                        .arg(last.rowCount));
            return usageError(
                tr("%1 was sent before, as batch %2 on %3 (%4 of %5 rows issued, %6 in doubt). Resume it "
                   "with --resume %2; to issue every row again as a new batch, pass --new-batch.")
                    .arg(file, last.id, when)
                    .arg(last.count(BatchRowState::Issued))
                    .arg(last.rowCount)
                    .arg(last.count(BatchRowState::Unknown)));
        }
        batchId = BatchJournal::newBatchId(QDateTime::currentDateTimeUtc());
    }

    IssueCommand::Credentials credentials;
    Transport transport;
    Issuer issuer(&transport, credentials.forProfile(profile, m_io));
    issuer.setHistory(history.get());
    issuer.setPartnerRules(&partners, options.partnerRulesEnforced);
    BatchRun run(&issuer, profile, std::move(plan), batchId);
    if (earlier)
        run.resumeFrom(*earlier, retry);

    // A batch longer than its tokens live: said before anything is sent.
    const qint64 lifetime = run.plan().shortestLifetimeSecs;
    const qint64 takes = pacer.secondsFor(run.toSend());
    const int waveSize = BatchRun::waveSizeFor(lifetime, limit);
    if (lifetime > 0 && takes > lifetime && !m_line.isSet(m_line.batchNoWaves) &&
        !m_line.isSet(m_line.batchWaves) && !m_line.isSet(u"dry-run"_s))
        return usageError(
            tr("Sending %1 rows at %2 takes about %3, longer than the tokens live (%4): the "
               "first would expire before the last are issued. Pass --waves to issue them in "
               "waves of %5 rows you release one at a time, or --no-waves to send them all "
               "at once.")
                .arg(run.toSend())
                .arg(limit.describe(), Outcome::describeDuration(takes), Outcome::describeDuration(lifetime))
                .arg(waveSize));
    if (m_line.isSet(m_line.batchWaves) && lifetime > 0)
        run.setWaveSize(waveSize);

    if (m_line.isSet(u"dry-run"_s)) {
        print(m_io.err, tr("kyc-share: %1: %2 rows are valid; sending %3 of them at %4 would take about %5. "
                           "Nothing was sent (--dry-run).\n")
                            .arg(file)
                            .arg(run.rowCount())
                            .arg(run.toSend())
                            .arg(limit.describe(), Outcome::describeDuration(takes)));
        return Issued;
    }

    // Where the tokens go: standard output, or a file of the operator's alone.
    FILE *out = m_io.out;
    QFile outFile;
    if (m_line.isSet(m_line.batchOut)) {
        outFile.setFileName(m_line.value(m_line.batchOut));
        if (!outFile.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return usageError(tr("--out %1 cannot be created (%2). Name a new file: tokens are never written "
                                 "over another.")
                                  .arg(outFile.fileName(), outFile.errorString()));
        outFile.close(); // created empty, the owner's alone; appended to from here
        out = std::fopen(QFile::encodeName(outFile.fileName()).constData(), "ab");
        if (!out)
            return usageError(tr("--out %1 cannot be written.").arg(outFile.fileName()));
        print(m_io.err, tr("kyc-share: warning: the tokens are written to %1 (readable by you alone). They "
                           "stay valid until they expire: delete the file once they are handed over.\n")
                            .arg(outFile.fileName()));
    }

    if (!options.partnerRulesEnforced)
        print(m_io.err, tr("kyc-share: the partners' rules are off for this batch; the records say so where "
                           "one of them would have refused a row.\n"));
    if (earlier)
        print(m_io.err, tr("kyc-share: resuming batch %1: %2 rows issued before, %3 in doubt (not sent "
                           "again), %4 to send.\n")
                            .arg(batchId)
                            .arg(run.count(BatchRowState::Issued))
                            .arg(run.count(BatchRowState::Unknown))
                            .arg(run.toSend()));
    print(m_io.err, tr("kyc-share: batch %1: %2 rows at %3, about %4. If it stops, resume it with --resume "
                       "%1.\n")
                        .arg(batchId)
                        .arg(run.toSend())
                        .arg(limit.describe(), Outcome::describeDuration(takes)));

    // Rows from before: a line each, so that the output covers the whole batch.
    for (int row = 1; row <= run.rowCount(); ++row) {
        if (run.row(row).earlier)
            writeRow(run, row, out);
    }
    QEventLoop loop;
    QObject::connect(&run, &BatchRun::rowChanged, &loop, [&](int row) {
        const BatchRun::Row &r = run.row(row);
        if (r.state == BatchRowState::Issued || r.state == BatchRowState::Failed ||
            r.state == BatchRowState::Unknown) {
            writeRow(run, row, out);
            run.forgetToken(row); // handed off: the caller has it now
        }
    });
    QObject::connect(&run, &BatchRun::waveFinished, &loop, [&](int wave, int waves) {
        if (!waitForWave(wave, waves, waveSize))
            run.cancel();
        else
            run.releaseWave();
    });
    QObject::connect(&run, &BatchRun::finished, &loop, &QEventLoop::quit);
    StopSignals stop;
    QObject::connect(&stop, &StopSignals::stopRequested, &run, [&] {
        print(m_io.err, tr("kyc-share: stopping batch %1 once the rows in flight are back (again to stop at "
                           "once: their outcomes would be in doubt).\n")
                            .arg(batchId));
        run.cancel();
    });
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] { progress(run); });
    ticker.start(10000);
    run.start();
    loop.exec();
    ticker.stop();

    for (int row = 1; row <= run.rowCount(); ++row) {
        const BatchRowState state = run.row(row).state;
        if (state == BatchRowState::Waiting || state == BatchRowState::Sending)
            writeRow(run, row, out);
    }
    if (out != m_io.out)
        std::fclose(out);

    const int issued = run.count(BatchRowState::Issued);
    const int failed = run.count(BatchRowState::Failed);
    const int unknown = run.count(BatchRowState::Unknown);
    const int notSent = run.count(BatchRowState::Waiting);
    print(m_io.err, tr("kyc-share: batch %1: %2 of %3 rows issued, %4 failed, %5 in doubt, %6 not sent.\n")
                        .arg(batchId)
                        .arg(issued)
                        .arg(run.rowCount())
                        .arg(failed)
                        .arg(unknown)
                        .arg(notSent));
    if (!run.stopReason().isEmpty())
        print(m_io.err, tr("kyc-share: the batch stopped: %1\n").arg(run.stopReason()));
    if (unknown > 0)
        print(m_io.err,
              tr("kyc-share: a row in doubt may have been issued; it is never sent again by itself. "
                 "Check it in the provider's dashboard; rows you find were not issued can be sent "
                 "with --resume %1 --retry-rows ROWS.\n")
                  .arg(batchId));
    if (failed + notSent > 0)
        print(m_io.err,
              tr("kyc-share: --resume %1 sends the failed and unsent rows, and nothing issued again.\n")
                  .arg(batchId));
    return issued == run.rowCount() ? Issued : BatchIncomplete;
}

} // namespace kyc::cli
