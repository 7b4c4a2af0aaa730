// Batches with kyc-share against kyc-share-emulator, as an operator onboarding a partner runs them: every
// row checked before anything is sent, the rows sent at the vendor's pace, a SIGKILL in the middle and a
// resume that issues every row exactly once (the emulator's request log counts the answers per
// applicant), a 429 that slows the batch down and loses nothing, a batch longer than its tokens live that
// says so and goes in waves, and tokens nowhere on disk unless --out asks for a file.
#include "CliRunner.h"
#include "EmulatorProcess.h"
#include "SecretSearch.h"
#include "TestTls.h"
#include "emulator/EmulatorState.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using kyc::emulator::EmulatorState;

namespace {
constexpr const char *kShareTokenPath = "/resources/accessTokens/shareToken";
constexpr const char *kComplyCubeKey = "test_made-up-batch-api-key";

// In the order the rows ended (a row in doubt comes last), or by row.
QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.trimmed().isEmpty())
            lines << QJsonDocument::fromJson(line).object();
    }
    return lines;
}

QJsonObject lineOfRow(const QByteArray &out, int row)
{
    for (const QJsonObject &line : jsonLines(out)) {
        if (line.value(u"row"_s).toInt() == row)
            return line;
    }
    return {};
}
} // namespace

class TestCliBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void everyBadRowIsListedAndNothingIsSent();
    void dryRunSaysHowLongAndSendsNothing();
    void partnerCapsApplyToEveryRow();
    void aSigkillAndAResumeIssueEveryRowExactlyOnce();
    void aRowInDoubtIsSentAgainOnlyWhenNamed();
    void rowsInDoubtInARowStopTheBatch();
    void aBatchSentBeforeIsNotSentAgainByAccident();
    void an429SlowsTheBatchDownAndLosesNothing();
    void aBatchLongerThanItsTokensLiveGoesInWaves();
    void noTokenOnDiskWithoutOut();
    void outWritesAFileOfTheOperatorsAlone();
    void complyCubeSdkTokensInABatch();

private:
    QStringList globalArgs() const;
    QProcessEnvironment environment() const;
    CliRun run(const QStringList &args, const QByteArray &input = {}) const;
    QStringList batchArgs(const QString &csv) const;
    QString writeCsv(const QString &name, const QByteArray &text) const;
    QString rowsCsv(const QString &name, int from, int to, const QString &extraHeader = {},
                    const QString &extraCell = {}) const;
    // Through the emulator's control route, as a tester would with curl.
    void addFault(const QString &spec) const;
    void clearFaults() const;
    // The answers the emulator gave to share-token requests for each applicant, by status.
    QHash<QString, int> answered(int status);

    QTemporaryDir m_home;
    EmulatorProcess m_emulator;
};

void TestCliBatch::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(
        m_emulator.start({u"--seed"_s, u"400"_s, u"--complycube-api-key"_s, QLatin1String(kComplyCubeKey)}));
}

void TestCliBatch::init()
{
    // Each test its own history: the CSV fingerprints of one do not meet another's.
    QFile::remove(m_home.filePath(u"history.sqlite"_s));
}

QStringList TestCliBatch::globalArgs() const
{
    QStringList args{u"--base-url"_s, m_emulator.baseUrl().toString(), u"--history-url"_s,
                     m_home.filePath(u"history.sqlite"_s)};
    if (testUsesTls())
        args = QStringList{u"--ca-file"_s, testTlsFile("ca.pem")} + args;
    return args;
}

QProcessEnvironment TestCliBatch::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    env.insert(u"TMPDIR"_s, m_home.path());
    env.insert(u"KYC_SHARE_SUMSUB_APP_TOKEN"_s, QLatin1String(EmulatorProcess::kAppToken));
    env.insert(u"KYC_SHARE_SUMSUB_SECRET_KEY"_s, QLatin1String(EmulatorProcess::kSecretKey));
    env.insert(u"KYC_SHARE_COMPLYCUBE_API_KEY"_s, QLatin1String(kComplyCubeKey));
    env.remove(u"KYC_SHARE_HISTORY_URL"_s);
    return env;
}

CliRun TestCliBatch::run(const QStringList &args, const QByteArray &input) const
{
    return runCli(globalArgs() + args, environment(), input);
}

QStringList TestCliBatch::batchArgs(const QString &csv) const
{
    return {u"batch"_s, u"sumsub"_s,          u"share-token"_s, u"--csv"_s,
            csv,        u"--for-client-id"_s, u"CoolCoinLtd"_s};
}

