// The fault matrix: every way the network or a vendor can fail the console, for each of the four
// operations, through the console's Issuer (in this process, one Transport for every attempt as in the
// console, a real history file) and through kyc-share (a real process). Real sockets to the in-process
// emulator throughout. For every cell: no crash, no hang past the configured timeout plus a margin, an
// outcome classified with words the operator can act on, the attempt in the history, and the request
// sent at most once. docs/reliability.md holds the table this test prints at its end.
#include "ConsentBrowser.h"
#include "EmulatorTls.h"
#include "core/credentials/FixedCredentialSource.h"
#include "core/history/SqliteHistoryStore.h"
#include "core/issuing/Issuer.h"
#include "core/net/Transport.h"
#include "core/sumsub/SumsubIdConnect.h"
#include "core/tokens/OperationSpec.h"
#include "emulator/Emulator.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;
using namespace kyc;
using kyc::emulator::Emulator;
using kyc::emulator::EmulatorConfig;
using kyc::emulator::Fault;

namespace {
// The timeout every attempt is given (the CLI's --timeout takes whole seconds), and how far past it an
// outcome may come: a generous margin, since ASan and a shared machine slow everything down.
constexpr int kTimeoutMs = 1000;
constexpr int kIssuerMarginMs = 4000;
constexpr int kCliMarginMs = 8000; // also starts a process

enum class Front
{
    Issuer,
    Cli
};

// Where the attempt is sent: the emulator (with a fault injected), or somewhere that fails earlier.
enum class Target
{
    Emulator,
    ClosedPort,  // a loopback port nobody listens on
    UnknownHost, // a name that resolves nowhere
    SelfSigned,  // HTTPS with a certificate nobody trusts
    WrongHost,   // HTTPS with a trusted certificate for another host name
};

struct FaultCase
{
    const char *key; // the row name
    const char *what;
    Target target;
    QString fault; // the emulator's fault, applied to the operation's path only
};

const QList<FaultCase> &faultCases()
{
    static const QList<FaultCase> cases{
        {"delay", "answer 3 s late (past the 1 s timeout)", Target::Emulator, u"delay:3000"_s},
        {"hang", "no answer, connection kept open", Target::Emulator, u"hang"_s},
        {"close", "connection closed mid-answer", Target::Emulator, u"close"_s},
        {"refused", "connection refused", Target::ClosedPort, {}},
        {"unknown-host", "unknown host", Target::UnknownHost, {}},
        {"untrusted-cert", "HTTPS, untrusted certificate", Target::SelfSigned, {}},
        {"wrong-host-cert", "HTTPS, certificate for another host", Target::WrongHost, {}},
        {"html-500", "500 with an HTML body", Target::Emulator, u"html:500"_s},
        {"html-502", "502 with an HTML body", Target::Emulator, u"html:502"_s},
        {"html-503", "503 with an HTML body", Target::Emulator, u"html:503"_s},
        {"429-retry-after", "429 with Retry-After: 7", Target::Emulator, u"rate-limit:7"_s},
        {"429", "429 without Retry-After", Target::Emulator, u"rate-limit"_s},
        {"malformed-json", "200, malformed JSON", Target::Emulator, u"malformed-json"_s},
        {"wrong-shape", "200, JSON of the wrong shape", Target::Emulator, u"wrong-shape"_s},
        {"oversized", "200, 2 MB body", Target::Emulator, u"oversized:2"_s},
        {"redirect", "302 to another host", Target::Emulator, u"redirect"_s},
        {"token-2kb", "token of 2 KB", Target::Emulator, u"long-token:2048"_s},
        {"token-20kb", "token of 20 KB", Target::Emulator, u"long-token:20000"_s},
    };
    return cases;
}

const FaultCase &faultCase(const QString &key)
{
    for (const FaultCase &c : faultCases())
        if (QLatin1String(c.key) == key)
            return c;
    qFatal("no fault case %s", qPrintable(key));
}

const QList<Operation> kOperations{Operation::SumsubShareToken, Operation::SumsubIdConnectToken,
                                   Operation::SumsubIdShareToken, Operation::ComplyCubeSdkToken};

QString vendorPath(Operation op)
{
    return QLatin1String(specOf(op).path);
}

// What the operator must be told, and what the vendor must have seen.
struct Expected
{
    std::optional<FailureKind> kind; // none: the token is issued
    int httpStatus = 0;
    int sent = 1;       // requests that reach the vendor's route: at most one, never a retry
    QString words;      // in the message or the advice: what the operator acts on
    int tokenBytes = 0; // an issued token arrives whole
};

Expected expectedFor(const QString &key, Operation op)
{
    const bool shareToken = op == Operation::SumsubShareToken || op == Operation::SumsubIdShareToken;
    if (key == u"delay" || key == u"hang")
        return {FailureKind::Timeout, 0, 1, u"may have received the request"_s};
    if (key == u"close")
        return {FailureKind::NetworkError, 200, 1, u"before its end"_s}; // the answer had begun
    if (key == u"refused")
        return {FailureKind::ConnectionRefused, 0, 0, u"did not reach the provider"_s};
    if (key == u"unknown-host")
        return {FailureKind::HostNotFound, 0, 0, u"Check the base URL"_s};
    if (key == u"untrusted-cert")
        return {FailureKind::TlsError, 0, 0, u"self-signed"_s};
    if (key == u"wrong-host-cert")
        return {FailureKind::TlsError, 0, 0, u"host name"_s};
    if (key.startsWith(u"html-"))
        return {FailureKind::ProviderError, key.mid(5).toInt(), 1, u"a proxy or gateway"_s};
    if (key == u"429-retry-after")
        return {FailureKind::RateLimited, 429, 1, u"Try again in 7 s."_s};
    if (key == u"429")
        return {FailureKind::RateLimited, 429, 1, u"Wait a few seconds and try again."_s};
    if (key == u"malformed-json")
        return {FailureKind::MalformedResponse, 200, 1, u"not a JSON object"_s};
    if (key == u"wrong-shape")
        return {FailureKind::MalformedResponse, 200, 1,
                op == Operation::SumsubIdConnectToken ? u"no \"access_token\""_s : u"no \"token\" text"_s};
    if (key == u"oversized")
        return {FailureKind::ResponseTooLarge, 0, 1, u"at most 1048576 are read"_s};
    if (key == u"redirect")
        return {FailureKind::Redirected, 302, 1, u"Check the base URL"_s};
    if (key == u"token-2kb") {
        // Sumsub documents share tokens as at most 1 KB; a connect access token or an SDK token (a JWT)
        // has no documented size, and a 2 KB one is issued whole.
        if (shareToken)
            return {FailureKind::MalformedResponse, 200, 1, u"at most 1024 bytes"_s};
        return {std::nullopt, 0, 1, {}, 2048};
    }
    if (key == u"token-20kb")
        return {FailureKind::MalformedResponse, 200, 1, u"bytes long"_s};
    qFatal("no expectation for %s", qPrintable(key));
}

// kyc-share's exit status as its --help documents it: 3 for a provider's refusal (a rate limit), 5 for
// the network and TLS, 6 for an answer that cannot be used.
int documentedExitStatus(std::optional<FailureKind> kind)
{
    if (!kind)
        return 0;
    switch (*kind) {
    case FailureKind::RateLimited:
        return 3;
    case FailureKind::ProviderError:
    case FailureKind::MalformedResponse:
    case FailureKind::ResponseTooLarge:
        return 6;
    default:
        return 5;
    }
}

// One cell of the table at the end.
struct Cell
{
    QString kind; // failureKindKey, or "issued"
    int exitCode = -1;
    qint64 slowestMs = 0;
    int sent = 0;
};
} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void matrix_data();
    void matrix();

