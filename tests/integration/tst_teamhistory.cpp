// Team mode on a real PostgreSQL server that the test starts itself: the team's history created by
// "kyc-share team init", written by the CLI and by concurrent writers, its rules kept by the database
// whatever a client sends, and its reports and verification read by a reviewer.
#include "CliRunner.h"
#include "EmulatorProcess.h"
#include "PostgresServer.h"
#include "TestTls.h"
#include "core/history/HistoryLocation.h"
#include "core/history/PostgresHistoryStore.h"

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
    void theCountFollowsTheRecords();
    void verifyFindsAnEditMadeBehindItsBack();
    void aNonOperatorIssuesNothing();
    void fourEyes();
    void aRejectedRequestIsNotIssued();
    void anApprovedRedeemTakesItsTokenAgain();
    void theDatabaseKeepsTheFourEyes_data();
    void theDatabaseKeepsTheFourEyes();
    void aLapsedApprovalIsNotIssued();
    void verifiedTlsToTheServer();

private:
    CliRun cli(const QString &role, const QStringList &args, const QString &database = kDatabase);
    QString query(const QString &statement, const QString &role = QString::fromLatin1(PostgresServer::kAdmin),
                  const QString &database = kDatabase);
    void createTeamDatabase(const QString &database, const QStringList &initArgs = {});
    QStringList shareArgs(const QString &partner) const;

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
    return m_server.query(statement, database, role);
}

QStringList TestTeamHistory::shareArgs(const QString &partner) const
{
    return {u"--base-url"_s,  m_emulator.baseUrl().toString(),
            u"--json"_s,      u"sumsub"_s,
            u"share-token"_s, u"--applicant-id"_s,
            kApplicant,       u"--for-client-id"_s,
            partner,          u"--reason"_s,
            u"TICKET-9"_s};
}

void TestTeamHistory::createTeamDatabase(const QString &database, const QStringList &initArgs)
{
    QString error;
    QVERIFY2(m_server.sql(u"CREATE DATABASE "_s + database, QString::fromLatin1(PostgresServer::kAdmin),
                          u"postgres"_s, nullptr, &error),
             qPrintable(error));
    const CliRun init = cli(QString::fromLatin1(PostgresServer::kAdmin),
                            QStringList{u"team"_s, u"init"_s} + initArgs, database);
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    QVERIFY2(init.out.contains("GRANT kyc_operator TO"), init.out.constData());
}

