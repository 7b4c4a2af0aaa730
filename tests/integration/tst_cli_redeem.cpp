// The receiving side of Reusable KYC with kyc-share against kyc-share-emulator: a donor issues a share
// token in one emulator account and a partner redeems it in another, each with a home of its own, as two
// companies would. Preview checks and copies nothing; reuse makes an applicant once; every refusal the
// emulator gives is explained in words that say what to do. The token is taken from standard input and
// found nowhere afterwards: not in an output, the history or a file.
#include "CliRunner.h"
#include "EmulatorProcess.h"
#include "TestTls.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// The emulator's second account (its built-in state): the partner CoolCoinLtd, which may reuse and copy.
constexpr const char *kPartnerAppToken = "sbx:emulator-partner-app-token";
constexpr const char *kPartnerSecretKey = "emulator-partner-secret-key";
// Its third: sharing and Reusable KYC turned off.
constexpr const char *kNoShareAppToken = "sbx:emulator-no-share-app-token";
constexpr const char *kNoShareSecretKey = "emulator-no-share-secret-key";

const QString kApplicant = u"63e092c51b7b4030f2e01154"_s;
const QString kNotApprovedApplicant = u"65b1d2e3f4a5b6c7d8e9f0a1"_s;
} // namespace

class TestCliRedeem : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void donorToRecipientRoundTrip();
    void everyRefusalIsExplained_data();
    void everyRefusalIsExplained();
    void anExpiredTokenIsExplainedWithoutShowingIt();
    void copyIsNotKycAndSaysSo();
    void badInputIsRefusedBeforeSending();

private:
    enum class Side
    {
        Donor,     // the emulator's first account, emulator-demo-client
        Recipient, // CoolCoinLtd
        NoShare,   // an account without Reusable KYC
    };
    CliRun run(Side side, const QStringList &args, const QByteArray &input = {}) const;
    QStringList globalArgs() const;
    // A share token the donor issues for the partner; empty (and the test failed) when it could not.
    QString issue(const QString &forClientId, const QString &applicant = kApplicant, int ttl = 600);
    CliRun redeem(Side side, const QString &token, const QStringList &options);
    int requestsTo(const QString &path);
    // Every file under the folder that holds the text.
    static QStringList filesHolding(const QString &folder, const QByteArray &text);

    QTemporaryDir m_donorHome;
    QTemporaryDir m_recipientHome;
    EmulatorProcess m_emulator;
};

void TestCliRedeem::initTestCase()
{
    QVERIFY(m_donorHome.isValid() && m_recipientHome.isValid());
    QVERIFY(m_emulator.start());
}

CliRun TestCliRedeem::run(Side side, const QStringList &args, const QByteArray &input) const
{
    const QTemporaryDir &home = side == Side::Donor ? m_donorHome : m_recipientHome;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"TMPDIR"_s, home.path());
    const char *appToken = side == Side::Donor     ? EmulatorProcess::kAppToken
                           : side == Side::NoShare ? kNoShareAppToken
                                                   : kPartnerAppToken;
    const char *secret = side == Side::Donor     ? EmulatorProcess::kSecretKey
                         : side == Side::NoShare ? kNoShareSecretKey
                                                 : kPartnerSecretKey;
    env.insert(u"KYC_SHARE_SUMSUB_APP_TOKEN"_s, QLatin1String(appToken));
    env.insert(u"KYC_SHARE_SUMSUB_SECRET_KEY"_s, QLatin1String(secret));
    env.remove(u"KYC_SHARE_HISTORY_URL"_s);
    return runCli(args, env, input);
}

QStringList TestCliRedeem::globalArgs() const
{
    QStringList args{u"--base-url"_s, m_emulator.baseUrl().toString(), u"--json"_s};
    if (testUsesTls())
        args = QStringList{u"--ca-file"_s, testTlsFile("ca.pem")} + args;
    return args;
}

QString TestCliRedeem::issue(const QString &forClientId, const QString &applicant, int ttl)
{
    const CliRun r =
        run(Side::Donor,
            globalArgs() + QStringList{u"sumsub"_s, u"share-token"_s, u"--applicant-id"_s, applicant,
                                       u"--for-client-id"_s, forClientId, u"--ttl"_s, QString::number(ttl)});
    if (r.exitCode != 0) {
        qWarning() << "the donor could not issue:" << r.err;
        return {};
    }
    return r.json().value(u"token"_s).toString();
}