private:
    struct Attempt
    {
        Outcome outcome; // the Issuer's
        int exitCode = -1;
        QJsonObject json;     // the CLI's
        QString err;          // the CLI's standard error
        bool crashed = false; // or never finished
    };

    TokenRequest requestFor(Operation op);
    QUrl baseUrlFor(Target target) const;
    Attempt viaIssuer(Target target, const TokenRequest &request);
    Attempt viaCli(Target target, const TokenRequest &request);
    int vendorRequests() const;

    QTemporaryDir m_data;
    std::unique_ptr<Emulator> m_emulator;
    std::unique_ptr<Emulator> m_selfSigned;
    std::unique_ptr<Emulator> m_wrongHost;
    quint16 m_closedPort = 0;
    Credentials m_credentials = EmulatorConfig::demoCredentials();
    std::unique_ptr<FixedCredentialSource> m_credentialSource;
    std::unique_ptr<Transport> m_transport; // one for every Issuer attempt, as in the console
    std::unique_ptr<Issuer> m_issuer;
    SqliteHistoryStore m_history; // the file the console and the CLI share
    QString m_connectToken;       // for the Sumsub ID share token
    int m_expectedVendorRequests = 0;
    std::map<std::pair<QString, QString>, Cell> m_cells; // (fault, operation + front) -> what happened
};