void TestTeamHistory::initTestCase()
{
    QString error;
    // The server also speaks TLS, with the test CA's certificate for localhost.
    m_server.useTls(testTlsFile("server.pem"), testTlsFile("server-key.pem"));
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

// The pane's total, from the counts the database derives, is what counting the rows says, through an
// intent left open (a console killed before the outcome) and closed again.
void TestTeamHistory::theCountFollowsTheRecords()
{
    QString problem;
    const std::optional<kyc::HistoryLocation> location =
        kyc::HistoryLocation::parse(m_server.url(u"alice"_s, kDatabase), &problem);
    QVERIFY2(location, qPrintable(problem));
    kyc::PostgresHistoryStore store;
    QVERIFY2(store.open(*location).ok, qPrintable(store.error()));
    const QString counted = u"SELECT count(*) FROM kyc_share.records WHERE kind IN ('attempt', 'outcome')"
                            " OR id IN (SELECT id FROM kyc_share.open_intents)"_s;
    QCOMPARE(store.count({}), query(counted).toLongLong());
    const qint64 before = store.count({});
    kyc::HistoryEntry e;
    e.at = QDateTime::currentDateTimeUtc();
    e.operation = u"sumsub-share-token"_s;
    e.environment = u"sandbox"_s;
    e.subject = kApplicant;
    e.partner = u"CountBank"_s;
    const qint64 intent = store.recordIntent(e);
    QVERIFY2(intent > 0, qPrintable(store.error()));
    QCOMPARE(store.count({}), before + 1); // shown as "outcome unknown"
    QCOMPARE(store.query({}).constFirst().id, intent);
    QVERIFY(store.recordOutcome(intent, e) > 0);
    QCOMPARE(store.count({}), before + 1); // the outcome stands for its intent
    QCOMPARE(store.count({}), query(counted).toLongLong());
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

namespace {
const QString kFourEyes = u"kyc_four_eyes"_s;
} // namespace

// A team that asks a second person for everything: Alice's request waits, nothing is sent; she cannot
// approve it herself, Bob can; only Alice issues it, once; the report names Bob as the approver.
void TestTeamHistory::fourEyes()
{
    createTeamDatabase(kFourEyes, {u"--require-approval"_s, u"all"_s});
    QString error;
    QVERIFY2(m_server.sql(u"GRANT kyc_operator TO alice, bob; GRANT kyc_reviewer TO carol"_s,
                          QString::fromLatin1(PostgresServer::kAdmin), kFourEyes, nullptr, &error),
             qPrintable(error));
    const QStringList sent = m_emulator.requestLog();

    const CliRun asked = cli(u"alice"_s, shareArgs(u"CoolCoinLtd"_s), kFourEyes);
    QCOMPARE(asked.exitCode, 9);
    const QJsonObject pending = asked.json().value(u"pending"_s).toObject();
    const int id = pending.value(u"id"_s).toInt();
    QVERIFY2(id > 0, asked.out.constData());
    QCOMPARE(pending.value(u"partner"_s).toString(), u"CoolCoinLtd"_s);
    QVERIFY2(asked.err.contains(u"waits for a second person's approval"_s), qPrintable(asked.err));
    QCOMPARE(m_emulator.requestLog(), sent); // nothing went to the provider
    const QString n = QString::number(id);

    const CliRun selfApproval = cli(u"alice"_s, {u"approvals"_s, u"approve"_s, n}, kFourEyes);
    QCOMPARE(selfApproval.exitCode, 2);
    QVERIFY2(selfApproval.err.contains(u"was made by alice, who cannot also decide it"_s),
             qPrintable(selfApproval.err));
    const CliRun tooEarly = cli(u"alice"_s, {u"approvals"_s, u"issue"_s, n}, kFourEyes);
    QCOMPARE(tooEarly.exitCode, 2);
    QVERIFY2(tooEarly.err.contains(u"waiting for a second person"_s), qPrintable(tooEarly.err));

    const CliRun list = cli(u"bob"_s, {u"approvals"_s, u"list"_s, u"--json"_s}, kFourEyes);
    QCOMPARE(list.exitCode, 0);
    const QJsonArray requests = list.json().value(u"requests"_s).toArray();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.at(0).toObject().value(u"requestedBy"_s).toString(), u"alice"_s);
    QCOMPARE(requests.at(0).toObject().value(u"state"_s).toString(), u"pending"_s);
    QCOMPARE(requests.at(0).toObject().value(u"reason"_s).toString(), u"TICKET-9"_s);

    const CliRun notHers = cli(u"bob"_s, {u"approvals"_s, u"issue"_s, n}, kFourEyes);
    QCOMPARE(notHers.exitCode, 2);
    QVERIFY2(notHers.err.contains(u"only they issue it"_s), qPrintable(notHers.err));
    const CliRun approve = cli(
        u"bob"_s, {u"approvals"_s, u"approve"_s, n, u"--reason"_s, u"checked with compliance"_s}, kFourEyes);
    QVERIFY2(approve.exitCode == 0, qPrintable(approve.err));
    QVERIFY2(approve.out.contains("approved by bob"), approve.out.constData());
    const CliRun twice = cli(u"carol"_s, {u"approvals"_s, u"reject"_s, n, u"--reason"_s, u"no"_s}, kFourEyes);
    QCOMPARE(twice.exitCode, 2); // a reviewer may not write, and the request is decided anyway
    QCOMPARE(m_emulator.requestLog(), sent);

    const CliRun issued =
        cli(u"alice"_s,
            {u"--base-url"_s, m_emulator.baseUrl().toString(), u"--json"_s, u"approvals"_s, u"issue"_s, n},
            kFourEyes);
    QVERIFY2(issued.exitCode == 0, qPrintable(issued.err));
    QVERIFY(issued.json().value(u"token"_s).toString().startsWith(u"eyJ"_s));
    QCOMPARE(issued.json().value(u"forClientId"_s).toString(), u"CoolCoinLtd"_s);
    QCOMPARE(m_emulator.requestLog().size(), sent.size() + 1);
    const CliRun again =
        cli(u"alice"_s, {u"--base-url"_s, m_emulator.baseUrl().toString(), u"approvals"_s, u"issue"_s, n},
            kFourEyes);
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(u"issued"_s), qPrintable(again.err));
    QCOMPARE(m_emulator.requestLog().size(), sent.size() + 1);

    const CliRun report =
        cli(u"carol"_s, {u"report"_s, u"shares"_s, u"--partner"_s, u"CoolCoinLtd"_s, u"--json"_s}, kFourEyes);
    QCOMPARE(report.exitCode, 0);
    const QJsonArray shares = report.json().value(u"shares"_s).toArray();
    QCOMPARE(shares.size(), 1);
    QCOMPARE(shares.at(0).toObject().value(u"operator"_s).toString(), u"alice"_s);
    QCOMPARE(shares.at(0).toObject().value(u"approver"_s).toString(), u"bob"_s);
    QCOMPARE(shares.at(0).toObject().value(u"outcome"_s).toString(), u"ok"_s);
    const CliRun verify = cli(u"carol"_s, {u"history"_s, u"verify"_s}, kFourEyes);
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
}