CliRun TestCliRedeem::redeem(Side side, const QString &token, const QStringList &options)
{
    // The token on standard input, as the command's help says: never in argv.
    return run(side, globalArgs() + QStringList{u"sumsub"_s, u"redeem"_s} + options, token.toUtf8() + '\n');
}

int TestCliRedeem::requestsTo(const QString &path)
{
    int n = 0;
    for (const QString &line : m_emulator.requestLog())
        n += line.contains(u"POST "_s + path + u' ') ? 1 : 0;
    return n;
}

QStringList TestCliRedeem::filesHolding(const QString &folder, const QByteArray &text)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text))
            found << file.fileName();
    }
    return found;
}

void TestCliRedeem::donorToRecipientRoundTrip()
{
    const QString token = issue(u"CoolCoinLtd"_s);
    QVERIFY(!token.isEmpty());
    const QString level = u"basic-kyc-level"_s;

    // Preview: the checks pass, nothing is copied, and the token still works.
    const CliRun preview = redeem(Side::Recipient, token, {u"--level-name"_s, level, u"--preview"_s});
    QVERIFY2(preview.exitCode == 0, qPrintable(preview.err));
    QCOMPARE(preview.json().value(u"preview"_s).toBool(), true);
    QCOMPARE(preview.json().value(u"donorClientId"_s).toString(), u"emulator-demo-client"_s);
    QVERIFY(!preview.json().contains(u"applicantId"_s));
    QCOMPARE(requestsTo(u"/resources/api/reusableIdentity/reuse/preview"_s), 1);

    // Reuse: a new applicant in the partner's account, approved for its level.
    const CliRun reuse = redeem(Side::Recipient, token, {u"--level-name"_s, level});
    QVERIFY2(reuse.exitCode == 0, qPrintable(reuse.err));
    const QJsonObject applicant = reuse.json();
    const QString id = applicant.value(u"applicantId"_s).toString();
    QCOMPARE(id.size(), 24);
    QCOMPARE(applicant.value(u"donorClientId"_s).toString(), u"emulator-demo-client"_s);
    QCOMPARE(applicant.value(u"reviewStatus"_s).toString(), u"completed"_s);
    QCOMPARE(applicant.value(u"reviewAnswer"_s).toString(), u"GREEN"_s);
    QCOMPARE(applicant.value(u"levelName"_s).toString(), level);
    QVERIFY(applicant.value(u"externalUserId"_s).toString().startsWith(u"copy-"_s));
    QCOMPARE(applicant.value(u"dashboardUrl"_s).toString(),
             u"https://cockpit.sumsub.com/checkus#/applicant/%1/basicInfo"_s.arg(id));

    // A share token works once.
    const CliRun again = redeem(Side::Recipient, token, {u"--level-name"_s, level});
    QCOMPARE(again.exitCode, 4);
    QCOMPARE(again.error().value(u"code"_s).toInt(), 10503);
    QVERIFY2(again.err.contains(u"Ask the donor for a new share token"_s), qPrintable(again.err));
    QCOMPARE(requestsTo(u"/resources/api/reusableIdentity/reuse"_s), 2);

    // Both sides' histories name the same token by the same fingerprint, never by the token.
    const CliRun donorHistory = run(Side::Donor, {u"history"_s, u"--json"_s});
    const CliRun recipientHistory = run(Side::Recipient, {u"history"_s, u"--json"_s});
    QCOMPARE(donorHistory.exitCode, 0);
    QCOMPARE(recipientHistory.exitCode, 0);
    const QJsonArray issued = QJsonDocument::fromJson(donorHistory.out).array();
    const QJsonArray redeemed = QJsonDocument::fromJson(recipientHistory.out).array();
    QVERIFY(!issued.isEmpty());
    QCOMPARE(redeemed.size(), 3);
    const QString fingerprint = issued.first().toObject().value(u"tokenFingerprint"_s).toString();
    QCOMPARE(fingerprint.size(), 12);
    QStringList operations;
    for (const QJsonValue &v : redeemed) {
        const QJsonObject e = v.toObject();
        operations << e.value(u"operation"_s).toString();
        QCOMPARE(e.value(u"tokenFingerprint"_s).toString(), fingerprint);
        const QString note = e.value(u"record"_s).toObject().value(u"note"_s).toString();
        QVERIFY2(note.contains(level), qPrintable(note));
    }
    QCOMPARE(operations, (QStringList{u"sumsub-reuse"_s, u"sumsub-reuse"_s, u"sumsub-reuse-preview"_s}));
    const QJsonObject made = redeemed.at(1).toObject();
    QCOMPARE(made.value(u"subject"_s).toString(), id);
    QCOMPARE(made.value(u"partner"_s).toString(), u"emulator-demo-client"_s);
    QCOMPARE(redeemed.at(0).toObject().value(u"subject"_s).toString(), u"share:"_s + fingerprint);
    const CliRun verify = run(Side::Recipient, {u"history"_s, u"verify"_s});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));

    // The token itself: in no output, no record and no file of the partner's.
    for (const CliRun *r : {&preview, &reuse, &again, &recipientHistory})
        QVERIFY(!r->out.contains(token.toUtf8()) && !r->err.contains(token));
    QCOMPARE(filesHolding(m_recipientHome.path(), token.toUtf8()), QStringList());
    QVERIFY(!m_emulator.standardError().contains(token.toUtf8()));
}

