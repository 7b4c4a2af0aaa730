// The Issuer end to end over real sockets against the in-process emulator.
#include "EmulatorTls.h"
#include "core/credentials/FixedCredentialSource.h"
#include "core/history/SqliteHistoryStore.h"
#include "core/issuing/Issuer.h"
#include "core/net/Transport.h"
#include "emulator/Emulator.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace kyc;
using kyc::emulator::Emulator;
using kyc::emulator::EmulatorConfig;

class TestIssuer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void issuesAShareToken();
    void invalidInputIsNeverSent();
    void wrongSecretIsA4003();
    void skewedClockIsA4004();
    void missingCredentials();
    void cancelBeforeTheAnswer();
    void cancelBeforeSendingIsRecordedOnce();
    void untrustedCertificateIsATlsError();
    void unreadableCaFileIsRefused();

private:
    Outcome issueAndWait(CredentialSource &credentials, const TokenRequest &request,
                         const Issuer::Clock &clock = {});
    static TokenRequest shareRequest(const QString &applicant = u"63e092c51b7b4030f2e01154"_s);
    Profile profile() const;

    void cancelAndCheckTheRecord(CredentialSource *credentials, const QString &kind, qint64 records);

    std::unique_ptr<Emulator> m_emulator;
    Credentials m_good = EmulatorConfig::demoCredentials();
};

void TestIssuer::init()
{
    m_emulator = std::make_unique<Emulator>();
    QVERIFY(configureEmulatorForTestVariant(*m_emulator));
    QVERIFY(!m_emulator->start().isEmpty());
}

void TestIssuer::cleanup()
{
    m_emulator.reset();
}

Profile TestIssuer::profile() const
{
    Profile p;
    p.name = u"test"_s;
    p.baseUrl = m_emulator->baseUrl();
    p.timeoutMs = 10000;
    if (testUsesTls())
        p.caFile = testTlsFile("ca.pem");
    return p;
}

TokenRequest TestIssuer::shareRequest(const QString &applicant)
{
    TokenRequest r(Operation::SumsubShareToken);
    r.set(Field::ApplicantId, applicant);
    r.set(Field::ForClientId, u"CoolCoinLtd"_s);
    r.set(Field::TtlSecs, u"900"_s);
    return r;
}

Outcome TestIssuer::issueAndWait(CredentialSource &credentials, const TokenRequest &request,
                                 const Issuer::Clock &clock)
{
    Transport transport;
    Issuer issuer(&transport, &credentials);
    if (clock)
        issuer.setClock(clock);
    QSignalSpy attempts(&issuer, &Issuer::attemptFinished);
    PendingIssue *pending = issuer.issue(profile(), request);
    QSignalSpy spy(pending, &PendingIssue::finished);
    if (!spy.wait(20000))
        qFatal("no outcome within 20 s");
    if (attempts.size() != 1)
        qFatal("attemptFinished was emitted %d times", int(attempts.size()));
    return spy.first().first().value<Outcome>();
}

void TestIssuer::issuesAShareToken()
{
    QCOMPARE(m_emulator->baseUrl().scheme(), testUsesTls() ? u"https"_s : u"http"_s);
    FixedCredentialSource credentials(m_good);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Outcome o = issueAndWait(credentials, shareRequest());
    QVERIFY(o.isIssued());
    QCOMPARE(m_emulator->shareTokens().size(), 1);
    QCOMPARE(o.issued().token, m_emulator->shareTokens().first().token);
    QCOMPARE(m_emulator->shareTokens().first().applicantId, u"63e092c51b7b4030f2e01154"_s);
    QCOMPARE(o.issued().partner, u"CoolCoinLtd"_s);
    QVERIFY(o.issued().expiresAt >= before.addSecs(899));
    QVERIFY(o.issued().expiresAt <= m_emulator->shareTokens().first().expiresAt);
}

void TestIssuer::invalidInputIsNeverSent()
{
    FixedCredentialSource credentials(m_good);
    const Outcome o = issueAndWait(credentials, shareRequest(u"not-an-id"_s));
    QCOMPARE(o.failure().kind, FailureKind::InvalidInput);
    QCOMPARE(o.failure().fieldErrors.size(), 1);
    QCOMPARE(o.failure().fieldErrors.first().field, Field::ApplicantId);
    QCOMPARE(m_emulator->requestLog().size(), 0);
}

void TestIssuer::wrongSecretIsA4003()
{
    Credentials wrong = m_good;
    wrong.sumsubSecretKey = u"not-the-secret"_s;
    FixedCredentialSource credentials(wrong);
    const Outcome o = issueAndWait(credentials, shareRequest());
    QCOMPARE(o.failure().kind, FailureKind::Authentication);
    QCOMPARE(o.failure().httpStatus, 401);
    QCOMPARE(o.failure().providerCode, u"4003"_s);
    QVERIFY(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(o.failure().correlationId).hasMatch());
}

