// The audit trail as the operator and the auditor meet it: kyc-share against kyc-share-emulator (real
// processes, real sockets), the history a real SQLite file, tampered with by the real sqlite3 tool, and
// checked by kyc-share history verify and by the recipes of docs/audit-trail.md (tools/audit/).
#include "CliRunner.h"
#include "EmulatorProcess.h"
#include "TestTls.h"

#include "core/history/AuditChain.h"
#include "core/history/HistoryEntry.h"
#include "core/history/SqliteHistoryStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
const QString kApplicant = u"63e092c51b7b4030f2e01154"_s;

// sqlite3 with a transaction held open: another program holding the history locked.
class SqliteLock
{
public:
    explicit SqliteLock(const QString &file)
    {
        m_process.start(u"sqlite3"_s, {file});
        m_process.waitForStarted(10000);
        m_process.write("BEGIN EXCLUSIVE;\nSELECT 'locked';\n");
        QElapsedTimer waited;
        waited.start();
        while (!m_output.contains("locked") && waited.elapsed() < 10000) {
            m_process.waitForReadyRead(200);
            m_output += m_process.readAllStandardOutput();
        }
    }
    ~SqliteLock() { release(); }
    bool isHeld() const { return m_output.contains("locked"); }
    void release()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.write("COMMIT;\n.quit\n");
        m_process.closeWriteChannel();
        m_process.waitForFinished(10000);
    }

private:
    QProcess m_process;
    QByteArray m_output;
};
} // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void lockedHistorySendsNothing();
    void failedOutcomeWriteShowsNoToken();
    void killBetweenIntentAndOutcomeShowsOutcomeUnknown();
    void verifyCatchesTampering_data();
    void verifyCatchesTampering();
    void aRebuiltChainIsCaughtOnlyByACheckpoint();
    void exportVerifiesOnItsOwn();
    void environmentComesFromTheKey_data();
    void environmentComesFromTheKey();
    void operatorComesFromTheSystem();
    void filesArePrivateUnderUmask022();
    void theTerminalGetsNoControlCharacters();

private:
    QProcessEnvironment env(const QString &appToken = QLatin1String(EmulatorProcess::kAppToken)) const;
    QStringList shareArgs(const EmulatorProcess &emulator, const QStringList &extra = {}) const;
    CliRun cli(const QStringList &args) const { return runCli(args, env()); }
    QString historyFile() const
    {
        return m_dir->filePath(u"data/kyc-share/kyc-share-console/history.sqlite"_s);
    }
    QJsonArray historyJson() const
    {
        return QJsonDocument::fromJson(cli({u"--json"_s, u"history"_s}).out).array();
    }
    // A history of three issued tokens (seven records with the genesis record), and its checkpoint.
    QString issueThree();
    qint64 recordsOfKind(const QString &kind) const;
    bool sqlite(const QString &file, const QString &script) const;
    // Starts kyc-share issuing a share token, and returns once its intent is in the history.
    bool startIssuing(const EmulatorProcess &emulator, QProcess &issuing) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAuditTrail::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAuditTrail::cleanup()
{
    m_dir.reset();
}

QProcessEnvironment TestAuditTrail::env(const QString &appToken) const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    e.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    e.insert(u"KYC_SHARE_SUMSUB_APP_TOKEN"_s, appToken);
    e.insert(u"KYC_SHARE_SUMSUB_SECRET_KEY"_s, QLatin1String(EmulatorProcess::kSecretKey));
    return e;
}

QStringList TestAuditTrail::shareArgs(const EmulatorProcess &emulator, const QStringList &extra) const
{
    QStringList args{u"--base-url"_s, emulator.baseUrl().toString(), u"--json"_s};
    if (testUsesTls())
        args += {u"--ca-file"_s, testTlsFile("ca.pem")};
    return args + extra + QStringList{u"sumsub"_s,   u"share-token"_s,     u"--applicant-id"_s,
                                      kApplicant,    u"--for-client-id"_s, u"CoolCoinLtd"_s,
                                      u"--reason"_s, u"TICKET-7"_s};
}

qint64 TestAuditTrail::recordsOfKind(const QString &kind) const
{
    qint64 n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        db.setDatabaseName(historyFile());
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(u"SELECT count(*) FROM records WHERE kind = ?"_s);
            q.addBindValue(kind);
            if (q.exec() && q.next())
                n = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    return n;
}

