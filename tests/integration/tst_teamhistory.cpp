// Team mode on a real PostgreSQL server that the test starts itself: the team's history created by
// "kyc-share team init", written by the CLI and by concurrent writers, its rules kept by the database
// whatever a client sends, and its reports and verification read by a reviewer.
#include "CliRunner.h"
#include "EmulatorProcess.h"
#include "PostgresServer.h"
#include "TestTls.h"

#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kApplicant = u"63e092c51b7b4030f2e01154"_s;
const QString kDatabase = u"kyc"_s;
} // namespace

class TestTeamHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void initOnlyOnce();
    void badUrlsAreRefusedBeforeConnecting_data();
    void badUrlsAreRefusedBeforeConnecting();
    void anOperatorIssuesAndTheRoleIsRecorded();
    void aReviewerReportsAndVerifies();
    void theDatabaseKeepsTheRules_data();
    void theDatabaseKeepsTheRules();
    void fourWritersKeepOneChain();
    void verifyFindsAnEditMadeBehindItsBack();
    void aNonOperatorIssuesNothing();

private:
    CliRun cli(const QString &role, const QStringList &args, const QString &database = kDatabase);
    QString query(const QString &statement, const QString &role = QString::fromLatin1(PostgresServer::kAdmin),
                  const QString &database = kDatabase);
    void createTeamDatabase(const QString &database);

    PostgresServer m_server;
    EmulatorProcess m_emulator;
    QProcessEnvironment m_env;
};

CliRun TestTeamHistory::cli(const QString &role, const QStringList &args, const QString &database)
{
    return runCli(QStringList{u"--history-url"_s, m_server.url(role, database)} + args, m_env);
}

QString TestTeamHistory::query(const QString &statement, const QString &role, const QString &database)
{
    QString out;
    QString error;
    if (!m_server.sql(statement, role, database, &out, &error))
        qWarning("psql failed: %s", qPrintable(error));
    return out;
}

void TestTeamHistory::createTeamDatabase(const QString &database)
{
    QString error;
    QVERIFY2(m_server.sql(u"CREATE DATABASE "_s + database, QString::fromLatin1(PostgresServer::kAdmin),
                          u"postgres"_s, nullptr, &error),
             qPrintable(error));
    const CliRun init = cli(QString::fromLatin1(PostgresServer::kAdmin), {u"team"_s, u"init"_s}, database);
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    QVERIFY2(init.out.contains("GRANT kyc_operator TO"), init.out.constData());
}

void TestTeamHistory::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(m_emulator.start());
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(u"KYC_SHARE_SUMSUB_APP_TOKEN"_s, QString::fromLatin1(EmulatorProcess::kAppToken));
    m_env.insert(u"KYC_SHARE_SUMSUB_SECRET_KEY"_s, QString::fromLatin1(EmulatorProcess::kSecretKey));
    m_env.remove(u"KYC_SHARE_HISTORY_URL"_s);
    // People, as a database administrator adds them: plain SQL, as the README shows.
    QVERIFY2(m_server.sql(u"CREATE ROLE alice LOGIN; CREATE ROLE bob LOGIN; CREATE ROLE carol LOGIN;"
                          " CREATE ROLE mallory LOGIN"_s,
                          QString::fromLatin1(PostgresServer::kAdmin), u"postgres"_s, nullptr, &error),
             qPrintable(error));
    createTeamDatabase(kDatabase);
    QVERIFY2(m_server.sql(u"GRANT kyc_operator TO alice, bob; GRANT kyc_reviewer TO carol"_s,
                          QString::fromLatin1(PostgresServer::kAdmin), kDatabase, nullptr, &error),
             qPrintable(error));
}

void TestTeamHistory::initOnlyOnce()
{
    const CliRun again = cli(QString::fromLatin1(PostgresServer::kAdmin), {u"team"_s, u"init"_s});
    QCOMPARE(again.exitCode, 7);
    QVERIFY2(again.err.contains(u"already holds a team history"_s), qPrintable(again.err));
    QCOMPARE(query(u"SELECT count(*) FROM kyc_share.records"_s).toInt(), 1); // the genesis record alone
    QCOMPARE(query(u"SELECT kind || ' ' || operator FROM kyc_share.records"_s), u"genesis kyc_admin"_s);
}

void TestTeamHistory::badUrlsAreRefusedBeforeConnecting_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");
    QTest::newRow("a password") << u"postgresql://alice:made-up-pass@127.0.0.1:5432/kyc"_s
                                << u"a password never goes in the URL"_s;
    QTest::newRow("plain to another machine")
        << u"postgresql://alice@db.example.invalid/kyc?sslmode=disable"_s << u"sslmode=verify-full"_s;
    QTest::newRow("no database") << u"postgresql://alice@127.0.0.1:5432/"_s
                                 << u"does not name one database"_s;
    QTest::newRow("an unknown option") << u"postgresql://alice@127.0.0.1/kyc?options=-c%20x"_s
                                       << u"'options' is not one the console takes"_s;
}

