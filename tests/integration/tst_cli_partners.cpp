// kyc-share's partner address book and its rules against kyc-share-emulator, as a script would use them:
// the rules are set with `partner set`, kept in the settings the console shares, and applied before
// anything is sent; --partner-rules off issues regardless, and the history's record says so.
#include "CliRunner.h"
#include "EmulatorProcess.h"
#include "TestTls.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliPartners : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rulesAreSetAndShown();
    void aTtlOverThePartnersCapIsRefusedAndNothingSent();
    void anOperationThePartnerDoesNotTakeIsRefused();
    void rulesOffIssuesAndTheRecordSaysSo();
    void badRulesAreRefusedWithWhatIsWrong();

private:
    CliRun run(const QStringList &args, const QByteArray &input = {}) const;
    QStringList issueArgs(const QString &command, const QStringList &fields) const;
    int shareTokenRequests();

    QTemporaryDir m_home; // the settings and the history of this test alone
    EmulatorProcess m_emulator;
};

void TestCliPartners::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(m_emulator.start());
    const CliRun set = run({u"partner"_s, u"set"_s, u"CoolCoinLtd"_s, u"--name"_s, u"CoolCoin Ltd"_s,
                            u"--max-ttl"_s, u"1200"_s, u"--operations"_s, u"sumsub-share-token"_s,
                            u"--level-name"_s, u"basic-kyc-level"_s, u"--note"_s, u"Ask for Anna"_s});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
}

CliRun TestCliPartners::run(const QStringList &args, const QByteArray &input) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    env.insert(u"KYC_SHARE_SUMSUB_APP_TOKEN"_s, QLatin1String(EmulatorProcess::kAppToken));
    env.insert(u"KYC_SHARE_SUMSUB_SECRET_KEY"_s, QLatin1String(EmulatorProcess::kSecretKey));
    env.remove(u"KYC_SHARE_HISTORY_URL"_s);
    return runCli(args, env, input);
}

QStringList TestCliPartners::issueArgs(const QString &command, const QStringList &fields) const
{
    QStringList args{u"--base-url"_s, m_emulator.baseUrl().toString(), u"--json"_s, u"sumsub"_s, command};
    if (testUsesTls())
        args = QStringList{u"--ca-file"_s, testTlsFile("ca.pem")} + args;
    return args + fields;
}

int TestCliPartners::shareTokenRequests()
{
    int n = 0;
    for (const QString &line : m_emulator.requestLog())
        n += line.contains(u"/resources/accessTokens/shareToken"_s) ? 1 : 0;
    return n;
}

void TestCliPartners::rulesAreSetAndShown()
{
    const CliRun show = run({u"partner"_s, u"show"_s, u"CoolCoinLtd"_s, u"--json"_s});
    QCOMPARE(show.exitCode, 0);
    const QJsonObject p = show.json();
    QCOMPARE(p.value(u"name"_s).toString(), u"CoolCoin Ltd"_s);
    QCOMPARE(p.value(u"maxTtlSecs"_s).toInt(), 1200);
    QCOMPARE(p.value(u"operations"_s).toArray(), QJsonArray{u"sumsub-share-token"_s});
    QCOMPARE(p.value(u"levelName"_s).toString(), u"basic-kyc-level"_s);
    QCOMPARE(p.value(u"note"_s).toString(), u"Ask for Anna"_s);
    // A rename keeps the rules; the text listing names them.
    QCOMPARE(run({u"partner"_s, u"set"_s, u"CoolCoinLtd"_s, u"--name"_s, u"CoolCoin"_s}).exitCode, 0);
    const CliRun list = run({u"partner"_s, u"list"_s});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains("CoolCoin (CoolCoinLtd)") && list.out.contains("1200 s"),
             list.out.constData());
    QCOMPARE(run({u"partner"_s, u"set"_s, u"CoolCoinLtd"_s, u"--name"_s, u"CoolCoin Ltd"_s}).exitCode, 0);
}

void TestCliPartners::aTtlOverThePartnersCapIsRefusedAndNothingSent()
{
    const int before = shareTokenRequests();
    const CliRun over =
        run(issueArgs(u"share-token"_s, {u"--applicant-id"_s, u"63e092c51b7b4030f2e01154"_s,
                                         u"--for-client-id"_s, u"CoolCoinLtd"_s, u"--ttl"_s, u"3600"_s}));
    QCOMPARE(over.exitCode, 2);
    QVERIFY2(over.err.contains(u"CoolCoin Ltd (CoolCoinLtd)"_s) && over.err.contains(u"1200 s"_s),
             qPrintable(over.err));
    QCOMPARE(over.error().value(u"fields"_s).toArray().first().toObject().value(u"field"_s).toString(),
             u"ttlInSecs"_s);
    QCOMPARE(shareTokenRequests(), before); // nothing sent
    // At the cap it is issued.
    const CliRun at =
        run(issueArgs(u"share-token"_s, {u"--applicant-id"_s, u"63e092c51b7b4030f2e01154"_s,
                                         u"--for-client-id"_s, u"CoolCoinLtd"_s, u"--ttl"_s, u"1200"_s}));
    QVERIFY2(at.exitCode == 0, qPrintable(at.err));
    QCOMPARE(shareTokenRequests(), before + 1);
    // Another partner, not in the book, has no cap of its own.
    const CliRun other =
        run(issueArgs(u"share-token"_s, {u"--applicant-id"_s, u"63e092c51b7b4030f2e01154"_s,
                                         u"--for-client-id"_s, u"OtherPartner"_s, u"--ttl"_s, u"3600"_s}));
    QVERIFY2(other.exitCode == 0, qPrintable(other.err));
}