bool TestAuditTrail::sqlite(const QString &file, const QString &script) const
{
    QProcess p;
    p.start(u"sqlite3"_s, {file});
    p.write(script.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(30000);
    const QByteArray err = p.readAllStandardError();
    if (!err.isEmpty())
        qWarning() << "sqlite3:" << err;
    return p.exitCode() == 0 && err.isEmpty();
}

bool TestAuditTrail::startIssuing(const EmulatorProcess &emulator, QProcess &issuing) const
{
    issuing.setProcessEnvironment(env());
    issuing.start(QStringLiteral(KYC_CLI_PATH), shareArgs(emulator));
    QElapsedTimer waited;
    waited.start();
    while (recordsOfKind(u"intent"_s) < 1 && waited.elapsed() < 10000)
        QTest::qWait(50);
    return recordsOfKind(u"intent"_s) == 1;
}

QString TestAuditTrail::issueThree()
{
    EmulatorProcess emulator;
    if (!emulator.start())
        return {};
    for (int i = 0; i < 3; ++i) {
        if (cli(shareArgs(emulator)).exitCode != 0)
            return {};
    }
    const CliRun checkpoint = cli({u"history"_s, u"checkpoint"_s});
    return QString::fromLatin1(checkpoint.out.trimmed());
}

void TestAuditTrail::lockedHistorySendsNothing()
{
    EmulatorProcess emulator;
    QVERIFY(emulator.start());
    QCOMPARE(cli(shareArgs(emulator)).exitCode, 0); // the history exists, with one attempt
    const int before = int(emulator.requestLog().size());
    SqliteLock lock(historyFile());
    QVERIFY(lock.isHeld());
    const CliRun run = cli(shareArgs(emulator));
    QCOMPARE(run.exitCode, 7);
    QVERIFY2(!run.out.contains("\"token\""), run.out.constData());
    QVERIFY2(run.err.contains(u"could not be written, so nothing was sent"_s), qPrintable(run.err));
    QCOMPARE(int(emulator.requestLog().size()), before); // the emulator saw nothing
    lock.release();
    QCOMPARE(historyJson().size(), 1);
}

void TestAuditTrail::failedOutcomeWriteShowsNoToken()
{
    EmulatorProcess emulator;
    QVERIFY(emulator.start({u"--fault"_s, u"delay:2500"_s}));
    QProcess issuing;
    // Once the intent is written the request is on its way; lock the history before the answer comes.
    QVERIFY(startIssuing(emulator, issuing));
    SqliteLock lock(historyFile());
    QVERIFY(lock.isHeld());
    QVERIFY(issuing.waitForFinished(30000));
    const QByteArray out = issuing.readAllStandardOutput();
    const QString err = QString::fromUtf8(issuing.readAllStandardError());
    QCOMPARE(issuing.exitCode(), 7);
    QVERIFY2(!out.contains("\"token\""), out.constData()); // issued by the provider, never printed
    QVERIFY2(err.contains(u"attempt 1"_s) && err.contains(u"may hold a token that is not recorded"_s),
             qPrintable(err));
    QCOMPARE(emulator.requestLog().size(), 1);
    lock.release();
    const QJsonArray rows = historyJson();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0)[u"outcome"_s].toString(), u"unknown"_s);
    QCOMPARE(rows.at(0)[u"record"_s][u"id"_s].toInteger(), 1);
    const CliRun listed = cli({u"history"_s});
    QVERIFY2(listed.out.contains("outcome unknown"), listed.out.constData());
    QCOMPARE(cli({u"history"_s, u"verify"_s}).exitCode, 0);
}

void TestAuditTrail::killBetweenIntentAndOutcomeShowsOutcomeUnknown()
{
    EmulatorProcess emulator;
    QVERIFY(emulator.start({u"--fault"_s, u"hang"_s}));
    QProcess issuing;
    QVERIFY(startIssuing(emulator, issuing));
    ::kill(pid_t(issuing.processId()), SIGKILL);
    QVERIFY(issuing.waitForFinished(10000));
    // The next start finds the attempt, sent and never settled.
    const QJsonArray rows = historyJson();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0)[u"outcome"_s].toString(), u"unknown"_s);
    QCOMPARE(rows.at(0)[u"reason"_s].toString(), u"TICKET-7"_s);
    QCOMPARE(cli({u"history"_s, u"verify"_s}).exitCode, 0);
    // The ones to follow up: found by their outcome.
    QCOMPARE(QJsonDocument::fromJson(cli({u"--json"_s, u"history"_s, u"--outcome"_s, u"unknown"_s}).out)
                 .array()
                 .size(),
             1);
    for (const QString &known : {u"ok"_s, u"error"_s})
        QCOMPARE(QJsonDocument::fromJson(cli({u"--json"_s, u"history"_s, u"--outcome"_s, known}).out)
                     .array()
                     .size(),
                 0);
}