// Refused with a message that says how to write it, before anything is sent, and the password is not
// repeated anywhere.
void TestTeamHistory::badUrlsAreRefusedBeforeConnecting()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    const QStringList issue{u"--base-url"_s,      m_emulator.baseUrl().toString(),
                            u"sumsub"_s,          u"share-token"_s,
                            u"--applicant-id"_s,  kApplicant,
                            u"--for-client-id"_s, u"CoolCoinLtd"_s};
    const QStringList before = m_emulator.requestLog();
    for (const bool fromEnvironment : {false, true}) {
        QProcessEnvironment env = m_env;
        QStringList args = issue;
        if (fromEnvironment)
            env.insert(u"KYC_SHARE_HISTORY_URL"_s, url);
        else
            args = QStringList{u"--history-url"_s, url} + args;
        if (testUsesTls())
            args = QStringList{u"--ca-file"_s, testTlsFile("ca.pem")} + args;
        const CliRun r = runCli(args, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.err.contains(fromEnvironment ? u"KYC_SHARE_HISTORY_URL: "_s : u"--history-url: "_s),
                 qPrintable(r.err));
        QVERIFY(!r.err.contains(u"made-up-pass"_s));
        QVERIFY(r.out.isEmpty());
    }
    QCOMPARE(m_emulator.requestLog(), before);
}

void TestTeamHistory::anOperatorIssuesAndTheRoleIsRecorded()
{
    const CliRun r = cli(u"alice"_s, {u"--base-url"_s, m_emulator.baseUrl().toString(), u"--json"_s,
                                      u"sumsub"_s, u"share-token"_s, u"--applicant-id"_s, kApplicant,
                                      u"--for-client-id"_s, u"CoolCoinLtd"_s, u"--reason"_s, u"TICKET-7"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.json().value(u"history"_s).toString(),
             u"PostgreSQL alice@127.0.0.1:%1/kyc"_s.arg(m_server.port()));
    // The intent before the request, the outcome after, both written as the database role "alice",
    // whatever the account running the CLI is called.
    QCOMPARE(
        query(u"SELECT string_agg(kind || ' ' || operator || ' ' || coalesce(reason, '-'), ',' ORDER BY id)"
              " FROM kyc_share.records WHERE id > 0"_s),
        u"intent alice TICKET-7,outcome alice TICKET-7"_s);
}

void TestTeamHistory::aReviewerReportsAndVerifies()
{
    // Bob shares the same applicant with another partner; then Carol, who may only read, asks.
    const CliRun bob = cli(u"bob"_s, {u"--base-url"_s, m_emulator.baseUrl().toString(), u"sumsub"_s,
                                      u"share-token"_s, u"--applicant-id"_s, kApplicant, u"--for-client-id"_s,
                                      u"OtherBank"_s, u"--ttl"_s, u"900"_s});
    QVERIFY2(bob.exitCode == 0, qPrintable(bob.err));

    const CliRun report =
        cli(u"carol"_s, {u"report"_s, u"shares"_s, u"--applicant"_s, kApplicant, u"--json"_s});
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    const QJsonArray shares = report.json().value(u"shares"_s).toArray();
    QCOMPARE(shares.size(), 2);
    QCOMPARE(shares.at(0).toObject().value(u"operator"_s).toString(), u"alice"_s);
    QCOMPARE(shares.at(0).toObject().value(u"partner"_s).toString(), u"CoolCoinLtd"_s);
    QCOMPARE(shares.at(0).toObject().value(u"reason"_s).toString(), u"TICKET-7"_s);
    QCOMPARE(shares.at(1).toObject().value(u"operator"_s).toString(), u"bob"_s);
    QCOMPARE(shares.at(1).toObject().value(u"partner"_s).toString(), u"OtherBank"_s);
    QCOMPARE(shares.at(1).toObject().value(u"ttlSecs"_s).toInt(), 900);
    QCOMPARE(shares.at(1).toObject().value(u"outcome"_s).toString(), u"ok"_s);

    const CliRun byPartner =
        cli(u"carol"_s, {u"report"_s, u"shares"_s, u"--partner"_s, u"OtherBank"_s, u"--csv"_s});
    QCOMPARE(byPartner.exitCode, 0);
    const QList<QByteArray> lines = byPartner.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2); // the header and Bob's share
    QVERIFY(lines.at(1).contains(",bob,"));

    const CliRun verify = cli(u"carol"_s, {u"history"_s, u"verify"_s, u"--json"_s});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
    QCOMPARE(verify.json().value(u"intact"_s).toBool(), true);
    QCOMPARE(verify.json().value(u"records"_s).toInt(), 5);
    QCOMPARE(verify.json().value(u"store"_s).toString(), u"postgresql"_s);
    // The checkpoint names the same head as the database holds.
    const CliRun checkpoint = cli(u"carol"_s, {u"history"_s, u"checkpoint"_s});
    QCOMPARE(checkpoint.exitCode, 0);
    QCOMPARE(QString::fromUtf8(checkpoint.out.trimmed()),
             u"5:"_s + query(u"SELECT hash FROM kyc_share.records WHERE id = 4"_s));
}