void TestTeamHistory::aRejectedRequestIsNotIssued()
{
    const CliRun asked = cli(u"alice"_s, shareArgs(u"ShadyPartner"_s), kFourEyes);
    QCOMPARE(asked.exitCode, 9);
    const QString n = QString::number(asked.json().value(u"pending"_s).toObject().value(u"id"_s).toInt());
    const CliRun noReason = cli(u"bob"_s, {u"approvals"_s, u"reject"_s, n}, kFourEyes);
    QCOMPARE(noReason.exitCode, 2);
    QVERIFY2(noReason.err.contains(u"--reason"_s), qPrintable(noReason.err));
    QCOMPARE(
        cli(u"bob"_s, {u"approvals"_s, u"reject"_s, n, u"--reason"_s, u"not a partner of ours"_s}, kFourEyes)
            .exitCode,
        0);
    const QStringList sent = m_emulator.requestLog();
    const CliRun issue =
        cli(u"alice"_s, {u"--base-url"_s, m_emulator.baseUrl().toString(), u"approvals"_s, u"issue"_s, n},
            kFourEyes);
    QCOMPARE(issue.exitCode, 2);
    QVERIFY2(issue.err.contains(u"rejected by bob: not a partner of ours"_s), qPrintable(issue.err));
    QCOMPARE(m_emulator.requestLog(), sent);
    // Neither shows as open any more.
    QCOMPARE(cli(u"bob"_s, {u"approvals"_s, u"list"_s, u"--json"_s}, kFourEyes)
                 .json()
                 .value(u"requests"_s)
                 .toArray()
                 .size(),
             0);
}

// A redeem waits for a second person like any attempt. Its share token is never kept, in the request
// either: the maker gives it again when she issues the approved request, on standard input.
void TestTeamHistory::anApprovedRedeemTakesItsTokenAgain()
{
    const CliRun donor =
        cli(u"alice"_s, shareArgs(u"emulator-demo-client"_s)); // a team that needs no approval
    QVERIFY2(donor.exitCode == 0, qPrintable(donor.err));
    const QByteArray token = donor.json().value(u"token"_s).toString().toUtf8();
    const QStringList redeem{u"--base-url"_s,     m_emulator.baseUrl().toString(),
                             u"--json"_s,         u"sumsub"_s,
                             u"redeem"_s,         u"--level-name"_s,
                             u"basic-kyc-level"_s};
    const QStringList sent = m_emulator.requestLog();
    const CliRun asked = runCli(QStringList{u"--history-url"_s, m_server.url(u"alice"_s, kFourEyes)} + redeem,
                                m_env, token + '\n');
    QCOMPARE(asked.exitCode, 9);
    const QJsonObject pending = asked.json().value(u"pending"_s).toObject();
    QCOMPARE(pending.value(u"operation"_s).toString(), u"sumsub-reuse"_s);
    QVERIFY(pending.value(u"subject"_s).toString().startsWith(u"share:"_s));
    QCOMPARE(m_emulator.requestLog(), sent);
    const QString n = QString::number(pending.value(u"id"_s).toInt());
    QCOMPARE(cli(u"bob"_s, {u"approvals"_s, u"approve"_s, n}, kFourEyes).exitCode, 0);

    const QStringList issue{u"--history-url"_s, m_server.url(u"alice"_s, kFourEyes),
                            u"--base-url"_s,    m_emulator.baseUrl().toString(),
                            u"--json"_s,        u"approvals"_s,
                            u"issue"_s,         n};
    const CliRun withoutToken = runCli(issue, m_env, "\n");
    QCOMPARE(withoutToken.exitCode, 2);
    QVERIFY2(withoutToken.err.contains(u"Enter the share token"_s), qPrintable(withoutToken.err));
    const CliRun issued = runCli(issue, m_env, token + '\n');
    QVERIFY2(issued.exitCode == 0, qPrintable(issued.err));
    QCOMPARE(issued.json().value(u"applicantId"_s).toString().size(), 24);
    QCOMPARE(issued.json().value(u"levelName"_s).toString(), u"basic-kyc-level"_s);
    QCOMPARE(m_emulator.requestLog().size(), sent.size() + 1);
    // Nowhere in the team's history: every column of every record, as text.
    QCOMPARE(query(u"SELECT count(*) FROM kyc_share.records r WHERE position('"_s + QString::fromUtf8(token) +
                       u"' IN r::text) > 0"_s,
                   QString::fromLatin1(PostgresServer::kAdmin), kFourEyes)
                 .toInt(),
             0);
    QVERIFY(query(u"SELECT count(*) FROM kyc_share.records"_s, QString::fromLatin1(PostgresServer::kAdmin),
                  kFourEyes)
                .toInt() > 0); // the query does read the records
}