void TestFaultMatrix::initTestCase()
{
    QVERIFY(m_data.isValid());
    // The history's default place, shared by this process's Issuer and every kyc-share started here.
    qputenv("XDG_DATA_HOME", m_data.filePath(u"data"_s).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", m_data.filePath(u"config"_s).toLocal8Bit());
    QVERIFY2(m_history.open(SqliteHistoryStore::defaultPath()).ok, qPrintable(m_history.error()));

    EmulatorConfig config;
    config.rateLimits = false; // the matrix sends more than a vendor's limit; 429s are injected
    m_emulator = std::make_unique<Emulator>(config);
    QVERIFY(!m_emulator->start().isEmpty());
    m_selfSigned = std::make_unique<Emulator>(config);
    QVERIFY(loadEmulatorTls(*m_selfSigned, "self-signed.pem", "self-signed-key.pem"));
    QVERIFY(!m_selfSigned->start().isEmpty());
    m_wrongHost = std::make_unique<Emulator>(config);
    QVERIFY(loadEmulatorTls(*m_wrongHost, "wrong-host.pem", "wrong-host-key.pem"));
    QVERIFY(!m_wrongHost->start().isEmpty());
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        m_closedPort = probe.serverPort(); // closed again when probe goes
    }

    m_credentialSource = std::make_unique<FixedCredentialSource>(m_credentials);
    m_transport = std::make_unique<Transport>();
    m_issuer = std::make_unique<Issuer>(m_transport.get(), m_credentialSource.get());
    m_issuer->setHistory(&m_history);

    // A connect access token for the Sumsub ID share rows, through the path under test, fault-free.
    const Attempt connect = viaIssuer(Target::Emulator, requestFor(Operation::SumsubIdConnectToken));
    QVERIFY(connect.outcome.isIssued());
    m_connectToken = connect.outcome.issued().token;
    m_expectedVendorRequests = vendorRequests();
}

void TestFaultMatrix::cleanupTestCase()
{
    // A request sent again late by anybody would show here.
    QTest::qWait(500);
    QCOMPARE(vendorRequests(), m_expectedVendorRequests);
    QVERIFY(m_selfSigned->requestLog().isEmpty());
    QVERIFY(m_wrongHost->requestLog().isEmpty());

    // The table of docs/reliability.md: the outcome of each fault for each operation, the same through
    // the Issuer and the CLI (a cell says both when they differ), the CLI's exit status, the requests
    // the vendor saw, and the slowest outcome of the row.
    QString table = u"| fault | share token | ID Connect token | ID share token | ComplyCube SDK token | "
                    "kyc-share exit | sent | slowest |\n|---|---|---|---|---|---|---|---|\n"_s;
    for (const FaultCase &c : faultCases()) {
        QString row = u"| "_s + QLatin1String(c.what) + u" |"_s;
        QStringList exits;
        QList<int> sent;
        qint64 slowest = 0;
        for (const Operation op : kOperations) {
            const Cell &viaIssuer = m_cells[{QLatin1String(c.key), operationKey(op) + u"/issuer"_s}];
            const Cell &viaCli = m_cells[{QLatin1String(c.key), operationKey(op) + u"/cli"_s}];
            row += u' ' +
                   (viaIssuer.kind == viaCli.kind ? viaIssuer.kind
                                                  : viaIssuer.kind + u" (CLI: "_s + viaCli.kind + u')') +
                   u" |"_s;
            if (!exits.contains(QString::number(viaCli.exitCode)))
                exits << QString::number(viaCli.exitCode);
            for (const Cell *cell : {&viaIssuer, &viaCli})
                if (!sent.contains(cell->sent))
                    sent << cell->sent;
            slowest = qMax(slowest, qMax(viaIssuer.slowestMs, viaCli.slowestMs));
        }
        QStringList sentText;
        for (const int n : sent)
            sentText << QString::number(n);
        row += u' ' + exits.join(u", "_s) + u" | "_s + sentText.join(u", "_s) + u" | "_s +
               QString::number(slowest) + u" ms |\n"_s;
        table += row;
    }
    qInfo().noquote() << "\n" << table;
    if (const QString out = qEnvironmentVariable("KYC_FAULT_MATRIX_TABLE"); !out.isEmpty()) {
        QFile file(out);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(table.toUtf8());
    }
    m_issuer.reset();
    m_transport.reset();
}