void TestCliPartners::anOperationThePartnerDoesNotTakeIsRefused()
{
    const int before = m_emulator.requestLog().size();
    const CliRun idShare = run(issueArgs(u"id-share-token"_s, {u"--for-client-id"_s, u"CoolCoinLtd"_s,
                                                               u"--ttl"_s, u"600"_s, u"--tokens-stdin"_s}),
                               "connect-token=snd-id-con-a-made-up\n");
    QCOMPARE(idShare.exitCode, 2);
    QVERIFY2(idShare.err.contains(u"CoolCoin Ltd (CoolCoinLtd) takes only"_s) &&
                 idShare.err.contains(u"--for-client-id"_s), // on the partner's option
             qPrintable(idShare.err));
    QCOMPARE(m_emulator.requestLog().size(), before);
}

void TestCliPartners::rulesOffIssuesAndTheRecordSaysSo()
{
    const int before = shareTokenRequests();
    const CliRun off = run(issueArgs(u"share-token"_s, {u"--applicant-id"_s, u"63e092c51b7b4030f2e01154"_s,
                                                        u"--for-client-id"_s, u"CoolCoinLtd"_s, u"--ttl"_s,
                                                        u"3600"_s, u"--partner-rules"_s, u"off"_s}));
    QVERIFY2(off.exitCode == 0, qPrintable(off.err));
    QVERIFY2(off.err.contains(u"rules are off"_s), qPrintable(off.err));
    QCOMPARE(shareTokenRequests(), before + 1);
    // The audit trail keeps that it went against the partner's rules, in the record itself (hashed).
    const CliRun history = run({u"history"_s, u"--json"_s, u"--limit"_s, u"1"_s});
    QCOMPARE(history.exitCode, 0);
    QVERIFY2(history.out.contains("Issued against the partner's rules") && history.out.contains("1200 s"),
             history.out.constData());
    QCOMPARE(run({u"history"_s, u"verify"_s}).exitCode, 0);
}

void TestCliPartners::badRulesAreRefusedWithWhatIsWrong()
{
    const CliRun op = run({u"partner"_s, u"set"_s, u"CoolCoinLtd"_s, u"--operations"_s, u"share-token"_s});
    QCOMPARE(op.exitCode, 2);
    QVERIFY2(op.err.contains(u"sumsub-share-token"_s), qPrintable(op.err)); // says what to write instead
    const CliRun foreign =
        run({u"partner"_s, u"set"_s, u"CoolCoinLtd"_s, u"--operations"_s, u"complycube-sdk-token"_s});
    QCOMPARE(foreign.exitCode, 2);
    QVERIFY2(foreign.err.contains(u"not an operation of Sumsub"_s), qPrintable(foreign.err));
    const CliRun ttl = run({u"partner"_s, u"set"_s, u"CoolCoinLtd"_s, u"--max-ttl"_s, u"ten"_s});
    QCOMPARE(ttl.exitCode, 2);
    QVERIFY2(ttl.err.contains(u"--max-ttl"_s), qPrintable(ttl.err));
    const CliRun unnamed = run({u"partner"_s, u"set"_s, u"NewPartner"_s, u"--max-ttl"_s, u"600"_s});
    QCOMPARE(unnamed.exitCode, 2);
    QVERIFY2(unnamed.err.contains(u"--name"_s), qPrintable(unnamed.err));
    // A new partner with rules that cannot be is not added at all.
    const CliRun half = run({u"partner"_s, u"set"_s, u"Newcomer"_s, u"--name"_s, u"New"_s, u"--operations"_s,
                             u"complycube-sdk-token"_s});
    QCOMPARE(half.exitCode, 2);
    QCOMPARE(run({u"partner"_s, u"show"_s, u"Newcomer"_s}).exitCode, 2);
    const CliRun misplaced = run({u"history"_s, u"--partner-rules"_s, u"off"_s});
    QCOMPARE(misplaced.exitCode, 2);
    // The rules as they were.
    QCOMPARE(
        run({u"partner"_s, u"show"_s, u"CoolCoinLtd"_s, u"--json"_s}).json().value(u"maxTtlSecs"_s).toInt(),
        1200);
}

QTEST_GUILESS_MAIN(TestCliPartners)
#include "tst_cli_partners.moc"