QString TestCliBatch::writeCsv(const QString &name, const QByteArray &text) const
{
    const QString path = m_home.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(text);
    return path;
}

QString TestCliBatch::rowsCsv(const QString &name, int from, int to, const QString &extraHeader,
                              const QString &extraCell) const
{
    QByteArray text =
        "applicantId" + (extraHeader.isEmpty() ? QByteArray() : ";" + extraHeader.toUtf8()) + "\r\n";
    for (int n = from; n <= to; ++n)
        text += EmulatorState::seededId(n).toUtf8() +
                (extraCell.isEmpty() ? QByteArray() : ";" + extraCell.toUtf8()) + "\r\n";
    return writeCsv(name, text);
}

void TestCliBatch::addFault(const QString &spec) const
{
    QStringList args{
        u"-sf"_s,
        u"-o"_s,
        u"/dev/null"_s,
        u"-H"_s,
        u"Content-Type: application/json"_s,
        u"--data"_s,
        QString::fromUtf8(QJsonDocument(QJsonObject{{u"fault"_s, spec}}).toJson(QJsonDocument::Compact)),
        m_emulator.baseUrl().toString() + u"/_emulator/faults"_s};
    if (testUsesTls())
        args = QStringList{u"--cacert"_s, testTlsFile("ca.pem")} + args;
    QCOMPARE(QProcess::execute(u"curl"_s, args), 0);
}

void TestCliBatch::clearFaults() const
{
    QStringList args{u"-sf"_s, u"-o"_s,     u"/dev/null"_s,
                     u"-X"_s,  u"DELETE"_s, m_emulator.baseUrl().toString() + u"/_emulator/faults"_s};
    if (testUsesTls())
        args = QStringList{u"--cacert"_s, testTlsFile("ca.pem")} + args;
    QCOMPARE(QProcess::execute(u"curl"_s, args), 0);
}

QHash<QString, int> TestCliBatch::answered(int status)
{
    static const QRegularExpression line(u"^POST (\\S+) -> (\\d+).* for (\\S+)$"_s);
    QHash<QString, int> counts;
    for (const QString &entry : m_emulator.requestLog()) {
        const QRegularExpressionMatch m = line.match(entry);
        if (m.hasMatch() && m.captured(1) == QLatin1String(kShareTokenPath) &&
            m.captured(2).toInt() == status)
            ++counts[m.captured(3)];
    }
    return counts;
}