void TestFaultMatrix::matrix_data()
{
    QTest::addColumn<int>("front");
    QTest::addColumn<int>("operation");
    QTest::addColumn<QString>("fault");
    for (const Front front : {Front::Issuer, Front::Cli}) {
        for (const Operation op : kOperations) {
            for (const FaultCase &c : faultCases()) {
                const QString name = (front == Front::Issuer ? u"issuer/"_s : u"cli/"_s) + operationKey(op) +
                                     u'/' + QLatin1String(c.key);
                QTest::newRow(qPrintable(name)) << int(front) << int(op) << QString::fromLatin1(c.key);
            }
        }
    }
}

void TestFaultMatrix::matrix()
{
    QFETCH(int, front);
    QFETCH(int, operation);
    QFETCH(QString, fault);
    const Operation op = Operation(operation);
    const FaultCase &c = faultCase(fault);
    const Expected expected = expectedFor(fault, op);

    // Nothing from an earlier row arrived late (a request sent again behind the operator's back).
    QCOMPARE(vendorRequests(), m_expectedVendorRequests);
    const TokenRequest request = requestFor(op);
    m_emulator->faults().clear();
    if (!c.fault.isEmpty()) {
        QString error;
        const std::optional<Fault> f = Fault::parse(c.fault + u'@' + vendorPath(op), &error);
        QVERIFY2(f, qPrintable(error));
        m_emulator->faults().add(*f);
    }
    const qint64 recordedBefore = m_history.count({});
    const int sentBefore = vendorRequests();

    QElapsedTimer clock;
    clock.start();
    const Attempt attempt =
        Front(front) == Front::Issuer ? viaIssuer(c.target, request) : viaCli(c.target, request);
    const qint64 elapsedMs = clock.elapsed();
    m_emulator->faults().clear();

    // No crash, and no hang past the timeout plus the margin.
    QVERIFY(!attempt.crashed);
    const int margin = Front(front) == Front::Issuer ? kIssuerMarginMs : kCliMarginMs;
    QVERIFY2(elapsedMs <= kTimeoutMs + margin, qPrintable(u"took %1 ms"_s.arg(elapsedMs)));

    // Classified, with words the operator can act on.
    QString kind;
    QString words;
    if (Front(front) == Front::Issuer) {
        if (attempt.outcome.isIssued()) {
            kind = u"issued"_s;
            QCOMPARE(attempt.outcome.issued().token.size(), expected.tokenBytes);
        } else {
            const Failure &f = attempt.outcome.failure();
            kind = failureKindKey(f.kind);
            QCOMPARE(f.httpStatus, expected.httpStatus);
            QVERIFY(!Outcome::headline(f).isEmpty());
            QVERIFY(!Outcome::advice(f).isEmpty());
            words = f.message + u'\n' + Outcome::advice(f);
        }
    } else {
        if (attempt.exitCode == 0) {
            kind = u"issued"_s;
            QCOMPARE(attempt.json.value(u"token"_s).toString().size(), expected.tokenBytes);
        } else {
            const QJsonObject error = attempt.json.value(u"error"_s).toObject();
            kind = error.value(u"kind"_s).toString();
            QCOMPARE(error.value(u"httpStatus"_s).toInt(), expected.httpStatus);
            words = attempt.err;
            if (fault == u"429-retry-after")
                QCOMPARE(error.value(u"retryAfterSecs"_s).toInt(), 7);
        }
        QCOMPARE(attempt.exitCode, documentedExitStatus(expected.kind));
    }
    QCOMPARE(kind, expected.kind ? failureKindKey(*expected.kind) : u"issued"_s);
    QVERIFY2(words.contains(expected.words, Qt::CaseInsensitive),
             qPrintable(u"'%1' not in: %2"_s.arg(expected.words, words)));

    // In the history, as it ended.
    QCOMPARE(m_history.count({}), recordedBefore + 1);
    HistoryFilter newest;
    newest.limit = 1;
    const QList<HistoryEntry> entries = m_history.query(newest);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().operation, operationKey(op));
    QCOMPARE(entries.first().ok, !expected.kind.has_value());
    QCOMPARE(entries.first().failureKind, expected.kind ? failureKindKey(*expected.kind) : QString());
    QCOMPARE(entries.first().httpStatus, expected.httpStatus);

    // Sent once at most: never again by itself.
    const int sent = vendorRequests() - sentBefore;
    QCOMPARE(sent, expected.sent);
    m_expectedVendorRequests += sent;

    Cell &cell =
        m_cells[{fault, operationKey(op) + (Front(front) == Front::Issuer ? u"/issuer"_s : u"/cli"_s)}];
    cell.kind = kind;
    cell.exitCode = Front(front) == Front::Cli ? attempt.exitCode : -1;
    cell.slowestMs = qMax(cell.slowestMs, elapsedMs);
    cell.sent = sent;
}