void TestIssuer::skewedClockIsA4004()
{
    FixedCredentialSource credentials(m_good);
    // This computer's clock five minutes fast: the emulator sees a timestamp from the future.
    const Outcome o = issueAndWait(credentials, shareRequest(),
                                   [] { return QDateTime::currentDateTimeUtc().addSecs(300); });
    QCOMPARE(o.failure().kind, FailureKind::ClockSkew);
    QCOMPARE(o.failure().providerCode, u"4004"_s);
    QVERIFY(o.failure().clockSkewSecs.has_value());
    QVERIFY2(qAbs(*o.failure().clockSkewSecs + 300) <= 2,
             qPrintable(QString::number(*o.failure().clockSkewSecs)));
}

void TestIssuer::missingCredentials()
{
    class NoCredentials : public CredentialSource
    {
    public:
        void fetch(const Profile &, std::function<void(CredentialsResult)> done) override
        {
            done({std::nullopt, u"set the credentials"_s});
        }
    } none;
    const Outcome o = issueAndWait(none, shareRequest());
    QCOMPARE(o.failure().kind, FailureKind::MissingCredentials);
    QCOMPARE(o.failure().message, u"set the credentials"_s);
    QCOMPARE(m_emulator->requestLog().size(), 0);
}

// Issues with these credentials, cancels at once, and checks that the attempt is recorded once, as a
// record of this kind, with nothing sent twice.
void TestIssuer::cancelAndCheckTheRecord(CredentialSource *credentials, const QString &kind, qint64 records)
{
    Transport transport;
    Issuer issuer(&transport, credentials);
    SqliteHistoryStore history;
    QVERIFY(history.open(u":memory:"_s).ok);
    issuer.setHistory(&history);
    PendingIssue *pending = issuer.issue(profile(), shareRequest());
    QSignalSpy spy(pending, &PendingIssue::finished);
    pending->cancel();
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().value<Outcome>().failure().kind, FailureKind::Cancelled);
    QTest::qWait(200); // whatever arrives after the cancel (the secrets, the reply) changes nothing
    QCOMPARE(spy.size(), 1);
    const QList<HistoryEntry> rows = history.query({});
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().kind, kind);
    QCOMPARE(rows.first().failureKind, u"cancelled"_s);
    QCOMPARE(history.verify().count, records);
}

void TestIssuer::cancelBeforeTheAnswer()
{
    // The secrets come at once, so the request is on its way: the intent was written before sending,
    // and the cancel is its outcome (the genesis record, the intent and the outcome).
    FixedCredentialSource credentials(m_good);
    cancelAndCheckTheRecord(&credentials, u"outcome"_s, 3);
}

// Cancelled while the keychain is still being asked: nothing is sent, and the attempt is recorded once,
// as one that sent nothing, even though the secrets arrive afterwards.
void TestIssuer::cancelBeforeSendingIsRecordedOnce()
{
    class SlowCredentials : public CredentialSource
    {
    public:
        explicit SlowCredentials(Credentials c)
            : m_credentials(std::move(c))
        {}
        void fetch(const Profile &, std::function<void(CredentialsResult)> done) override
        {
            QTimer::singleShot(50, [this, done] { done({m_credentials, {}}); });
        }

    private:
        Credentials m_credentials;
    } slow(m_good);
    cancelAndCheckTheRecord(&slow, u"attempt"_s, 2); // the genesis record and the attempt
    QCOMPARE(m_emulator->requestLog().size(), 0);
}

void TestIssuer::untrustedCertificateIsATlsError()
{
    if (!testUsesTls())
        QSKIP("only in the HTTPS variant");
    FixedCredentialSource credentials(m_good);
    Transport transport;
    Issuer issuer(&transport, &credentials);
    Profile p = profile();
    p.caFile.clear(); // the test CA is not trusted unless the profile says so
    PendingIssue *pending = issuer.issue(p, shareRequest());
    QSignalSpy spy(pending, &PendingIssue::finished);
    QVERIFY(spy.wait(20000));
    const Outcome o = spy.first().first().value<Outcome>();
    QCOMPARE(o.failure().kind, FailureKind::TlsError);
    QVERIFY2(o.failure().message.contains(u"issuer"_s, Qt::CaseInsensitive), qPrintable(o.failure().message));
    QCOMPARE(m_emulator->shareTokens().size(), 0);
}

void TestIssuer::unreadableCaFileIsRefused()
{
    FixedCredentialSource credentials(m_good);
    Profile p = profile();
    p.caFile = u"/nonexistent/ca.pem"_s;
    Transport transport;
    Issuer issuer(&transport, &credentials);
    PendingIssue *pending = issuer.issue(p, shareRequest());
    QSignalSpy spy(pending, &PendingIssue::finished);
    QVERIFY(spy.wait(5000));
    const Outcome o = spy.first().first().value<Outcome>();
    QCOMPARE(o.failure().kind, FailureKind::InvalidInput);
    QVERIFY(o.failure().message.contains(u"/nonexistent/ca.pem"_s));
    QCOMPARE(m_emulator->requestLog().size(), 0);
}

QTEST_GUILESS_MAIN(TestIssuer)
#include "tst_issuer.moc"
