#include "Cli.h"

#include "ExitStatus.h"
#include "Issuer.h"
#include "net/Transport.h"
#include "profiles/EnvironmentCredentialSource.h"
#include "tokens/Validators.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kyc::cli {

namespace {
QString optionFor(Field field)
{
    switch (field) {
    case Field::ApplicantId:
        return u"--applicant-id"_s;
    case Field::ForClientId:
        return u"--for-client-id"_s;
    case Field::TtlSecs:
        return u"--ttl"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QJsonValue providerCodeJson(const QString &code)
{
    if (code.isEmpty())
        return QJsonValue::Null;
    bool numeric = false;
    const int n = code.toInt(&numeric);
    return numeric ? QJsonValue(n) : QJsonValue(code);
}
} // namespace

Cli::Cli(FILE *out, FILE *err)
    : m_out(out)
    , m_err(err)
{}

void Cli::print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

int Cli::usageError(const QString &message)
{
    print(m_err, u"kyc-share: "_s + message + u"\nRun 'kyc-share --help' for the commands and options.\n"_s);
    return BadInput;
}

int Cli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Issues KYC share tokens from the command line.\n"
        "\n"
        "Commands:\n"
        "  sumsub share-token --applicant-id ID --for-client-id PARTNER [--ttl SECS]\n"
        "      A Sumsub share token (Reusable KYC) for one applicant and one partner.\n"
        "\n"
        "Credentials come from the environment: KYC_SHARE_SUMSUB_APP_TOKEN and KYC_SHARE_SUMSUB_SECRET_KEY.\n"
        "\n"
        "Exit status: 0 issued; 1 unexpected error; 2 bad input or missing credentials (nothing sent);\n"
        "3 the provider refused the request (including rate limits); 4 authentication failed\n"
        "(credentials, signature, clock, permission); 5 network or TLS failure; 6 the provider failed\n"
        "or answered something unreadable."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption baseUrlOption(
        u"base-url"_s, tr("The provider's scheme, host and port (default: the vendor's API)."), u"URL"_s);
    const QCommandLineOption caFileOption(
        u"ca-file"_s, tr("Also trust the CA certificate(s) in this PEM file (a TLS-inspecting proxy's)."),
        u"PEM"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object on standard output."));
    const QCommandLineOption applicantOption(u"applicant-id"_s,
                                             tr("Sumsub applicant ID (24 hex characters)."), u"ID"_s);
    const QCommandLineOption partnerOption(u"for-client-id"_s, tr("The partner's client ID."), u"PARTNER"_s);
    const QCommandLineOption ttlOption(u"ttl"_s, tr("Token lifetime in seconds (default 600)."), u"SECS"_s);
    parser.addOptions({baseUrlOption, caFileOption, jsonOption, applicantOption, partnerOption, ttlOption});
    parser.addPositionalArgument(u"provider"_s, tr("sumsub"));
    parser.addPositionalArgument(u"command"_s, tr("share-token"));

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        print(m_out, parser.helpText());
        return Issued;
    }
    if (parser.isSet(u"version"_s)) {
        print(m_out, u"kyc-share "_s + QCoreApplication::applicationVersion() + u'\n');
        return Issued;
    }
    m_json = parser.isSet(jsonOption);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(0) != u"sumsub" || positional.at(1) != u"share-token") {
        return usageError(positional.isEmpty() ? tr("Name a command, like: kyc-share sumsub share-token ...")
                                               : tr("Unknown command '%1'.").arg(positional.join(u' ')));
    }

    Profile profile;
    profile.name = u"environment"_s;
    profile.provider = Provider::Sumsub;
    profile.baseUrl = Profile::defaultBaseUrl(Provider::Sumsub);
    if (parser.isSet(baseUrlOption)) {
        const QString baseUrl = parser.value(baseUrlOption).trimmed();
        if (const QString problem = Validators::checkBaseUrl(baseUrl); !problem.isEmpty())
            return usageError(u"--base-url: "_s + problem);
        profile.baseUrl = QUrl(baseUrl);
    }

    profile.caFile = parser.value(caFileOption);