void TestCliBatch::everyBadRowIsListedAndNothingIsSent()
{
    const qsizetype before = m_emulator.requestLog().size();
    const QString csv =
        writeCsv(u"bad.csv"_s, "applicantId;ttlInSecs\n" + EmulatorState::seededId(1).toUtf8() + ";600\n" +
                                   "not-an-id;600\n" +                              // line 3
                                   EmulatorState::seededId(2).toUtf8() + "\n" +     // line 4: one cell
                                   EmulatorState::seededId(1).toUtf8() + ";600\n" + // line 5: line 2 again
                                   EmulatorState::seededId(3).toUtf8() + ";-5\n" +  // line 6
                                   "\"" + EmulatorState::seededId(4).toUtf8() + "\";600\n"); // line 7: fine
    const CliRun r = run(batchArgs(csv));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(csv + u":3: applicantId: "_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(csv + u":4: This row has 1 cells; the header has 2."_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(csv + u":5: This row repeats line 2."_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(csv + u":6: ttlInSecs: "_s), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u":7:"_s) && !r.err.contains(u":2:"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"4 problem(s); nothing was sent"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(m_emulator.requestLog().size(), before);

    // A column that is no field, and a field with neither column nor option: said once, for the file.
    const QString header =
        writeCsv(u"header.csv"_s, "applicantId,partner\n" + EmulatorState::seededId(1).toUtf8() + ",x\n");
    const CliRun h = run({u"batch"_s, u"sumsub"_s, u"share-token"_s, u"--csv"_s, header});
    QCOMPARE(h.exitCode, 2);
    QVERIFY2(h.err.contains(u"\"partner\" is not a column of a Sumsub share token (Reusable KYC) batch. Its "
                            u"columns are: applicantId, forClientId, ttlInSecs, reason."_s),
             qPrintable(h.err));
    const QString noPartner = rowsCsv(u"nopartner.csv"_s, 1, 3);
    const CliRun p = run({u"batch"_s, u"sumsub"_s, u"share-token"_s, u"--csv"_s, noPartner});
    QCOMPARE(p.exitCode, 2);
    QVERIFY2(p.err.contains(u"1 problem(s)"_s), qPrintable(p.err));
    QVERIFY2(p.err.contains(u"The CSV has no forClientId column (Partner client ID)"_s), qPrintable(p.err));
    // Not UTF-8: the line it is on.
    const QString latin1 =
        writeCsv(u"latin1.csv"_s, "applicantId;reason\n" + EmulatorState::seededId(1).toUtf8() + ";ok\n" +
                                      EmulatorState::seededId(2).toUtf8() + ";M\xfcller\n");
    const CliRun l = run(batchArgs(latin1));
    QCOMPARE(l.exitCode, 2);
    QVERIFY2(l.err.contains(latin1 + u":3: This line is not UTF-8 text."_s), qPrintable(l.err));
    QCOMPARE(m_emulator.requestLog().size(), before);
}

void TestCliBatch::dryRunSaysHowLongAndSendsNothing()
{
    const qsizetype before = m_emulator.requestLog().size();
    const QString csv = rowsCsv(u"dry.csv"_s, 1, 100);
    const CliRun r = run(batchArgs(csv) << u"--dry-run"_s);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(u"100 rows are valid; sending 100 of them at 50 per 5 s would take about 11 s. "
                            u"Nothing was sent (--dry-run)."_s),
             qPrintable(r.err));
    QCOMPARE(m_emulator.requestLog().size(), before);
    // Nothing recorded either: the same CSV is a new batch afterwards.
    QCOMPARE(run(batchArgs(csv) << u"--dry-run"_s).exitCode, 0);
}

void TestCliBatch::partnerCapsApplyToEveryRow()
{
    QCOMPARE(
        run({u"partner"_s, u"set"_s, u"CapCoin"_s, u"--name"_s, u"Cap Coin"_s, u"--max-ttl"_s, u"1200"_s})
            .exitCode,
        0);
    const QString csv = writeCsv(
        u"caps.csv"_s, "applicantId;forClientId;ttlInSecs\n" + EmulatorState::seededId(11).toUtf8() +
                           ";CapCoin;1200\n" + EmulatorState::seededId(12).toUtf8() + ";CapCoin;1800\n" +
                           EmulatorState::seededId(13).toUtf8() + ";CoolCoinLtd;1800\n");
    const qsizetype before = m_emulator.requestLog().size();
    const CliRun r = run({u"batch"_s, u"sumsub"_s, u"share-token"_s, u"--csv"_s, csv});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(csv + u":3: ttlInSecs: "_s) && r.err.contains(u"Cap Coin"_s) &&
                 r.err.contains(u"1200"_s),
             qPrintable(r.err));
    QVERIFY2(!r.err.contains(u":4:"_s), qPrintable(r.err)); // another partner, no cap
    QCOMPARE(m_emulator.requestLog().size(), before);

    // --partner-rules off sends it, and the row's record says against which rule.
    const CliRun off =
        run({u"batch"_s, u"sumsub"_s, u"share-token"_s, u"--csv"_s, csv, u"--partner-rules"_s, u"off"_s});
    QCOMPARE(off.exitCode, 0);
    QCOMPARE(jsonLines(off.out).size(), 3);
    const CliRun history = run({u"history"_s, u"--applicant"_s, EmulatorState::seededId(12), u"--json"_s});
    QVERIFY2(history.out.contains("Issued against the partner's rules (they were off)"),
             history.out.constData());
    QVERIFY2(history.out.contains("batch: "), history.out.constData());
}

void TestCliBatch::aSigkillAndAResumeIssueEveryRowExactlyOnce()
{
    const int rows = 60;
    const QString csv = rowsCsv(u"kill.csv"_s, 101, 100 + rows);
    const QHash<QString, int> before = answered(200);

    QProcess batch;
    batch.setProcessEnvironment(environment());
    batch.start(QStringLiteral(KYC_CLI_PATH), globalArgs() + batchArgs(csv));
    QVERIFY(batch.waitForStarted());
    // Killed with no chance to tidy up, once a third of the rows are through.
    QTRY_VERIFY_WITH_TIMEOUT(answered(200).size() - before.size() >= rows / 3, 30000);
    batch.kill();
    QVERIFY(batch.waitForFinished());
    const QList<QJsonObject> first = jsonLines(batch.readAllStandardOutput());
    const QString id = first.value(0).value(u"batch"_s).toString();
    QVERIFY2(!id.isEmpty(), "the batch printed no row before it was killed");
    QVERIFY(first.size() < rows);

    const CliRun resumed = run(batchArgs(csv) << u"--resume"_s << id);
    const QList<QJsonObject> second = jsonLines(resumed.out);
    QCOMPARE(second.size(), rows); // every row has a line: issued now, before, or in doubt
    QStringList inDoubt;
    for (const QJsonObject &line : second) {
        const QString status = line.value(u"status"_s).toString();
        QVERIFY2(status == u"issued" || status == u"issued-before" || status == u"unknown-before",
                 qPrintable(status));
        if (status == u"unknown-before")
            inDoubt << QString::number(line.value(u"row"_s).toInt());
    }
    QVERIFY(inDoubt.size() <= 4); // at most the requests in flight when it was killed
    QCOMPARE(resumed.exitCode, inDoubt.isEmpty() ? 0 : 8);

    // The emulator's log: not one applicant answered twice, and every one once but those in doubt
    // whose request never arrived.
    const QHash<QString, int> after = answered(200);
    for (int n = 101; n <= 100 + rows; ++n) {
        const int times = after.value(EmulatorState::seededId(n)) - before.value(EmulatorState::seededId(n));
        QVERIFY2(times <= 1, qPrintable(EmulatorState::seededId(n)));
        if (times == 0)
            QVERIFY2(inDoubt.contains(QString::number(n - 100)), qPrintable(EmulatorState::seededId(n)));
    }
    QCOMPARE(answered(429).size(), 0);
}

void TestCliBatch::aRowInDoubtIsSentAgainOnlyWhenNamed()
{
    // The first row's answer never comes: in doubt, and the batch goes on without it.
    const QString csv = rowsCsv(u"doubt.csv"_s, 231, 235);
    addFault(u"hang@%1*1"_s.arg(QLatin1String(kShareTokenPath)));
    const CliRun r = run(batchArgs(csv) << u"--timeout"_s << u"2"_s);
    QCOMPARE(r.exitCode, 8);
    QCOMPARE(jsonLines(r.out).size(), 5);
    const QJsonObject first = lineOfRow(r.out, 1);
    QCOMPARE(first.value(u"status"_s).toString(), u"unknown"_s);
    QCOMPARE(first.value(u"error"_s).toObject().value(u"kind"_s).toString(), u"timeout"_s);
    for (int row = 2; row <= 5; ++row)
        QCOMPARE(lineOfRow(r.out, row).value(u"status"_s).toString(), u"issued"_s);
    QVERIFY2(r.err.contains(u"1 in doubt"_s) && r.err.contains(u"--retry-rows"_s), qPrintable(r.err));
    const QString id = first.value(u"batch"_s).toString();

    // A resume leaves it alone ...
    const qsizetype before = m_emulator.requestLog().size();
    const CliRun resumed = run(batchArgs(csv) << u"--resume"_s << id);
    QCOMPARE(resumed.exitCode, 8);
    QCOMPARE(lineOfRow(resumed.out, 1).value(u"status"_s).toString(), u"unknown-before"_s);
    QCOMPARE(m_emulator.requestLog().size(), before);
    // ... an issued row cannot be named ...
    const CliRun issuedRow = run(batchArgs(csv) << u"--resume"_s << id << u"--retry-rows"_s << u"2"_s);
    QCOMPARE(issuedRow.exitCode, 2);
    QVERIFY2(issuedRow.err.contains(u"Row 2 of batch %1 is not in doubt"_s.arg(id)),
             qPrintable(issuedRow.err));
    // ... and the operator, having checked, sends it again by its number.
    const CliRun retried = run(batchArgs(csv) << u"--resume"_s << id << u"--retry-rows"_s << u"1"_s);
    QCOMPARE(retried.exitCode, 0);
    QCOMPARE(lineOfRow(retried.out, 1).value(u"status"_s).toString(), u"issued"_s);
    QCOMPARE(m_emulator.requestLog().size(), before + 1);
}

void TestCliBatch::rowsInDoubtInARowStopTheBatch()
{
    // The provider stops answering: three rows in doubt in a row stop the batch, rather than leave every
    // row in doubt; the rows in flight end in doubt too, and the rest are not sent.
    const QString csv = rowsCsv(u"silent.csv"_s, 241, 260);
    addFault(u"hang@%1*0"_s.arg(QLatin1String(kShareTokenPath)));
    const CliRun r = run(batchArgs(csv) << u"--timeout"_s << u"1"_s);
    clearFaults();
    QCOMPARE(r.exitCode, 8);
    int unknown = 0;
    int notSent = 0;
    for (const QJsonObject &line : jsonLines(r.out)) {
        const QString status = line.value(u"status"_s).toString();
        unknown += status == u"unknown" ? 1 : 0;
        notSent += status == u"not-sent" ? 1 : 0;
    }
    QVERIFY2(unknown >= 3 && unknown <= 3 + 4, qPrintable(QString::number(unknown))); // and those in flight
    QCOMPARE(unknown + notSent, 20);
    QVERIFY2(r.err.contains(u"rows in a row ended in doubt, the last with: "_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"%1 not sent"_s.arg(notSent)), qPrintable(r.err));
}

void TestCliBatch::aBatchSentBeforeIsNotSentAgainByAccident()
{
    const QString csv = rowsCsv(u"again.csv"_s, 301, 305);
    const CliRun first = run(batchArgs(csv));
    QCOMPARE(first.exitCode, 0);
    const QString id = jsonLines(first.out).value(0).value(u"batch"_s).toString();
    const qsizetype before = m_emulator.requestLog().size();
    const CliRun again = run(batchArgs(csv));
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(u"was sent before, as batch %1"_s.arg(id)) &&
                 again.err.contains(u"all 5 rows were issued"_s),
             qPrintable(again.err));
    QCOMPARE(m_emulator.requestLog().size(), before);
    // Resuming a finished batch sends nothing and says every row was issued before.
    const CliRun resumed = run(batchArgs(csv) << u"--resume"_s << id);
    QCOMPARE(resumed.exitCode, 0);
    for (const QJsonObject &line : jsonLines(resumed.out))
        QCOMPARE(line.value(u"status"_s).toString(), u"issued-before"_s);
    QCOMPARE(m_emulator.requestLog().size(), before);
    // Another file is not that batch.
    const QString other = rowsCsv(u"other.csv"_s, 301, 306);
    const CliRun wrong = run(batchArgs(other) << u"--resume"_s << id);
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains(u"is not the CSV batch %1 was sent from"_s.arg(id)), qPrintable(wrong.err));
    // --new-batch issues it again, on purpose.
    QCOMPARE(run(batchArgs(csv) << u"--new-batch"_s).exitCode, 0);
}