void TestAuditTrail::verifyCatchesTampering_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("firstBroken"); // what verify must name
    QTest::addColumn<bool>("onlyWithCheckpoint");
    QTest::newRow("update with the triggers dropped")
        << u"DROP TRIGGER records_no_update; UPDATE records SET partner = 'Evil' WHERE id = 2;"_s
        << u"Record 2 does not match its hash"_s << false;
    QTest::newRow("deleted middle record")
        << u"DROP TRIGGER records_no_delete; DELETE FROM records WHERE id = 3;"_s << u"Record 3 is missing"_s
        << false;
    QTest::newRow("deleted last record")
        << u"DROP TRIGGER records_no_delete; DELETE FROM records WHERE id = (SELECT max(id) FROM records);"_s
        << u"records at the end were deleted"_s << true;
    QTest::newRow("replace")
        << u"DROP TRIGGER records_only_at_end; INSERT OR REPLACE INTO records SELECT id, kind, intent_id, "
           u"at_ms,"
           " at_utc, operator, profile, environment, provider, operation, subject, 'Evil', ttl_secs, "
           "expires_at,"
           " ok, failure_kind, http_status, provider_code, provider_name, correlation_id, reason,"
           " token_fingerprint, note, prev_hash, hash FROM records WHERE id = 4;"_s
        << u"Record 4 does not match its hash"_s << false;
    QTest::newRow("two records swapped")
        << u"DROP TRIGGER records_no_update; CREATE TEMP TABLE a AS SELECT * FROM records WHERE id = 2;"
           " CREATE TEMP TABLE b AS SELECT * FROM records WHERE id = 4;"
           " UPDATE records SET (kind, intent_id, partner, ok, prev_hash, hash) = (SELECT kind, intent_id,"
           " partner, ok, prev_hash, hash FROM b) WHERE id = 2;"
           " UPDATE records SET (kind, intent_id, partner, ok, prev_hash, hash) = (SELECT kind, intent_id,"
           " partner, ok, prev_hash, hash FROM a) WHERE id = 4;"_s
        << u"Record 2 does not link"_s << false;
    QTest::newRow("inserted record")
        << u"DROP TRIGGER records_only_at_end; INSERT INTO records SELECT (SELECT max(id) + 1 FROM records),"
           " kind, intent_id, at_ms, at_utc, operator, profile, environment, provider, operation, subject,"
           " partner, ttl_secs, expires_at, ok, failure_kind, http_status, provider_code, provider_name,"
           " correlation_id, reason, token_fingerprint, note, prev_hash, hash FROM records WHERE id = 2;"_s
        << u"Record 7 does not link"_s << false;
}

void TestAuditTrail::verifyCatchesTampering()
{
    QFETCH(QString, script);
    QFETCH(QString, firstBroken);
    QFETCH(bool, onlyWithCheckpoint);
    const QString checkpoint = issueThree();
    QVERIFY2(checkpoint.startsWith(u"7:"_s), qPrintable(checkpoint));
    const CliRun intact = cli({u"history"_s, u"verify"_s, u"--against"_s, checkpoint});
    QCOMPARE(intact.exitCode, 0);
    QVERIFY2(intact.out.startsWith("The history is intact: 7 records"), intact.out.constData());

    QVERIFY(sqlite(historyFile(), script));
    const CliRun plain = cli({u"history"_s, u"verify"_s, u"--json"_s});
    const CliRun against = cli({u"history"_s, u"verify"_s, u"--against"_s, checkpoint});
    QProcess python;
    python.start(u"python3"_s, {QStringLiteral(KYC_SOURCE_DIR "/tools/audit/verify-history.py"),
                                historyFile(), checkpoint});
    QVERIFY(python.waitForFinished(30000));
    QCOMPARE(python.exitCode(), 1); // the recipe of docs/audit-trail.md finds it too
    QCOMPARE(against.exitCode, 7);
    QVERIFY2(against.err.contains(firstBroken), qPrintable(against.err));
    if (onlyWithCheckpoint) {
        // A missing tail leaves an intact shorter chain: only a checkpoint kept elsewhere tells.
        QCOMPARE(plain.exitCode, 0);
        QCOMPARE(plain.json()[u"records"_s].toInteger(), 6);
    } else {
        QCOMPARE(plain.exitCode, 7);
        QCOMPARE(plain.json()[u"intact"_s].toBool(), false);
        QVERIFY2(plain.json()[u"problem"_s].toString().contains(firstBroken), plain.out.constData());
    }
}