void TestCliRedeem::everyRefusalIsExplained_data()
{
    QTest::addColumn<QString>("forClientId"); // whom the donor issues the token for; empty: no token issued
    QTest::addColumn<QString>("applicant");
    QTest::addColumn<int>("side");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("code"); // Sumsub's errorCode; 0 for none
    QTest::addColumn<QString>("advice");

    const QStringList basic{u"--level-name"_s, u"basic-kyc-level"_s};
    QTest::newRow("10503 a token nobody issued") << QString() << kApplicant << int(Side::Recipient) << basic
                                                 << 4 << 10503 << u"Ask the donor for a new share token"_s;
    QTest::newRow("10501 the token is for another partner")
        << u"OtherPartnerLtd"_s << kApplicant << int(Side::Recipient) << basic << 4 << 10501
        << u"Reusable KYC partners page"_s;
    QTest::newRow("10504 a level the token does not fit")
        << u"CoolCoinLtd"_s << kApplicant << int(Side::Recipient)
        << QStringList{u"--level-name"_s, u"company-kyb"_s} << 3 << 10504 << u"Preview checks a level"_s;
    QTest::newRow("10504 in a preview too")
        << u"CoolCoinLtd"_s << kApplicant << int(Side::Recipient)
        << QStringList{u"--level-name"_s, u"company-kyb"_s, u"--preview"_s} << 3 << 10504
        << u"Preview checks a level"_s;
    QTest::newRow("10507 the donor's applicant is not approved")
        << u"CoolCoinLtd"_s << kNotApprovedApplicant << int(Side::Recipient) << basic << 3 << 10507
        << u"finish the verification"_s;
    QTest::newRow("10505 Reusable KYC is off for the account")
        << u"emulator-no-share-client"_s << kApplicant << int(Side::NoShare) << basic << 4 << 10505
        << u"account manager to enable it"_s;
    QTest::newRow("10518 copy applicant is not the account's")
        << u"emulator-demo-client"_s << kApplicant << int(Side::Donor) << QStringList{u"--copy"_s} << 4
        << 10518 << u"separate Sumsub product"_s;
    QTest::newRow("a level the account does not have")
        << u"CoolCoinLtd"_s << kApplicant << int(Side::Recipient)
        << QStringList{u"--level-name"_s, u"no-such-level"_s} << 3 << 0 << u"Levels page"_s;
}

void TestCliRedeem::everyRefusalIsExplained()
{
    QFETCH(QString, forClientId);
    QFETCH(QString, applicant);
    QFETCH(int, side);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(int, code);
    QFETCH(QString, advice);

    const QString token =
        forClientId.isEmpty() ? u"_act-jwt-made-up.never-issued."_s : issue(forClientId, applicant);
    QVERIFY(!token.isEmpty());
    const CliRun r = redeem(Side(side), token, options);
    QVERIFY2(r.exitCode == exitCode, qPrintable(QString::number(r.exitCode) + u' ' + r.err));
    const QJsonObject error = r.error();
    QCOMPARE(error.value(u"code"_s).toInt(), code);
    QVERIFY2(error.value(u"advice"_s).toString().contains(advice), qPrintable(r.err));
    QVERIFY2(r.err.contains(advice), qPrintable(r.err)); // the words reach the terminal too
    QVERIFY(!r.err.contains(token) && !r.out.contains(token.toUtf8()));
    // The refusal is in the history, by the token's fingerprint.
    const CliRun history = run(Side(side), {u"history"_s, u"--json"_s, u"--limit"_s, u"1"_s});
    const QJsonObject last = QJsonDocument::fromJson(history.out).array().first().toObject();
    QVERIFY(last.value(u"subject"_s).toString().startsWith(u"share:"_s));
    QCOMPARE(last.value(u"outcome"_s).toString(), u"error"_s);
}