void TestTeamHistory::theDatabaseKeepsTheRules_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("refusal");
    const QString kAdmin = QString::fromLatin1(PostgresServer::kAdmin);
    QTest::newRow("an operator changes a record")
        << u"alice"_s << u"UPDATE kyc_share.records SET partner = 'Elsewhere' WHERE id = 1"_s
        << u"permission denied"_s;
    QTest::newRow("an operator deletes one")
        << u"alice"_s << u"DELETE FROM kyc_share.records WHERE id = 1"_s << u"permission denied"_s;
    QTest::newRow("an operator truncates")
        << u"alice"_s << u"TRUNCATE kyc_share.records"_s << u"permission denied"_s;
    QTest::newRow("an operator writes as another")
        << u"alice"_s
        << u"INSERT INTO kyc_share.records (id, kind, at_ms, at_utc, operator, prev_hash, hash)"
           " SELECT max(id) + 1, 'attempt', 0, 'x', 'bob', 'x', 'x' FROM kyc_share.records"_s
        << u"permission denied"_s;
    QTest::newRow("an operator inserts in the middle")
        << u"alice"_s
        << u"INSERT INTO kyc_share.records (id, kind, at_ms, at_utc, prev_hash, hash)"
           " VALUES (2, 'attempt', 0, 'x', 'x', 'x')"_s
        << u"a record goes only at its end"_s;
    QTest::newRow("an operator forks the chain")
        << u"alice"_s
        << u"INSERT INTO kyc_share.records (id, kind, at_ms, at_utc, prev_hash, hash)"
           " SELECT max(id) + 1, 'attempt', 0, 'x', 'not the head', 'x' FROM kyc_share.records"_s
        << u"a record goes only at its end"_s;
    QTest::newRow("a reviewer writes")
        << u"carol"_s
        << u"INSERT INTO kyc_share.records (id, kind, at_ms, at_utc, prev_hash, hash)"
           " VALUES (1000, 'attempt', 0, 'x', 'x', 'x')"_s
        << u"permission denied"_s;
    QTest::newRow("the owner changes a record")
        << kAdmin << u"UPDATE kyc_share.records SET reason = 'edited' WHERE id = 1"_s << u"append-only"_s;
    QTest::newRow("the owner truncates") << kAdmin << u"TRUNCATE kyc_share.records"_s << u"append-only"_s;
    QTest::newRow("an operator changes the policy")
        << u"alice"_s << u"UPDATE kyc_share.settings SET value = 'none' WHERE key = 'require_approval'"_s
        << u"permission denied"_s;
}

// What a client might try by hand, with psql and its own role: the database refuses it, whatever the
// console would or would not have sent.
void TestTeamHistory::theDatabaseKeepsTheRules()
{
    QFETCH(QString, role);
    QFETCH(QString, statement);
    QFETCH(QString, refusal);
    const QString before = query(u"SELECT count(*) || ':' || max(hash) FROM kyc_share.records"_s);
    QString error;
    QVERIFY2(!m_server.sql(statement, role, kDatabase, nullptr, &error), "the database accepted it");
    QVERIFY2(error.contains(refusal), qPrintable(error));
    QCOMPARE(query(u"SELECT count(*) || ':' || max(hash) FROM kyc_share.records"_s), before);
}