    TokenRequest request(Operation::SumsubShareToken);
    request.set(Field::ApplicantId, parser.value(applicantOption));
    request.set(Field::ForClientId, parser.value(partnerOption));
    request.set(Field::TtlSecs,
                parser.isSet(ttlOption)
                    ? parser.value(ttlOption)
                    : QString::number(TokenRequest::defaultTtlSecs(Operation::SumsubShareToken)));
    return issue(profile, request);
}

int Cli::issue(const Profile &profile, const TokenRequest &request)
{
    Transport transport;
    EnvironmentCredentialSource credentials;
    Issuer issuer(&transport, &credentials);

    QEventLoop loop;
    int status = Unexpected;
    PendingIssue *pending = issuer.issue(profile, request);
    QObject::connect(pending, &PendingIssue::finished, &loop, [&](const Outcome &outcome) {
        printOutcome(outcome);
        status = outcome.isIssued() ? int(Issued) : int(exitStatusFor(outcome.failure().kind));
        loop.quit();
    });
    loop.exec();
    return status;
}

void Cli::printOutcome(const Outcome &outcome)
{
    if (outcome.isIssued()) {
        const IssuedToken &t = outcome.issued();
        if (m_json) {
            const QJsonObject o{{u"token"_s, t.token},
                                {u"forClientId"_s, t.partner},
                                {u"ttlInSecs"_s, t.ttlSecs},
                                {u"expiresAt"_s, isoUtc(t.expiresAt)}};
            print(m_out, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + u'\n');
        } else {
            print(m_out, tr("token:       %1\npartner:     %2\nttl:         %3 s\nexpires at:  %4\n")
                             .arg(t.token, t.partner)
                             .arg(t.ttlSecs)
                             .arg(isoUtc(t.expiresAt)));
        }
        return;
    }

    const Failure &f = outcome.failure();
    QString text = u"kyc-share: "_s + Outcome::headline(f) + u'\n';
    for (const FieldError &e : f.fieldErrors)
        text += u"  "_s + optionFor(e.field) + u": "_s + e.message + u'\n';
    if (f.fieldErrors.isEmpty() && !f.message.isEmpty()) {
        QString detail = f.message;
        if (f.httpStatus != 0) {
            QString code = tr("HTTP %1").arg(f.httpStatus);
            if (!f.providerCode.isEmpty())
                code += tr(", errorCode %1").arg(f.providerCode);
            if (!f.name.isEmpty())
                code += u" ("_s + f.name + u')';
            detail = code + u": "_s + detail;
        }
        text += u"  "_s + detail + u'\n';
    }
    if (!f.correlationId.isEmpty())
        text += tr("  correlationId: %1\n").arg(f.correlationId);
    if (const QString advice = Outcome::advice(f); !advice.isEmpty() && advice != f.message)
        text += u"  "_s + advice + u'\n';
    print(m_err, text);

    if (m_json) {
        QJsonObject error{
            {u"kind"_s, failureKindKey(f.kind)},
            {u"httpStatus"_s, f.httpStatus == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(f.httpStatus)},
            {u"code"_s, providerCodeJson(f.providerCode)},
            {u"name"_s, f.name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.name)},
            {u"description"_s, f.message},
            {u"correlationId"_s,
             f.correlationId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.correlationId)}};
        if (!f.fieldErrors.isEmpty()) {
            QJsonArray fields;
            for (const FieldError &e : f.fieldErrors)
                fields.append(QJsonObject{{u"field"_s, fieldKey(e.field)}, {u"message"_s, e.message}});
            error.insert(u"fields"_s, fields);
        }
        if (f.clockSkewSecs)
            error.insert(u"clockSkewSecs"_s, *f.clockSkewSecs);
        if (f.retryAfterSecs)
            error.insert(u"retryAfterSecs"_s, *f.retryAfterSecs);
        print(m_out, QString::fromUtf8(
                         QJsonDocument(QJsonObject{{u"error"_s, error}}).toJson(QJsonDocument::Compact)) +
                         u'\n');
    }
}

} // namespace kyc::cli