TokenRequest TestFaultMatrix::requestFor(Operation op)
{
    TokenRequest r(op);
    switch (op) {
    case Operation::SumsubShareToken:
        r.set(Field::ApplicantId, u"63e092c51b7b4030f2e01154"_s);
        r.set(Field::ForClientId, u"CoolCoinLtd"_s);
        r.set(Field::TtlSecs, u"600"_s);
        break;
    case Operation::SumsubIdConnectToken:
    case Operation::SumsubIdConnectRefresh: {
        // A fresh code for every attempt: the operator's consent in the browser, fault-free.
        const SumsubIdConnect::Authorization a = SumsubIdConnect::authorize(
            SumsubIdConnect::idBaseUrlFor(m_emulator->baseUrl()), u"emulator-demo-client"_s,
            u"https://partner.example/callback"_s, {u"share"_s});
        r.set(Field::AuthorizationResponse, followConsent(a.url));
        r.set(Field::CodeVerifier, QString::fromLatin1(a.codeVerifier));
        r.set(Field::ExpectedState, a.state);
        break;
    }
    case Operation::SumsubIdShareToken:
        r.set(Field::ConnectToken, m_connectToken);
        r.set(Field::ForClientId, u"CoolCoinLtd"_s);
        r.set(Field::TtlSecs, u"1800"_s);
        break;
    case Operation::ComplyCubeSdkToken:
        r.set(Field::ClientId, u"5eb04fcd0f3e360008035eb1"_s);
        r.set(Field::AppId, u"com.myapp.demo.app"_s);
        break;
    case Operation::SumsubReuse:
    case Operation::SumsubReusePreview:
    case Operation::SumsubCopyApplicant:
        qFatal("the receiving side is not in the matrix (tst_cli_redeem covers its failures)");
    }
    r.set(Field::Reason, u"fault matrix"_s);
    return r;
}

QUrl TestFaultMatrix::baseUrlFor(Target target) const
{
    switch (target) {
    case Target::Emulator:
        return m_emulator->baseUrl();
    case Target::ClosedPort:
        return QUrl(u"http://127.0.0.1:%1"_s.arg(m_closedPort));
    case Target::UnknownHost:
        return QUrl(u"https://no-such-host.invalid"_s);
    case Target::SelfSigned:
        return m_selfSigned->baseUrl();
    case Target::WrongHost:
        return m_wrongHost->baseUrl(); // 127.0.0.1, while the certificate names wrong-host.invalid
    }
    Q_UNREACHABLE();
    return {};
}