void TestTeamHistory::theDatabaseKeepsTheFourEyes_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("refusal");
    // Each goes past the console, straight to the database, as a client of its own would.
    const QString insert = u"INSERT INTO kyc_share.records (id, kind, intent_id, at_ms, at_utc, operation,"
                           " environment, subject, partner, ttl_secs, expires_at, prev_hash, hash)"
                           " SELECT max(id) + 1, %1, 0, 'x', %2, 'sandbox', 'x', 'x', 600, %3,"
                           " (SELECT hash FROM kyc_share.records ORDER BY id DESC LIMIT 1), 'x'"
                           " FROM kyc_share.records"_s;
    QTest::newRow("an intent without approval")
        << u"alice"_s << insert.arg(u"'intent', NULL"_s, u"'sumsub-share-token'"_s, u"NULL"_s)
        << u"needs a second person's approval first"_s;
    QTest::newRow("approving one's own request")
        << u"alice"_s
        << insert.arg(u"'approval', (SELECT min(id) FROM kyc_share.records WHERE kind = 'request')"_s,
                      u"'sumsub-share-token'"_s, u"'2099-01-01T00:00:00.000Z'"_s)
        << u"who cannot also decide it"_s;
    QTest::newRow("an approval for years")
        << u"bob"_s << u"SELECT 1"_s // replaced below: needs a fresh request of Alice's
        << QString();
    QTest::newRow("issuing a rejected request")
        << u"alice"_s
        << insert.arg(u"'intent', (SELECT max(intent_id) FROM kyc_share.records WHERE kind = 'rejection')"_s,
                      u"'sumsub-share-token'"_s, u"NULL"_s)
        << u"is not approved"_s;
}

void TestTeamHistory::theDatabaseKeepsTheFourEyes()
{
    QFETCH(QString, role);
    QFETCH(QString, statement);
    QFETCH(QString, refusal);
    if (refusal.isEmpty()) {
        // An approval that would stand for years: Alice asks, Bob approves beyond the team's 24 hours.
        const CliRun asked = cli(u"alice"_s, shareArgs(u"LongPartner"_s), kFourEyes);
        QCOMPARE(asked.exitCode, 9);
        const int id = asked.json().value(u"pending"_s).toObject().value(u"id"_s).toInt();
        statement =
            u"INSERT INTO kyc_share.records (id, kind, intent_id, at_ms, at_utc, operation, environment,"
            " subject, partner, ttl_secs, expires_at, prev_hash, hash)"
            " SELECT max(id) + 1, 'approval', %1, 0, 'x', 'sumsub-share-token', 'sandbox', 'x', 'x', 600,"
            " '2099-01-01T00:00:00.000Z', (SELECT hash FROM kyc_share.records ORDER BY id DESC LIMIT 1), 'x'"
            " FROM kyc_share.records"_s.arg(id);
        refusal = u"an approval lapses within 24 hours"_s;
    }
    QString error;
    QVERIFY2(!m_server.sql(statement, role, kFourEyes, nullptr, &error), "the database accepted it");
    QVERIFY2(error.contains(refusal), qPrintable(error));
}