void TestAuditTrail::aRebuiltChainIsCaughtOnlyByACheckpoint()
{
    const QString checkpoint = issueThree();
    QVERIFY(!checkpoint.isEmpty());
    // Whoever can write the file can edit a record and compute every hash after it anew.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"rebuild"_s);
        db.setDatabaseName(historyFile());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"DROP TRIGGER records_no_update"_s));
        QVERIFY(q.exec(u"UPDATE records SET partner = 'Evil' WHERE partner IS NOT NULL"_s));
        QByteArray previous = kyc::AuditChain::genesisPreviousHash();
        QVERIFY(q.exec(
            u"SELECT id, kind, intent_id, at_ms, at_utc, operator, profile, environment, provider,"
            " operation, subject, partner, ttl_secs, expires_at, ok, failure_kind, http_status,"
            " provider_code, provider_name, correlation_id, reason, token_fingerprint, note FROM records"
            " ORDER BY id"_s));
        QList<QPair<qint64, QPair<QByteArray, QByteArray>>> rewritten;
        while (q.next()) {
            QVariantList stored;
            for (int i = 0; i < kyc::AuditChain::FieldCount; ++i)
                stored << q.value(i);
            std::array<QByteArray, kyc::AuditChain::FieldCount> utf8;
            const QByteArray hash = kyc::AuditChain::hash(previous, kyc::AuditChain::fieldsOf(stored, utf8));
            rewritten.append({q.value(0).toLongLong(), {previous, hash}});
            previous = hash;
        }
        for (const auto &[id, hashes] : std::as_const(rewritten)) {
            QSqlQuery u(db);
            u.prepare(u"UPDATE records SET prev_hash = ?, hash = ? WHERE id = ?"_s);
            u.addBindValue(QString::fromLatin1(hashes.first));
            u.addBindValue(QString::fromLatin1(hashes.second));
            u.addBindValue(id);
            QVERIFY(u.exec());
        }
    }
    QSqlDatabase::removeDatabase(u"rebuild"_s);
    QCOMPARE(cli({u"history"_s, u"verify"_s}).exitCode, 0); // the chain alone cannot tell
    const CliRun against = cli({u"history"_s, u"verify"_s, u"--against"_s, checkpoint});
    QCOMPARE(against.exitCode, 7);
    QVERIFY2(against.err.contains(u"not the one the checkpoint names"_s), qPrintable(against.err));
}

void TestAuditTrail::exportVerifiesOnItsOwn()
{
    QVERIFY(!issueThree().isEmpty());
    const QByteArray exported = cli({u"--json"_s, u"history"_s}).out;
    const QString file = m_dir->filePath(u"export.json"_s);
    const auto write = [&file](const QByteArray &bytes) {
        QFile f(file);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
    };
    QVERIFY(write(exported));
    // Without the history: moved away, as an auditor receives only the file.
    QVERIFY(QFile::rename(historyFile(), historyFile() + u".away"_s));
    CliRun verified = cli({u"history"_s, u"verify"_s, u"--export"_s, file});
    QCOMPARE(verified.exitCode, 0);
    QVERIFY2(verified.out.contains("each of its 3 records matches"), verified.out.constData());

    QByteArray shown = exported;
    shown.replace("\"partner\": \"CoolCoinLtd\"",
                  "\"partner\": \"EvilCorp\""); // the first row's shown partner
    QVERIFY(shown != exported);
    QVERIFY(write(shown));
    verified = cli({u"history"_s, u"verify"_s, u"--export"_s, file});
    QCOMPARE(verified.exitCode, 7);
    QVERIFY2(verified.err.contains(u"FAILED"_s), qPrintable(verified.err));

    QJsonArray rows = QJsonDocument::fromJson(exported).array();
    QJsonObject row = rows.at(1).toObject();
    QJsonObject record = row[u"record"_s].toObject();
    record[u"reason"_s] = u"TICKET-8"_s;
    row[u"record"_s] = record;
    row[u"reason"_s] = u"TICKET-8"_s; // shown and record edited alike: the hash still tells
    rows[1] = row;
    QVERIFY(write(QJsonDocument(rows).toJson()));
    verified = cli({u"history"_s, u"verify"_s, u"--export"_s, file});
    QCOMPARE(verified.exitCode, 7);
    QVERIFY2(verified.err.contains(u"does not match its hash"_s), qPrintable(verified.err));
}