// Sumsub answers an expired share token with a 401 whose text names the token: the operator is told it
// expired and to ask for a new one, and the token is cut out of the vendor's words before they are shown
// or recorded.
void TestCliRedeem::anExpiredTokenIsExplainedWithoutShowingIt()
{
    const QString token = issue(u"CoolCoinLtd"_s, kApplicant, 1);
    QVERIFY(!token.isEmpty());
    QTest::qWait(2200);
    const CliRun r = redeem(Side::Recipient, token, {u"--level-name"_s, u"basic-kyc-level"_s});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(r.error().value(u"httpStatus"_s).toInt(), 401);
    QCOMPARE(r.error().value(u"kind"_s).toString(), u"invalid-grant"_s);
    QVERIFY2(r.err.contains(u"until its TTL runs out. This one was made to last 1 s."_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"is invalid now"_s),
             qPrintable(r.err)); // the vendor's words, as far as they are safe
    QVERIFY2(!r.err.contains(token) && !r.out.contains(token.toUtf8()), "the token was shown");
    QCOMPARE(filesHolding(m_recipientHome.path(), token.toUtf8()), QStringList());
}

void TestCliRedeem::copyIsNotKycAndSaysSo()
{
    const QString token = issue(u"CoolCoinLtd"_s);
    QVERIFY(!token.isEmpty());
    const int before = requestsTo(u"/resources/applicants/-/import"_s);
    QStringList args = globalArgs();
    args.removeAll(u"--json"_s);
    const CliRun r = run(Side::Recipient, args + QStringList{u"sumsub"_s, u"redeem"_s, u"--copy"_s},
                         token.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("NOT a KYC procedure"), r.out.constData());
    QCOMPARE(requestsTo(u"/resources/applicants/-/import"_s), before + 1);
}

void TestCliRedeem::badInputIsRefusedBeforeSending()
{
    const int before = requestsTo(u"/resources/api/reusableIdentity/reuse"_s) +
                       requestsTo(u"/resources/api/reusableIdentity/reuse/preview"_s);
    const CliRun noToken = redeem(Side::Recipient, {}, {u"--level-name"_s, u"basic-kyc-level"_s});
    QCOMPARE(noToken.exitCode, 2);
    QVERIFY2(noToken.err.contains(u"Enter the share token"_s), qPrintable(noToken.err));
    const CliRun noLevel = redeem(Side::Recipient, u"_act-jwt-made-up."_s, {});
    QCOMPARE(noLevel.exitCode, 2);
    QVERIFY2(noLevel.err.contains(u"--level-name"_s) && noLevel.err.contains(u"basic-kyc-level"_s),
             qPrintable(noLevel.err));
    const CliRun both = redeem(Side::Recipient, u"_act-jwt-made-up."_s,
                               {u"--level-name"_s, u"basic-kyc-level"_s, u"--preview"_s, u"--copy"_s});
    QCOMPARE(both.exitCode, 2);
    QVERIFY2(both.err.contains(u"--preview or --copy, not both"_s), qPrintable(both.err));
    const CliRun broken =
        redeem(Side::Recipient, u"_act-jwt-made\x1b[31m-up."_s, {u"--level-name"_s, u"basic"_s});
    QCOMPARE(broken.exitCode, 2);
    QVERIFY2(broken.err.contains(u"paste it again in one piece"_s), qPrintable(broken.err));
    const CliRun elsewhere = run(Side::Recipient, globalArgs() + QStringList{u"sumsub"_s, u"share-token"_s,
                                                                             u"--level-name"_s, u"basic"_s});
    QCOMPARE(elsewhere.exitCode, 2);
    QVERIFY2(elsewhere.err.contains(u"--level-name belongs to 'kyc-share partner set'"_s),
             qPrintable(elsewhere.err));
    QCOMPARE(requestsTo(u"/resources/api/reusableIdentity/reuse"_s) +
                 requestsTo(u"/resources/api/reusableIdentity/reuse/preview"_s),
             before);
}

QTEST_GUILESS_MAIN(TestCliRedeem)
#include "tst_cli_redeem.moc"