void TestCliBatch::an429SlowsTheBatchDownAndLosesNothing()
{
    const QString csv = rowsCsv(u"limited.csv"_s, 121, 130);
    const QHash<QString, int> before = answered(200);
    // The next three share-token requests are answered 429 with Retry-After: 2.
    addFault(u"rate-limit:2@%1*3"_s.arg(QLatin1String(kShareTokenPath)));
    QElapsedTimer took;
    took.start();
    const CliRun r = run(batchArgs(csv));
    const qint64 ms = took.elapsed();
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> lines = jsonLines(r.out);
    QCOMPARE(lines.size(), 10);
    for (const QJsonObject &line : lines)
        QCOMPARE(line.value(u"status"_s).toString(), u"issued"_s);
    const QHash<QString, int> after = answered(200);
    for (int n = 121; n <= 130; ++n)
        QCOMPARE(after.value(EmulatorState::seededId(n)) - before.value(EmulatorState::seededId(n)), 1);
    QCOMPARE(answered(429).value(EmulatorState::seededId(121)), 3); // the same row, three times, then issued
    // Three waits of the vendor's 2 s: the batch waited for each (10 rows alone take about 1 s).
    QVERIFY2(ms >= 6000, qPrintable(QString::number(ms)));
}

void TestCliBatch::aBatchLongerThanItsTokensLiveGoesInWaves()
{
    // 30 rows at 50 per 5 s take about 3 s; tokens of 2 s would expire before the last are issued.
    const QString csv = rowsCsv(u"waves.csv"_s, 141, 170, u"ttlInSecs"_s, u"2"_s);
    const qsizetype before = m_emulator.requestLog().size();
    const CliRun refused = run(batchArgs(csv));
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"longer than the tokens live (2 s)"_s) &&
                 refused.err.contains(u"Pass --waves to issue them in waves of 9 rows"_s),
             qPrintable(refused.err));
    QCOMPARE(m_emulator.requestLog().size(), before);

    // Released one at a time: Enter for each.
    const CliRun waves = run(batchArgs(csv) << u"--waves"_s, "\n\n\n\n");
    QCOMPARE(waves.exitCode, 0);
    QCOMPARE(jsonLines(waves.out).size(), 30);
    QVERIFY2(waves.err.contains(u"wave 1 of 4 is issued"_s) && waves.err.contains(u"wave 3 of 4 is issued"_s),
             qPrintable(waves.err));
    QVERIFY(!waves.err.contains(u"wave 4 of 4 is issued"_s)); // the last needs no release

    // The input ends before the last wave: the batch stops there, and says how to go on.
    const QString csv2 = rowsCsv(u"waves2.csv"_s, 171, 200, u"ttlInSecs"_s, u"2"_s);
    const CliRun stopped = run(batchArgs(csv2) << u"--waves"_s, "\n");
    QCOMPARE(stopped.exitCode, 8);
    int issued = 0;
    int notSent = 0;
    for (const QJsonObject &line : jsonLines(stopped.out)) {
        issued += line.value(u"status"_s).toString() == u"issued" ? 1 : 0;
        notSent += line.value(u"status"_s).toString() == u"not-sent" ? 1 : 0;
    }
    QCOMPARE(issued, 18);
    QCOMPARE(notSent, 12);
    QVERIFY2(stopped.err.contains(u"--resume "_s), qPrintable(stopped.err));
}

