#include "cli/ProfileCommands.h"

#include "cli/CommandLine.h"
#include "cli/ExitStatus.h"
#include "cli/OutcomePrinter.h"
#include "cli/Print.h"
#include "cli/TokenInput.h"
#include "core/credentials/KeychainCredentialSource.h"
#include "core/issuing/Issuer.h"
#include "core/net/Transport.h"
#include "core/profiles/ProfileStore.h"
#include "core/secrets/SecretStore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace kyc::cli {

namespace {
QJsonObject toJson(const Profile &p)
{
    QJsonArray secrets;
    for (const Secret s : Profile::requiredSecrets(p.provider))
        secrets.append(p.secretKey(s));
    return {{u"name"_s, p.name},
            {u"provider"_s, providerKey(p.provider)},
            {u"environment"_s, environmentKey(p.environment)},
            {u"baseUrl"_s, p.baseUrl.toString()},
            {u"caFile"_s, p.caFile},
            {u"timeoutSecs"_s, p.timeoutMs / 1000},
            {u"keychainEntries"_s, secrets}};
}

// Runs one asynchronous secret-store call to its end.
SecretResult waitFor(const std::function<void(SecretStore::Done)> &call)
{
    std::optional<SecretResult> result;
    QEventLoop loop;
    call([&](const SecretResult &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

} // namespace

ProfileCommands::ProfileCommands(ProfileStore *store, SecretStore *secrets, const Io &io)
    : m_store(store)
    , m_secrets(secrets)
    , m_io(io)
{}

int ProfileCommands::fail(const QString &message)
{
    print(m_io.err, u"kyc-share: "_s + message + u'\n');
    return BadInput;
}

int ProfileCommands::run(const QStringList &positional, const CommandLine &line)
{
    const QStringList actions{u"list"_s, u"show"_s, u"add"_s, u"edit"_s, u"remove"_s, u"test"_s};
    const QString action = positional.value(1);
    const bool named = action != u"list" && action != u"add";
    if (!actions.contains(action) || positional.size() > (named ? 3 : 2))
        return cli::usageError(
            m_io.err, tr("Use: kyc-share profile list | show NAME | add ... | edit NAME ... | remove NAME"));
    if (const QString o = line.firstSet(line.fieldOptions); !o.isEmpty())
        return cli::usageError(m_io.err, tr("--%1 does not apply to profiles.").arg(o));
    if (action == u"test") {
        const std::optional<Profile> profile = m_store->find(positional.value(2));
        if (!profile)
            return cli::usageError(
                m_io.err, tr("There is no profile named \"%1\". 'kyc-share profile list' shows them.")
                              .arg(positional.value(2)));
        return test(*profile);
    }
    return run(action, positional.value(2), line.parser, m_io.json);
}

int ProfileCommands::test(const Profile &profile)
{
    Transport transport;
    KeychainCredentialSource credentials(m_secrets);
    Issuer issuer(&transport, &credentials);
    QEventLoop loop;
    ConnectionCheckResult result;
    issuer.checkConnection(profile, std::nullopt, [&](const ConnectionCheckResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    const QString clock = result.clockSkewSecs ? Outcome::describeClock(*result.clockSkewSecs) : QString();
    if (!result.ok) {
        OutcomePrinter(m_io).failure(result.failure);
        if (!clock.isEmpty())
            print(m_io.err, u"  "_s + clock + u'\n');
        return exitStatusFor(result.failure.kind);
    }
    if (m_io.json) {
        QJsonObject o{{u"ok"_s, true}, {u"profile"_s, profile.name}};
        if (result.clockSkewSecs)
            o.insert(u"clockSkewSecs"_s, *result.clockSkewSecs);
        print(m_io.out, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + u'\n');
    } else {
        print(m_io.out, tr("Connected to %1 at %2 with profile \"%3\": the credentials work.\n")
                            .arg(providerDisplayName(profile.provider), profile.baseUrl.toDisplayString(),
                                 profile.name));
        if (!clock.isEmpty())
            print(m_io.out, clock + u'\n');
    }
    return Issued;
}

int ProfileCommands::run(const QString &action, const QString &name, const QCommandLineParser &parser,
                         bool json)
{
    if (action == u"list")
        return list(json);
    if (action == u"add")
        return add(parser);
    if (name.isEmpty())
        return fail(tr("Name the profile: kyc-share profile %1 NAME").arg(action));
    const std::optional<Profile> profile = m_store->find(name);
    if (!profile)
        return fail(tr("There is no profile named \"%1\". 'kyc-share profile list' shows them.").arg(name));
    if (action == u"show")
        return show(*profile, json);
    if (action == u"edit")
        return edit(*profile, parser);
    return remove(*profile);
}

int ProfileCommands::list(bool json)
{
    const QList<Profile> profiles = m_store->profiles();
    if (json) {
        QJsonArray array;
        for (const Profile &p : profiles)
            array.append(toJson(p));
        print(m_io.out, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) + u'\n');
        return Issued;
    }
    if (profiles.isEmpty())
        print(m_io.err,
              tr("No profiles yet. Add one: kyc-share profile add --name NAME --provider sumsub\n"));
    for (const Profile &p : profiles) {
        print(m_io.out, u"%1\t%2\t%3\t%4\n"_s.arg(p.name, providerKey(p.provider),
                                                  environmentKey(p.environment), p.baseUrl.toString()));
    }
    return Issued;
}

int ProfileCommands::show(const Profile &p, bool json)
{
    if (json) {
        print(m_io.out, QString::fromUtf8(QJsonDocument(toJson(p)).toJson(QJsonDocument::Compact)) + u'\n');
        return Issued;
    }
    print(m_io.out,
          tr("name:         %1\nprovider:     %2\nenvironment:  %3\nbase URL:     %4\nCA file:      %5\n"
             "timeout:      %6 s\nsecrets:      in %7\n")
              .arg(p.name, providerKey(p.provider), environmentKey(p.environment), p.baseUrl.toString(),
                   p.caFile.isEmpty() ? tr("(none)") : p.caFile)
              .arg(p.timeoutMs / 1000)
              .arg(m_secrets->describe()));
    return Issued;
}

bool ProfileCommands::applyOptions(Profile &p, const QCommandLineParser &parser, bool isNew)
{
    if (parser.isSet(u"provider"_s)) {
        if (!isNew) {
            fail(tr("A profile's provider cannot change; add a new profile instead."));
            return false;
        }
        const std::optional<Provider> provider = providerFromKey(parser.value(u"provider"_s));
        if (!provider) {
            fail(tr("--provider is sumsub or complycube."));
            return false;
        }
        p.provider = *provider;
        p.baseUrl = Profile::defaultBaseUrl(p.provider);
    } else if (isNew) {
        fail(tr("Say which provider the profile is for: --provider sumsub or --provider complycube."));
        return false;
    }
    if (parser.isSet(u"environment"_s)) {
        const std::optional<Environment> environment = environmentFromKey(parser.value(u"environment"_s));
        if (!environment) {
            fail(tr("--environment is sandbox or production."));
            return false;
        }
        p.environment = *environment;
    }
    if (parser.isSet(u"name"_s))
        p.name = parser.value(u"name"_s);
    if (parser.isSet(u"base-url"_s))
        p.baseUrl = QUrl(parser.value(u"base-url"_s).trimmed());
    if (parser.isSet(u"ca-file"_s))
        p.caFile = parser.value(u"ca-file"_s);
    if (parser.isSet(u"timeout"_s))
        p.timeoutMs = parser.value(u"timeout"_s).toInt() * 1000;
    if (const QString problem = m_store->check(p); !problem.isEmpty()) {
        fail(problem);
        return false;
    }
    return true;
}

bool ProfileCommands::readSecrets(const Profile &p, bool fromStdin, QStringList *values)
{
    if (!fromStdin && !isatty(fileno(m_io.in))) {
        fail(tr("Standard input is not a terminal: pass the secrets with --secret-stdin, one a line (%1).")
                 .arg(p.provider == Provider::Sumsub ? tr("the app token, then the secret key")
                                                     : tr("the API key")));
        return false;
    }
    for (const Secret s : Profile::requiredSecrets(p.provider)) {
        if (!fromStdin)
            print(m_io.err,
                  tr("%1 %2: ").arg(providerDisplayName(p.provider), Profile::secretDisplayName(s)));
        const std::optional<QString> line = TokenInput::readLine(m_io.in, !fromStdin);
        if (!line || line->trimmed().isEmpty()) {
            fail(tr("No %1 was given; nothing was saved.").arg(Profile::secretDisplayName(s)));
            return false;
        }
        values->append(line->trimmed());
    }
    return true;
}

bool ProfileCommands::storeSecrets(const Profile &p, const QStringList &values)
{
    const QList<Secret> secrets = Profile::requiredSecrets(p.provider);
    for (qsizetype i = 0; i < secrets.size(); ++i) {
        const SecretResult r =
            waitFor([&](auto done) { m_secrets->write(p.secretKey(secrets.at(i)), values.at(i), done); });
        if (r.error != SecretError::None) {
            for (qsizetype j = 0; j < i; ++j) // leave nothing half-written
                waitFor([&](auto done) { m_secrets->remove(p.secretKey(secrets.at(j)), done); });
            fail(tr("The secrets could not be stored, so the profile was not saved. %1").arg(r.message));
            return false;
        }
    }
    return true;
}

bool ProfileCommands::replaceSecrets(Profile &p, bool fromStdin, bool suggestEnvironment)
{
    QStringList values;
    if (!readSecrets(p, fromStdin, &values))
        return false;
    if (suggestEnvironment) {
        // A label is sandbox or production; a key of neither kind is treated as production.
        p.environment = Profile::environmentOfKey(p.provider, values.first()) == Environment::Sandbox
                            ? Environment::Sandbox
                            : Environment::Production;
        print(m_io.err,
              tr("Environment: %1, from the key's prefix; pass --environment to choose otherwise.\n")
                  .arg(environmentKey(p.environment)));
    }
    const bool stored = storeSecrets(p, values);
    for (QString &v : values)
        v.fill(QChar(u'\0'));
    return stored;
}

int ProfileCommands::add(const QCommandLineParser &parser)
{
    Profile p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!parser.isSet(u"name"_s))
        return fail(tr("Give the profile a name: --name NAME."));
    if (!applyOptions(p, parser, true))
        return BadInput;
    if (!replaceSecrets(p, parser.isSet(u"secret-stdin"_s), !parser.isSet(u"environment"_s)))
        return BadInput;
    m_store->save(p);
    print(m_io.err, tr("Profile \"%1\" added (%2); its secrets are in %3.\n")
                        .arg(p.name, environmentDisplayName(p.environment), m_secrets->describe()));
    return Issued;
}

int ProfileCommands::edit(Profile p, const QCommandLineParser &parser)
{
    if (!applyOptions(p, parser, false))
        return BadInput;
    const bool fromStdin = parser.isSet(u"secret-stdin"_s);
    if ((fromStdin || parser.isSet(u"change-secrets"_s)) && !replaceSecrets(p, fromStdin, false))
        return BadInput;
    m_store->save(p);
    print(m_io.err, tr("Profile \"%1\" saved.\n").arg(p.name));
    return Issued;
}

int ProfileCommands::remove(const Profile &p)
{
    QStringList left;
    for (const Secret s : Profile::allSecrets()) {
        const SecretResult r = waitFor([&](auto done) { m_secrets->remove(p.secretKey(s), done); });
        if (r.error != SecretError::None)
            left.append(p.secretKey(s));
    }
    m_store->remove(p.id);
    if (!left.isEmpty()) {
        print(m_io.err,
              tr("Profile \"%1\" removed, but its keychain entries could not be deleted (%2); remove them "
                 "with your keychain's tool.\n")
                  .arg(p.name, left.join(u", "_s)));
        return Unexpected;
    }
    print(m_io.err, tr("Profile \"%1\" and its keychain entries removed.\n").arg(p.name));
    return Issued;
}

} // namespace kyc::cli