TestFaultMatrix::Attempt TestFaultMatrix::viaIssuer(Target target, const TokenRequest &request)
{
    Profile profile;
    profile.name = u"fault matrix"_s;
    profile.provider = providerOf(request.operation());
    profile.baseUrl = baseUrlFor(target);
    profile.timeoutMs = kTimeoutMs;
    profile.caFile = testTlsFile("ca.pem"); // trusted, as a corporate CA would be
    PendingIssue *pending = m_issuer->issue(profile, request);
    QSignalSpy spy(pending, &PendingIssue::finished);
    Attempt attempt;
    if (!spy.wait(kTimeoutMs + kIssuerMarginMs + 5000)) {
        attempt.crashed = true; // hung: no outcome at all
        return attempt;
    }
    attempt.outcome = spy.first().first().value<Outcome>();
    return attempt;
}

TestFaultMatrix::Attempt TestFaultMatrix::viaCli(Target target, const TokenRequest &request)
{
    QStringList args{u"--base-url"_s,
                     baseUrlFor(target).toString(),
                     u"--json"_s,
                     u"--timeout"_s,
                     QString::number(kTimeoutMs / 1000),
                     u"--ca-file"_s,
                     testTlsFile("ca.pem"),
                     u"--reason"_s,
                     request.value(Field::Reason)};
    // The command, then each field the request has as its option (the README's names).
    static const QHash<Operation, QStringList> commands{
        {Operation::SumsubShareToken, {u"sumsub"_s, u"share-token"_s}},
        {Operation::SumsubIdConnectToken, {u"sumsub"_s, u"id-connect-token"_s}},
        {Operation::SumsubIdShareToken, {u"sumsub"_s, u"id-share-token"_s}},
        {Operation::ComplyCubeSdkToken, {u"complycube"_s, u"sdk-token"_s}}};
    static const QHash<Field, QString> options{{Field::ApplicantId, u"--applicant-id"_s},
                                               {Field::ForClientId, u"--for-client-id"_s},
                                               {Field::TtlSecs, u"--ttl"_s},
                                               {Field::ConnectToken, u"--connect-token"_s},
                                               {Field::AuthorizationResponse, u"--redirect-url"_s},
                                               {Field::CodeVerifier, u"--code-verifier"_s},
                                               {Field::ExpectedState, u"--state"_s},
                                               {Field::ClientId, u"--client-id"_s},
                                               {Field::AppId, u"--app-id"_s}};
    args += commands.value(request.operation());
    for (const Field field : TokenRequest::fieldsOf(request.operation()))
        if (options.contains(field) && !request.value(field).isEmpty())
            args += {options.value(field), request.value(field)};
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"KYC_SHARE_SUMSUB_APP_TOKEN"_s, m_credentials.sumsubAppToken);
    env.insert(u"KYC_SHARE_SUMSUB_SECRET_KEY"_s, m_credentials.sumsubSecretKey);
    env.insert(u"KYC_SHARE_COMPLYCUBE_API_KEY"_s, m_credentials.complyCubeApiKey);

    // Started, not waited for with waitForFinished(): this process's event loop serves the emulator.
    QProcess cli;
    cli.setProcessEnvironment(env);
    QSignalSpy finished(&cli, &QProcess::finished);
    cli.start(QStringLiteral(KYC_CLI_PATH), args);
    cli.closeWriteChannel();
    Attempt attempt;
    if (!finished.wait(kTimeoutMs + kCliMarginMs + 5000)) {
        cli.kill();
        cli.waitForFinished(3000);
        attempt.crashed = true;
        return attempt;
    }
    attempt.crashed = cli.exitStatus() != QProcess::NormalExit;
    attempt.exitCode = cli.exitCode();
    const QByteArray out = cli.readAllStandardOutput();
    attempt.json = QJsonDocument::fromJson(out).object();
    attempt.err = QString::fromUtf8(cli.readAllStandardError());
    return attempt;
}

int TestFaultMatrix::vendorRequests() const
{
    int n = 0;
    for (const auto &entry : m_emulator->requestLog())
        if (!entry.path.startsWith(u"/_emulator/"_s) && entry.method == "POST")
            ++n;
    return n;
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