void TestCliBatch::noTokenOnDiskWithoutOut()
{
    const QString csv = rowsCsv(u"disk.csv"_s, 211, 220);
    const CliRun r = run(batchArgs(csv));
    QCOMPARE(r.exitCode, 0);
    QStringList tokens;
    for (const QJsonObject &line : jsonLines(r.out))
        tokens << line.value(u"token"_s).toString();
    QCOMPARE(tokens.size(), 10);
    QVERIFY(!tokens.contains(QString()));
    int files = 0;
    const QStringList found = findSecretsInFiles(m_home.path(), tokens, &files);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    QVERIFY(files >= 2); // the history and the settings at least were searched
    QVERIFY2(findSecrets(u"standard error"_s, r.err.toUtf8(), tokens).isEmpty(), qPrintable(r.err));
}

void TestCliBatch::outWritesAFileOfTheOperatorsAlone()
{
    const QString csv = rowsCsv(u"out.csv"_s, 221, 225);
    QTemporaryDir outDir;
    const QString out = outDir.filePath(u"tokens.jsonl"_s);
    const CliRun r = run(batchArgs(csv) << u"--out"_s << out);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(u"warning: the tokens are written to %1 (readable by you alone)"_s.arg(out)),
             qPrintable(r.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                                   QFileDevice::WriteOther),
             QFileDevice::Permissions());
    const QList<QJsonObject> lines = jsonLines(file.readAll());
    QCOMPARE(lines.size(), 5);
    QVERIFY(!lines.first().value(u"token"_s).toString().isEmpty());
    // Never over another file.
    const CliRun again = run(batchArgs(rowsCsv(u"out2.csv"_s, 226, 227)) << u"--out"_s << out);
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(u"Name a new file"_s), qPrintable(again.err));
}

void TestCliBatch::complyCubeSdkTokensInABatch()
{
    const QString csv =
        writeCsv(u"cc.csv"_s, "clientId,referrer\n" + EmulatorState::seededId(1).toUtf8() +
                                  ",https://*.example.com/*\n" + EmulatorState::seededId(2).toUtf8() +
                                  ",https://*.example.com/*\n" + EmulatorState::seededId(3).toUtf8() +
                                  ",https://*.example.com/*\n");
    const CliRun r = run({u"batch"_s, u"complycube"_s, u"sdk-token"_s, u"--csv"_s, csv});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(u"at 5 per 1 s"_s), qPrintable(r.err)); // a test_ key: the sandbox's limit
    const QList<QJsonObject> lines = jsonLines(r.out);
    QCOMPARE(lines.size(), 3);
    for (const QJsonObject &line : lines) {
        QCOMPARE(line.value(u"status"_s).toString(), u"issued"_s);
        QCOMPARE(line.value(u"referrer"_s).toString(), u"https://*.example.com/*"_s);
    }
    QCOMPARE(lines.at(1).value(u"clientId"_s).toString(), EmulatorState::seededId(2));
}

QTEST_GUILESS_MAIN(TestCliBatch)
#include "tst_cli_batch.moc"