// An approval is good for 24 hours. One that lapsed (moved into the past behind the rules' back, as a
// day's wait would) is not issued, by the CLI or by a client of one's own; and the edit shows in verify.
void TestTeamHistory::aLapsedApprovalIsNotIssued()
{
    const QString lapse = u"kyc_lapse"_s;
    createTeamDatabase(lapse, {u"--require-approval"_s, u"all"_s});
    const QString admin = QString::fromLatin1(PostgresServer::kAdmin);
    QString error;
    QVERIFY2(m_server.sql(u"GRANT kyc_operator TO alice, bob"_s, admin, lapse, nullptr, &error),
             qPrintable(error));
    const CliRun asked = cli(u"alice"_s, shareArgs(u"CoolCoinLtd"_s), lapse);
    QCOMPARE(asked.exitCode, 9);
    const QString n = QString::number(asked.json().value(u"pending"_s).toObject().value(u"id"_s).toInt());
    QCOMPARE(cli(u"bob"_s, {u"approvals"_s, u"approve"_s, n}, lapse).exitCode, 0);
    QVERIFY2(m_server.sql(u"ALTER TABLE kyc_share.records DISABLE TRIGGER records_no_change;"
                          " UPDATE kyc_share.records SET expires_at = '2020-01-01T00:00:00.000Z'"
                          "  WHERE kind = 'approval' AND intent_id = %1;"
                          " ALTER TABLE kyc_share.records ENABLE TRIGGER records_no_change"_s.arg(n),
                          admin, lapse, nullptr, &error),
             qPrintable(error));
    const QStringList sent = m_emulator.requestLog();
    const CliRun issue = cli(
        u"alice"_s, {u"--base-url"_s, m_emulator.baseUrl().toString(), u"approvals"_s, u"issue"_s, n}, lapse);
    QCOMPARE(issue.exitCode, 2);
    QVERIFY2(issue.err.contains(u"not issued before the approval lapsed"_s), qPrintable(issue.err));
    QCOMPARE(m_emulator.requestLog(), sent);
    QVERIFY(!m_server.sql(
        u"INSERT INTO kyc_share.records (id, kind, intent_id, at_ms, at_utc, operation, environment,"
        " subject, partner, ttl_secs, prev_hash, hash)"
        " SELECT (SELECT max(id) + 1 FROM kyc_share.records), 'intent', %1, 0, 'x', operation,"
        " environment, subject, partner, ttl_secs,"
        " (SELECT hash FROM kyc_share.records ORDER BY id DESC LIMIT 1), 'x'"
        " FROM kyc_share.records WHERE id = %1"_s.arg(n),
        u"alice"_s, lapse, nullptr, &error));
    QVERIFY2(error.contains(u"lapsed"_s), qPrintable(error));
    QCOMPARE(cli(u"bob"_s, {u"history"_s, u"verify"_s}, lapse).exitCode, 7);
}

// A server named with sslmode=verify-full is reached over TLS whose certificate is checked: with the
// team's CA added to the system's, it works; with the system's alone, nothing is written or sent.
void TestTeamHistory::verifiedTlsToTheServer()
{
    const QString verified =
        u"postgresql://alice@localhost:%1/kyc?sslmode=verify-full&sslrootcert=%2"_s.arg(m_server.port())
            .arg(testTlsFile("ca.pem"));
    const CliRun ok = runCli({u"--history-url"_s, verified, u"history"_s, u"verify"_s}, m_env);
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));

    const QString unknownCa =
        u"postgresql://alice@localhost:%1/kyc?sslmode=verify-full"_s.arg(m_server.port());
    const QStringList sent = m_emulator.requestLog();
    const CliRun refused =
        runCli({u"--history-url"_s, unknownCa, u"--base-url"_s, m_emulator.baseUrl().toString(), u"sumsub"_s,
                u"share-token"_s, u"--applicant-id"_s, kApplicant, u"--for-client-id"_s, u"CoolCoinLtd"_s},
               m_env);
    QCOMPARE(refused.exitCode, 7);
    QVERIFY2(refused.err.contains(u"certificate verify failed"_s), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"nothing is issued"_s), qPrintable(refused.err));
    QCOMPARE(m_emulator.requestLog(), sent);
}

QTEST_GUILESS_MAIN(TestTeamHistory)
#include "tst_teamhistory.moc"