// Four processes writing 500 attempts each, at once: one chain, unbroken, every writer's records in its
// own order, no record lost or doubled.
void TestTeamHistory::fourWritersKeepOneChain()
{
    const int before = query(u"SELECT count(*) FROM kyc_share.records"_s).toInt();
    std::vector<std::unique_ptr<QProcess>> writers;
    for (const QString &who : {u"alice"_s, u"bob"_s, u"alice"_s, u"bob"_s}) {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QStringLiteral(KYC_TEAM_WRITER_PATH),
                 {m_server.url(who, kDatabase), u"w%1"_s.arg(writers.size()), u"500"_s});
        writers.push_back(std::move(p));
    }
    for (auto &p : writers) {
        QVERIFY(p->waitForFinished(300000));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 0);
    }
    QCOMPARE(query(u"SELECT count(*) FROM kyc_share.records"_s).toInt(), before + 4 * 500 * 2);
    // Numbered without a gap, and every outcome right after or after other writers' records, never before
    // its intent.
    QCOMPARE(query(u"SELECT max(id) + 1 = count(*) FROM kyc_share.records"_s), u"t"_s);
    QCOMPARE(query(u"SELECT count(*) FROM kyc_share.records o JOIN kyc_share.records i ON o.intent_id = i.id"
                   " WHERE o.kind = 'outcome' AND i.kind = 'intent' AND i.subject = o.subject AND i.id < o.id"
                   " AND i.subject LIKE 'w%'"_s)
                 .toInt(),
             2000);
    for (int w = 0; w < 4; ++w) {
        const QString order =
            query(u"SELECT string_agg(split_part(subject, '-', 2), ',' ORDER BY id)"
                  " FROM kyc_share.records WHERE kind = 'intent' AND subject LIKE 'w%1-%%'"_s.arg(w));
        QStringList expected;
        for (int i = 0; i < 500; ++i)
            expected << QString::number(i);
        QCOMPARE(order, expected.join(u','));
    }
    // The writers really did interleave: otherwise this test would prove nothing about concurrency.
    QVERIFY(query(u"SELECT count(*) FROM (SELECT subject, lag(subject) OVER (ORDER BY id) AS previous"
                  " FROM kyc_share.records WHERE kind = 'intent' AND subject LIKE 'w%') s"
                  " WHERE split_part(subject, '-', 1) <> split_part(previous, '-', 1)"_s)
                .toInt() > 3);
    const CliRun verify = cli(u"carol"_s, {u"history"_s, u"verify"_s, u"--json"_s});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
    QCOMPARE(verify.json().value(u"records"_s).toInt(), before + 4000);
}

// A database administrator who turns the rules off and edits a record is found out.
void TestTeamHistory::verifyFindsAnEditMadeBehindItsBack()
{
    const QString tamper = u"kyc_tamper"_s;
    createTeamDatabase(tamper);
    QString error;
    QVERIFY2(m_server.sql(u"GRANT kyc_operator TO alice"_s, QString::fromLatin1(PostgresServer::kAdmin),
                          tamper, nullptr, &error),
             qPrintable(error));
    for (const QString &partner : {u"CoolCoinLtd"_s, u"OtherBank"_s}) {
        const CliRun r = cli(u"alice"_s,
                             {u"--base-url"_s, m_emulator.baseUrl().toString(), u"sumsub"_s, u"share-token"_s,
                              u"--applicant-id"_s, kApplicant, u"--for-client-id"_s, partner},
                             tamper);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    QCOMPARE(cli(u"alice"_s, {u"history"_s, u"verify"_s}, tamper).exitCode, 0);
    QVERIFY2(m_server.sql(u"ALTER TABLE kyc_share.records DISABLE TRIGGER records_no_change;"
                          " UPDATE kyc_share.records SET partner = 'Elsewhere' WHERE id = 3;"
                          " ALTER TABLE kyc_share.records ENABLE TRIGGER records_no_change"_s,
                          QString::fromLatin1(PostgresServer::kAdmin), tamper, nullptr, &error),
             qPrintable(error));
    const CliRun verify = cli(u"alice"_s, {u"history"_s, u"verify"_s, u"--json"_s}, tamper);
    QCOMPARE(verify.exitCode, 7);
    QCOMPARE(verify.json().value(u"intact"_s).toBool(), false);
    QCOMPARE(verify.json().value(u"brokenAt"_s).toInt(), 3);
    QVERIFY2(verify.err.contains(u"FAILED verification"_s), qPrintable(verify.err));
}

// Mallory can log in but was never granted kyc_operator: the request is not sent.
void TestTeamHistory::aNonOperatorIssuesNothing()
{
    const QStringList before = m_emulator.requestLog();
    const CliRun r =
        cli(u"mallory"_s, {u"--base-url"_s, m_emulator.baseUrl().toString(), u"sumsub"_s, u"share-token"_s,
                           u"--applicant-id"_s, kApplicant, u"--for-client-id"_s, u"CoolCoinLtd"_s});
    QCOMPARE(r.exitCode, 7);
    QVERIFY2(r.err.contains(u"GRANT kyc_operator TO name"_s), qPrintable(r.err));
    QCOMPARE(m_emulator.requestLog(), before);
}

QTEST_GUILESS_MAIN(TestTeamHistory)
#include "tst_teamhistory.moc"