void TestAuditTrail::environmentComesFromTheKey_data()
{
    QTest::addColumn<QString>("appToken");
    QTest::addColumn<QString>("recorded");
    QTest::newRow("sbx:") << u"sbx:made-up-audit-token"_s << u"sandbox"_s;
    QTest::newRow("prd:") << u"prd:made-up-audit-token"_s << u"production"_s;
    QTest::newRow("no prefix") << u"made-up-audit-token"_s << u"unknown"_s;
}

void TestAuditTrail::environmentComesFromTheKey()
{
    QFETCH(QString, appToken);
    QFETCH(QString, recorded);
    EmulatorProcess emulator;
    QVERIFY(emulator.start({u"--sumsub-app-token"_s, appToken}));
    const CliRun run = runCli(shareArgs(emulator), env(appToken));
    QCOMPARE(run.exitCode, 0);
    const QJsonArray rows = historyJson();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0)[u"environment"_s].toString(), recorded);
}

void TestAuditTrail::operatorComesFromTheSystem()
{
    EmulatorProcess emulator;
    QVERIFY(emulator.start());
    QProcessEnvironment e = env();
    e.insert(u"USER"_s, u"someone-else"_s);
    e.insert(u"LOGNAME"_s, u"someone-else"_s);
    e.insert(u"USERNAME"_s, u"someone-else"_s);
    QCOMPARE(runCli(shareArgs(emulator), e).exitCode, 0);
    const passwd *account = getpwuid(geteuid());
    QVERIFY(account);
    const QJsonArray rows = historyJson();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0)[u"operator"_s].toString(), QString::fromLocal8Bit(account->pw_name));
}

void TestAuditTrail::filesArePrivateUnderUmask022()
{
    const mode_t previous = ::umask(022);
    EmulatorProcess emulator;
    QVERIFY(emulator.start());
    // A history an older version left readable to all, in folders open to all.
    QDir().mkpath(QFileInfo(historyFile()).absolutePath());
    QVERIFY(QFile::setPermissions(QFileInfo(historyFile()).absolutePath(),
                                  QFileDevice::Permissions(0x7755))); // rwxr-xr-x
    QCOMPARE(cli(shareArgs(emulator)).exitCode, 0);
    ::umask(previous);
    const auto mode = [](const QString &path) {
        struct stat st = {};
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
    };
    QCOMPARE(mode(historyFile()), 0600);
    QCOMPARE(mode(QFileInfo(historyFile()).absolutePath()), 0700);
    QCOMPARE(mode(m_dir->filePath(u"data/kyc-share"_s)), 0700);
}

// A history row whose correlation ID a hostile server chose (an escape sequence that clears the screen,
// a fake line) is listed escaped: the operator's terminal never receives a control character from it.
void TestAuditTrail::theTerminalGetsNoControlCharacters()
{
    {
        QDir().mkpath(QFileInfo(historyFile()).absolutePath());
        kyc::SqliteHistoryStore store;
        QVERIFY(store.open(historyFile()).ok);
        kyc::HistoryEntry e;
        e.at = QDateTime::currentDateTimeUtc();
        e.provider = u"sumsub"_s;
        e.operation = u"sumsub-share-token"_s;
        e.subject = kApplicant;
        e.partner = u"Cool\u202eCoinLtd"_s;
        e.failureKind = u"rejected"_s;
        e.providerCode = u"1\x1b[31m"_s;
        e.correlationId = u"abc\x1b[2J\r\nfake line"_s;
        QVERIFY(store.record(e) > 0);
    }
    const CliRun listed = cli({u"history"_s});
    QCOMPARE(listed.exitCode, 0);
    for (const char c : listed.out) {
        const auto u = static_cast<unsigned char>(c);
        QVERIFY2(u >= 0x20 || c == '\n', listed.out.toPercentEncoding().constData());
    }
    QVERIFY2(listed.out.contains("abc\\x1b[2J\\x0d\\x0afake line"), listed.out.constData());
    QVERIFY2(listed.out.contains("Cool[U+202E]CoinLtd"), listed.out.constData());
    QCOMPARE(listed.out.count('\n'), 1); // one row, one line
}

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
