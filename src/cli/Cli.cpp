#include "cli/Cli.h"

#include "cli/ExitStatus.h"
#include "cli/HistoryCommands.h"
#include "cli/Print.h"
#include "cli/ProfileCommands.h"
#include "cli/TeamCommands.h"
#include "core/credentials/EnvironmentCredentialSource.h"
#include "core/credentials/KeychainCredentialSource.h"
#include "core/credentials/RoutingCredentialSource.h"
#include "core/history/SqliteHistoryStore.h"
#include "core/issuing/Issuer.h"
#include "core/net/Transport.h"
#include "core/profiles/ProfileStore.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/settings/Preferences.h"
#include "core/sumsub/SumsubIdConnect.h"
#include "core/tokens/OperationSpec.h"
#include "core/tokens/Validators.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace kyc::cli {

namespace {
// Each field's option (the operation table's); the authorization response has two (--code or --redirect-url).
QString optionFor(Field field)
{
    return QLatin1String(specOf(field).cliOption);
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue providerCodeJson(const QString &code)
{
    bool numeric = false;
    const int n = code.toInt(&numeric);
    return numeric ? QJsonValue(n) : nullable(code);
}

// What each command is, and which options it takes.
struct Command
{
    QString provider;
    QString name;
    QStringList options;                               // beyond the global ones
    std::optional<Operation> operation = std::nullopt; // what it issues (none: the authorize URL)
};

// The operation table's commands (Sumsub ID Connect's code and refresh share one), each taking its
// fields' options, and the authorize URL, which issues nothing.
const QList<Command> &commands()
{
    static const QList<Command> list = [] {
        QList<Command> all;
        for (const OperationSpec &spec : operationSpecs()) {
            const QString provider = QLatin1String(spec.cliProvider);
            const QString name = QLatin1String(spec.cliCommand);
            auto it = std::find_if(all.begin(), all.end(), [&](const Command &c) {
                return c.provider == provider && c.name == name;
            });
            if (it == all.end()) {
                all.append(Command{provider, name, {}, spec.operation});
                it = all.end() - 1;
            }
            for (const Field field : spec.fields) {
                for (const QString &option : optionFor(field).split(u'/')) {
                    const QString bare = option.mid(2);
                    if (!it->options.contains(bare))
                        it->options << bare;
                }
            }
        }
        all.append(Command{
            u"sumsub"_s, u"id-connect-authorize-url"_s, {u"client-id"_s, u"redirect-uri"_s, u"scope"_s}});
        return all;
    }();
    return list;
}
} // namespace

Cli::Cli(FILE *in, FILE *out, FILE *err)
    : m_in(in)
    , m_out(out)
    , m_err(err)
{}

int Cli::usageError(const QString &message)
{
    return cli::usageError(m_err, message);
}

int Cli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Issues KYC share tokens from the command line.\n"
        "\n"
        "Commands:\n"
        "  sumsub share-token --applicant-id ID --for-client-id PARTNER [--ttl SECS]\n"
        "      A Sumsub share token (Reusable KYC) for one applicant and one partner (TTL default 600).\n"
        "  sumsub id-connect-authorize-url --client-id ID --redirect-uri URI [--scope \"share ...\"]\n"
        "      The Sumsub ID consent URL to open in a browser, with a fresh code verifier and state (JSON).\n"
        "  sumsub id-connect-token (--code CODE | --redirect-url URL) --code-verifier V [--state S]\n"
        "  sumsub id-connect-token --refresh-token TOKEN --code-verifier V [--scope \"share name\"]\n"
        "      A Sumsub ID Connect access token, from the code (or the address the browser ended on)\n"
        "      or from a refresh token.\n"
        "  sumsub id-share-token --connect-token TOKEN --for-client-id PARTNER [--ttl SECS]\n"
        "      A Sumsub ID share token (TTL default 1800).\n"
        "  complycube sdk-token --client-id ID (--referrer PATTERN | --app-id APPID)\n"
        "      A ComplyCube SDK token for the Web SDK (referrer) or a mobile SDK (app ID), valid 60 "
        "minutes.\n"
        "  history [--since DATE] [--until DATE] [--applicant ID] [--partner ID] [--outcome "
        "ok|error|unknown]\n"
        "          [--operation OPERATION] [--find TEXT] [--limit N] [--json | --csv]\n"
        "      The audit trail of every attempt, newest first (shared with the console).\n"
        "  history verify [--against COUNT:HASH] [--export FILE.json] [--json]\n"
        "      Re-computes the history's hash chain (or an export's records) and names the first broken\n"
        "      record. --against also proves the first COUNT records unchanged.\n"
        "  history checkpoint\n"
        "      Prints COUNT:HASH for the history as it stands: keep it elsewhere (a ticket, an e-mail).\n"
        "  report shares (--applicant ID | --partner ID) [--json | --csv]\n"
        "      Every share of one applicant, or everything given to one partner: when, by whom, for how\n"
        "      long, how it ended and why.\n"
        "  approvals list | approve N [--reason TEXT] | reject N --reason TEXT | issue N\n"
        "      Team mode's four eyes: requests waiting for a second person; the decision on one (never by\n"
        "      its maker); issuing an approved request, by its maker, within 24 hours.\n"
        "  team init --history-url URL [--require-approval production|all|none]\n"
        "      Creates a team's shared history in a PostgreSQL database, with the roles kyc_operator and\n"
        "      kyc_reviewer (run once, by a database administrator).\n"
        "  profile list | show NAME | test NAME | remove NAME\n"
        "  profile add --name NAME --provider sumsub|complycube [--environment sandbox|production]\n"
        "              [--base-url URL] [--ca-file PEM] [--timeout SECS] [--secret-stdin]\n"
        "  profile edit NAME [--name NEW] [--environment E] [--base-url URL] [--ca-file PEM] [--timeout "
        "SECS]\n"
        "              [--change-secrets | --secret-stdin]\n"
        "      Accounts: their fields in the settings, their secrets in the OS keychain. Secrets are typed\n"
        "      without echo, or with --secret-stdin read one a line (Sumsub: the app token, then the secret\n"
        "      key; ComplyCube: the API key); never from an argument.\n"
        "\n"
        "Issuing commands take --profile NAME. Environment variables override a profile's secrets, for\n"
        "automation: KYC_SHARE_SUMSUB_APP_TOKEN and KYC_SHARE_SUMSUB_SECRET_KEY, "
        "KYC_SHARE_COMPLYCUBE_API_KEY.\n"
        "--base-url is the scheme, host and port only, for either vendor.\n"
        "The history is a SQLite file of your own, unless --history-url (or KYC_SHARE_HISTORY_URL) names a\n"
        "team's PostgreSQL database: postgresql://USER@HOST:PORT/DB, never with a password in it (libpq's\n"
        "PGPASSWORD or ~/.pgpass instead). A server other than this machine is reached only over verified\n"
        "TLS; ?sslrootcert=/path/ca.pem adds a CA to the system's.\n"
        "Nothing is retried automatically: a failed request is reported, and sent again only when you say.\n"
        "Tokens and codes given as arguments are visible to every user of the machine (ps, /proc) and kept "
        "in\n"
        "shell history: pass them with --tokens-stdin (lines like refresh-token=VALUE) or in the "
        "environment\n"
        "(KYC_SHARE_CODE, KYC_SHARE_REDIRECT_URL, KYC_SHARE_CODE_VERIFIER, KYC_SHARE_REFRESH_TOKEN,\n"
        "KYC_SHARE_CONNECT_TOKEN); both are removed from the process's environment at start.\n"
        "\n"
        "Exit status: 0 issued; 1 unexpected error; 2 bad input or missing credentials (nothing sent);\n"
        "3 the provider refused the request (including rate limits and unknown IDs); 4 authentication\n"
        "failed (credentials, signature, clock, permission, or a code or token the provider refuses);\n"
        "5 network or TLS failure; 6 the provider failed or answered something unreadable;\n"
        "7 the history could not be written (nothing was sent, or no token is printed) or failed "
        "verification;\n"
        "9 the team requires a second person's approval: a request was recorded, nothing was sent."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption baseUrlOption(
        u"base-url"_s, tr("The provider's scheme, host and port (default: the vendor's API)."), u"URL"_s);
    const QCommandLineOption caFileOption(
        u"ca-file"_s, tr("Also trust the CA certificate(s) in this PEM file (a TLS-inspecting proxy's)."),
        u"PEM"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object on standard output."));
    const QCommandLineOption timeoutOption(
        u"timeout"_s, tr("Give up on the provider after this many seconds (default 30)."), u"SECS"_s);
    const QCommandLineOption profileOption(u"profile"_s, tr("Issue with this profile's account."), u"NAME"_s);
    const QCommandLineOption historyUrlOption(
        u"history-url"_s,
        tr("The history to use: a team's postgresql://USER@HOST:PORT/DB, or a SQLite file."), u"URL"_s);
    const QCommandLineOption requireApprovalOption(
        u"require-approval"_s,
        tr("team init: what needs a second person's approval: production (default), all or none."),
        u"WHAT"_s);
    parser.addOptions({baseUrlOption, caFileOption, jsonOption, timeoutOption, profileOption,
                       historyUrlOption, requireApprovalOption});
    const QList<QCommandLineOption> profileOptions{
        {u"name"_s, tr("profile add/edit: the profile's name."), u"NAME"_s},
        {u"provider"_s, tr("profile add: sumsub or complycube."), u"PROVIDER"_s},
        {u"environment"_s, tr("profile add/edit: sandbox or production."), u"ENV"_s},
        {u"secret-stdin"_s, tr("profile add/edit: read the secrets from standard input, one a line.")},
        {u"change-secrets"_s, tr("profile edit: type new secrets.")},
    };
    parser.addOptions(profileOptions);
    const QCommandLineOption reasonOption(u"reason"_s, tr("The reason or ticket, kept in the history."),
                                          u"TEXT"_s);
    const QCommandLineOption tokensStdinOption(
        u"tokens-stdin"_s,
        tr("Read tokens and codes from standard input, one NAME=VALUE a line (code, redirect-url, "
           "code-verifier, "
           "refresh-token, connect-token), instead of from arguments every user can see."));
    parser.addOption(tokensStdinOption);
    const QCommandLineOption allowBroadOption(
        u"allow-broad"_s,
        tr("Issue for a referrer any site can match (a bare * host, or *.com and the like)."));
    const QCommandLineOption allowLongTtlOption(u"allow-long-ttl"_s,
                                                tr("Issue with a TTL of more than 24 hours."));
    parser.addOptions({allowBroadOption, allowLongTtlOption});
    parser.addOption(reasonOption);
    const QList<QCommandLineOption> historyOptions{
        {u"since"_s, tr("history: from this date or time (UTC), like 2026-11-01."), u"DATE"_s},
        {u"until"_s, tr("history: before this date or time (UTC)."), u"DATE"_s},
        {u"applicant"_s, tr("history: this applicant (or ComplyCube client) only."), u"ID"_s},
        {u"partner"_s, tr("history: this partner only."), u"ID"_s},
        {u"outcome"_s, tr("history: ok, error or unknown (sent, its outcome never recorded)."), u"OUTCOME"_s},
        {u"operation"_s, tr("history: this operation only, like sumsub-share-token."), u"OPERATION"_s},
        {u"find"_s, tr("history: rows with this text in the subject, partner, correlation ID or reason."),
         u"TEXT"_s},
        {u"limit"_s, tr("history: at most this many rows (default 100)."), u"N"_s},
        {u"csv"_s, tr("history: print CSV.")},
        {u"against"_s, tr("history verify: a checkpoint COUNT:HASH the first records must still match."),
         u"COUNT:HASH"_s},
        {u"export"_s, tr("history verify: verify this JSON export on its own, without the history."),
         u"FILE"_s},
    };
    parser.addOptions(historyOptions);
    const QList<QCommandLineOption> fieldOptions{
        {u"applicant-id"_s, tr("Sumsub applicant ID (24 hex characters)."), u"ID"_s},
        {u"for-client-id"_s, tr("The partner's client ID."), u"PARTNER"_s},
        {u"ttl"_s, tr("Token lifetime in seconds."), u"SECS"_s},
        {u"code"_s, tr("Sumsub ID authorization code."), u"CODE"_s},
        {u"redirect-url"_s, tr("The whole address the browser ended on after consent."), u"URL"_s},
        {u"code-verifier"_s, tr("The PKCE code verifier the authorize URL was made with."), u"V"_s},
        {u"state"_s, tr("The state the authorize URL was made with; the redirect URL must bring it back."),
         u"S"_s},
        {u"refresh-token"_s, tr("A Sumsub ID Connect refresh token."), u"TOKEN"_s},
        {u"scope"_s, tr("Space-separated Sumsub ID scopes."), u"SCOPES"_s},
        {u"client-id"_s, tr("Sumsub ID client ID, or ComplyCube client ID."), u"ID"_s},
        {u"redirect-uri"_s, tr("The redirect URI registered for Sumsub ID Connect."), u"URI"_s},
        {u"connect-token"_s, tr("A Sumsub ID Connect access token."), u"TOKEN"_s},
        {u"referrer"_s, tr("ComplyCube Web SDK referrer pattern, like https://*.example.com/*."),
         u"PATTERN"_s},
        {u"app-id"_s, tr("ComplyCube mobile SDK app ID, like com.example.app."), u"APPID"_s},
    };
    parser.addOptions(fieldOptions);
    parser.addPositionalArgument(u"provider"_s, tr("sumsub or complycube"));
    parser.addPositionalArgument(u"command"_s, tr("one of the commands above"));

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
    {
        // The option, the environment, then the setting the console's Preferences write.
        const std::unique_ptr<QSettings> settings = ProfileStore::openDefaultSettings();
        QString problem;
        const std::optional<HistoryLocation> location =
            HistoryLocation::resolve(parser.value(historyUrlOption), Preferences::load(*settings).historyUrl,
                                     SqliteHistoryStore::defaultPath(), &problem);
        if (!location)
            return usageError(problem);
        m_historyLocation = *location;
    }

    QStringList positional = parser.positionalArguments();
    if (parser.isSet(requireApprovalOption) && positional.value(0) != u"team")
        return usageError(tr("--require-approval belongs to 'kyc-share team init'."));
    if (positional.value(0) == u"team" || positional.value(0) == u"report") {
        TeamCommands team(m_historyLocation, m_out, m_err);
        if (positional.value(0) == u"team") {
            if (positional.size() != 2 || positional.at(1) != u"init")
                return usageError(tr("Use: kyc-share team init --history-url URL [--require-approval "
                                     "production|all|none]"));
            if (!parser.isSet(historyUrlOption))
                return usageError(tr("team init needs --history-url, naming the PostgreSQL database to "
                                     "create the team's history in."));
            return team.init(parser.value(requireApprovalOption), m_json);
        }
        if (positional.size() != 2 || positional.at(1) != u"shares")
            return usageError(
                tr("Use: kyc-share report shares (--applicant ID | --partner ID) [--json | --csv]"));
        if (m_json && parser.isSet(u"csv"_s))
            return usageError(tr("Choose --json or --csv, not both."));
        return team.reportShares(parser.value(u"applicant"_s).trimmed(), parser.value(u"partner"_s).trimmed(),
                                 m_json                   ? TeamCommands::Format::Json
                                 : parser.isSet(u"csv"_s) ? TeamCommands::Format::Csv
                                                          : TeamCommands::Format::Text);
    }
    if (positional.value(0) == u"history") {
        const QString action = positional.value(1);
        if (positional.size() > 2 ||
            (positional.size() == 2 && action != u"verify" && action != u"checkpoint"))
            return usageError(tr("Use: kyc-share history [--since DATE] [--until DATE] ..., "
                                 "kyc-share history verify [--against COUNT:HASH] [--export FILE.json], or "
                                 "kyc-share history checkpoint"));
        const bool listing = positional.size() == 1;
        for (const QString &option : {u"against"_s, u"export"_s}) {
            if (parser.isSet(option) && action != u"verify")
                return usageError(tr("--%1 belongs to 'kyc-share history verify'.").arg(option));
        }
        if (!listing) {
            for (const QCommandLineOption &o : historyOptions) {
                const QString name = o.names().constFirst();
                if (parser.isSet(name) && name != u"against" && name != u"export")
                    return usageError(
                        tr("--%1 belongs to the history listing, not to 'history %2'.").arg(name, action));
            }
        }
        HistoryCommands commands(m_historyLocation, m_out, m_err, m_json);
        if (action == u"verify")
            return commands.verify(parser);
        if (action == u"checkpoint")
            return commands.checkpoint();
        return commands.list(parser);
    }
    // The first of these options given on the command line, if any.
    auto firstSet = [&parser](const QList<QCommandLineOption> &options) {
        for (const QCommandLineOption &o : options) {
            if (parser.isSet(o.names().constFirst()))
                return o.names().constFirst();
        }
        return QString();
    };
    if (const QString o = firstSet(historyOptions); !o.isEmpty())
        return usageError(tr("--%1 belongs to the history command.").arg(o));
    if (positional.value(0) == u"profile") {
        const QStringList actions{u"list"_s, u"show"_s, u"add"_s, u"edit"_s, u"remove"_s, u"test"_s};
        const QString action = positional.value(1);
        const bool named = action != u"list" && action != u"add";
        if (!actions.contains(action) || positional.size() > (named ? 3 : 2))
            return usageError(
                tr("Use: kyc-share profile list | show NAME | add ... | edit NAME ... | remove NAME"));
        if (const QString o = firstSet(fieldOptions); !o.isEmpty())
            return usageError(tr("--%1 does not apply to profiles.").arg(o));
        const std::unique_ptr<QSettings> settings = ProfileStore::openDefaultSettings();
        ProfileStore store(settings.get());
        KeychainSecretStore secrets;
        if (action == u"test") {
            const std::optional<Profile> profile = store.find(positional.value(2));
            if (!profile)
                return usageError(tr("There is no profile named \"%1\". 'kyc-share profile list' shows them.")
                                      .arg(positional.value(2)));
            return testConnection(*profile, &secrets);
        }
        ProfileCommands commands(&store, &secrets, m_in, m_out, m_err);
        return commands.run(action, positional.value(2), parser, m_json);
    }
    if (const QString o = firstSet(profileOptions); !o.isEmpty())
        return usageError(tr("--%1 belongs to the profile commands.").arg(o));
    // approvals list | approve N | reject N --reason TEXT are the team's; approvals issue N goes on
    // below as the command the request was made with, its fields as approved.
    std::optional<HistoryEntry> approved;
    if (positional.value(0) == u"approvals") {
        const QString action = positional.value(1);
        const bool numbered = action != u"list";
        bool ok = false;
        const qint64 id = positional.value(2).toLongLong(&ok);
        if (!QStringList{u"list"_s, u"approve"_s, u"reject"_s, u"issue"_s}.contains(action) ||
            positional.size() != (numbered ? 3 : 2) || (numbered && (!ok || id < 1)))
            return usageError(
                tr("Use: kyc-share approvals list | approve N | reject N --reason TEXT | issue N"));
        TeamCommands team(m_historyLocation, m_out, m_err);
        if (action != u"issue") {
            if (const QString o = firstSet(fieldOptions); !o.isEmpty())
                return usageError(tr("--%1 does not apply to 'approvals %2'.").arg(o, action));
            return team.approvals(action, id, parser.value(reasonOption).trimmed(), m_json);
        }
        const std::variant<HistoryEntry, int> request = team.approvedRequest(id);
        if (std::holds_alternative<int>(request))
            return std::get<int>(request);
        approved = std::get<HistoryEntry>(request);
        for (const Command &c : commands()) {
            if (c.operation == operationFromKey(approved->operation))
                positional = QStringList{c.provider, c.name};
        }
        for (const QCommandLineOption &o : fieldOptions) {
            const QString name = o.names().constFirst();
            if (parser.isSet(name) && name != u"connect-token")
                return usageError(
                    tr("--%1: request %2 is issued as it was approved; its fields cannot change.")
                        .arg(name)
                        .arg(id));
        }
        if (parser.isSet(reasonOption))
            return usageError(tr("--reason: request %1 keeps the reason it was approved with.").arg(id));
    }
    const Command *command = nullptr;
    for (const Command &c : commands()) {
        if (positional.size() == 2 && positional.at(0) == c.provider && positional.at(1) == c.name)
            command = &c;
    }
    if (!command) {
        return usageError(positional.isEmpty() ? tr("Name a command, like: kyc-share sumsub share-token ...")
                                               : tr("Unknown command '%1'.").arg(positional.join(u' ')));
    }
    for (const QCommandLineOption &o : fieldOptions) {
        const QString name = o.names().constFirst();
        if (parser.isSet(name) && !command->options.contains(name))
            return usageError(
                tr("--%1 does not apply to '%2 %3'.").arg(name, command->provider, command->name));
    }

    if (!command->operation && parser.isSet(reasonOption))
        return usageError(tr("--reason goes with the commands that issue."));
    const Provider provider = providerFromKey(command->provider).value_or(Provider::Sumsub);
    Profile profile;
    profile.name = u"environment"_s;
    profile.provider = provider;
    profile.environment = Environment::NoAccount; // no label: the key's prefix says where it issues
    profile.baseUrl = Profile::defaultBaseUrl(provider);
    if (parser.isSet(profileOption)) {
        const std::unique_ptr<QSettings> settings = ProfileStore::openDefaultSettings();
        const std::optional<Profile> stored = ProfileStore(settings.get()).find(parser.value(profileOption));
        if (!stored)
            return usageError(tr("There is no profile named \"%1\". 'kyc-share profile list' shows them.")
                                  .arg(parser.value(profileOption)));
        if (stored->provider != provider)
            return usageError(tr("The profile \"%1\" is a %2 account; '%3 %4' needs a %5 profile.")
                                  .arg(stored->name, providerDisplayName(stored->provider), command->provider,
                                       command->name, providerDisplayName(provider)));
        profile = *stored;
    }
    if (parser.isSet(baseUrlOption)) {
        const QString baseUrl = parser.value(baseUrlOption).trimmed();
        if (const QString problem = Validators::checkBaseUrl(baseUrl); !problem.isEmpty())
            return usageError(u"--base-url: "_s + problem);
        profile.baseUrl = QUrl(baseUrl);
    }
    if (parser.isSet(caFileOption))
        profile.caFile = parser.value(caFileOption);
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        const int secs = parser.value(timeoutOption).toInt(&ok);
        if (!ok || secs < 1 || secs > 600)
            return usageError(tr("--timeout takes a whole number of seconds from 1 to 600."));
        profile.timeoutMs = secs * 1000;
    }
    if (!command->operation) // the authorize URL: nothing issued
        return authorizeUrl(parser, profile);

    if (!readTokensFromStdin(parser))
        return BadInput;
    auto valueOf = [&parser](const QString &name) { return parser.value(name); };
    auto secret = [this, &parser](const QString &name) { return secretInput(parser, name); };
    auto has = [this, &parser](const QString &name) { return hasSecretInput(parser, name); };
    TokenRequest request;
    if (approved) {
        request = approved->repeatRequest().value_or(TokenRequest());
        // A connect token is never kept: the ID share token's maker gives it again.
        if (request.operation() == Operation::SumsubIdShareToken)
            request.set(Field::ConnectToken, secret(u"connect-token"_s));
    } else if (command->operation == Operation::SumsubIdConnectToken) { // or its refresh: two in one
        const bool refresh = has(u"refresh-token"_s);
        const bool code = has(u"code"_s) || has(u"redirect-url"_s);
        if (refresh == code)
            return usageError(
                tr("Give either --code or --redirect-url (an authorization), or --refresh-token."));
        if (has(u"code"_s) && has(u"redirect-url"_s))
            return usageError(tr("Give --code or --redirect-url, not both."));
        if (refresh && parser.isSet(u"state"_s))
            return usageError(tr("--state goes with --redirect-url, not with --refresh-token."));
        if (code && parser.isSet(u"scope"_s))
            return usageError(tr("--scope goes with --refresh-token; an authorization's scope was chosen in "
                                 "the authorize URL."));
        request = TokenRequest(refresh ? Operation::SumsubIdConnectRefresh : Operation::SumsubIdConnectToken);
        request.set(Field::RefreshToken, secret(u"refresh-token"_s));
        request.set(Field::Scope, valueOf(u"scope"_s));
        request.set(Field::AuthorizationResponse,
                    has(u"code"_s) ? secret(u"code"_s) : secret(u"redirect-url"_s));
        request.set(Field::ExpectedState, valueOf(u"state"_s));
        request.set(Field::CodeVerifier, secret(u"code-verifier"_s));
    } else {
        // Each field of the operation's spec from its option (a secret one from standard input or the
        // environment too); a TTL not given is the operation's default.
        const Operation op = *command->operation;
        request = TokenRequest(op);
        for (const Field field : TokenRequest::fieldsOf(op)) {
            const FieldSpec &spec = specOf(field);
            const QString name = QLatin1String(spec.cliOption).mid(2);
            if (name.contains(u'/'))
                continue; // given by one of two options: --referrer or --app-id chooses the SDK
            request.set(field, spec.secret ? secret(name) : valueOf(name));
        }
        if (TokenRequest::fieldsOf(op).contains(Field::TtlSecs) && !parser.isSet(u"ttl"_s))
            request.set(Field::TtlSecs, QString::number(TokenRequest::defaultTtlSecs(op)));
    }
    if (!approved)
        request.set(Field::Reason, parser.value(reasonOption));
    // More than any vendor documents as needed: only when asked for by name.
    if (request.validate().isEmpty()) {
        for (const TokenRequest::Concern &concern : request.cautions()) {
            const QCommandLineOption &allow = concern.caution == TokenRequest::Caution::BroadReferrer
                                                  ? allowBroadOption
                                                  : allowLongTtlOption;
            if (!parser.isSet(allow))
                return usageError(concern.message + u' ' +
                                  tr("Nothing was sent. If the partner needs it, pass --%1.")
                                      .arg(allow.names().constFirst()));
        }
    }
    EnvironmentCredentialSource environment;
    KeychainSecretStore keychain;
    KeychainCredentialSource profileSecrets(&keychain);
    RoutingCredentialSource credentials(&profileSecrets, &environment,
                                        RoutingCredentialSource::Rule::EnvironmentFirst);
    if (credentials.overridesProfile(profile))
        print(m_err, tr("kyc-share: using the credentials in the environment instead of the profile's.\n"));
    return issue(profile, request, &credentials, approved ? approved->id : 0);
}

QString Cli::tokenVariable(const QString &name)
{
    return u"KYC_SHARE_"_s + name.toUpper().replace(u'-', u'_');
}

bool Cli::readTokensFromStdin(const QCommandLineParser &parser)
{
    if (!parser.isSet(u"tokens-stdin"_s))
        return true;
    const QStringList names{u"code"_s, u"redirect-url"_s, u"code-verifier"_s, u"refresh-token"_s,
                            u"connect-token"_s};
    QFile in;
    if (!in.open(m_in, QIODevice::ReadOnly)) {
        print(m_err, tr("kyc-share: --tokens-stdin: standard input cannot be read.\n"));
        return false;
    }
    int line = 0;
    while (!in.atEnd()) {
        ++line;
        const QString text = QString::fromUtf8(in.readLine()).trimmed();
        if (text.isEmpty())
            continue;
        const qsizetype equals = text.indexOf(u'=');
        const QString name = text.left(equals).trimmed();
        if (equals < 0 || !names.contains(name)) {
            // Never the line itself: it may be a token.
            print(m_err, tr("kyc-share: --tokens-stdin: line %1 is not NAME=VALUE with NAME one of %2.\n")
                             .arg(line)
                             .arg(names.join(u", "_s)));
            return false;
        }
        m_stdinTokens.insert(name, text.mid(equals + 1).trimmed());
    }
    return true;
}

bool Cli::hasSecretInput(const QCommandLineParser &parser, const QString &name) const
{
    return parser.isSet(name) || m_stdinTokens.contains(name) ||
           !EnvironmentCredentialSource::taken(tokenVariable(name).toLatin1().constData()).isEmpty();
}

QString Cli::secretInput(const QCommandLineParser &parser, const QString &name)
{
    if (parser.isSet(name)) {
        print(m_err,
              tr("kyc-share: warning: --%1 on the command line is visible to every user of this machine "
                 "(ps, /proc) and stays in shell history. Pass it on standard input with --tokens-stdin "
                 "(a line %1=VALUE) or in %2 instead.\n")
                  .arg(name, tokenVariable(name)));
        return parser.value(name);
    }
    if (m_stdinTokens.contains(name))
        return m_stdinTokens.value(name);
    return EnvironmentCredentialSource::taken(tokenVariable(name).toLatin1().constData());
}

int Cli::authorizeUrl(const QCommandLineParser &parser, const Profile &profile)
{
    // Nothing is sent: the URL is for the operator's browser.
    const QString clientId = parser.value(u"client-id"_s).trimmed();
    const QString redirectUri = parser.value(u"redirect-uri"_s).trimmed();
    const QString scope = parser.isSet(u"scope"_s) ? parser.value(u"scope"_s).trimmed() : u"share"_s;
    const SumsubIdConnect::AuthorizeProblems p =
        SumsubIdConnect::checkAuthorizeInput(clientId, redirectUri, scope);
    QStringList problems;
    if (!p.clientId.isEmpty())
        problems << u"--client-id: "_s + p.clientId;
    if (!p.redirectUri.isEmpty())
        problems << u"--redirect-uri: "_s + p.redirectUri;
    if (!p.scope.isEmpty())
        problems << u"--scope: "_s + p.scope;
    if (!problems.isEmpty())
        return usageError(problems.join(u"\n  "_s));

    const SumsubIdConnect::Authorization a =
        SumsubIdConnect::authorize(SumsubIdConnect::idBaseUrlFor(profile.baseUrl), clientId, redirectUri,
                                   scope.split(u' ', Qt::SkipEmptyParts));
    const QJsonObject o{{u"url"_s, QString::fromUtf8(a.url.toEncoded())},
                        {u"codeVerifier"_s, QString::fromLatin1(a.codeVerifier)},
                        {u"state"_s, a.state}};
    print(m_out, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + u'\n');
    print(m_err, tr("Open the URL in a browser; after consent, pass the address it ends on to\n"
                    "  kyc-share sumsub id-connect-token --redirect-url URL --code-verifier V --state S\n"));
    return Issued;
}

int Cli::testConnection(const Profile &profile, SecretStore *secrets)
{
    Transport transport;
    KeychainCredentialSource credentials(secrets);
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
        printFailure(result.failure);
        if (!clock.isEmpty())
            print(m_err, u"  "_s + clock + u'\n');
        return exitStatusFor(result.failure.kind);
    }
    if (m_json) {
        QJsonObject o{{u"ok"_s, true}, {u"profile"_s, profile.name}};
        if (result.clockSkewSecs)
            o.insert(u"clockSkewSecs"_s, *result.clockSkewSecs);
        print(m_out, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + u'\n');
    } else {
        print(m_out, tr("Connected to %1 at %2 with profile \"%3\": the credentials work.\n")
                         .arg(providerDisplayName(profile.provider), profile.baseUrl.toDisplayString(),
                              profile.name));
        if (!clock.isEmpty())
            print(m_out, clock + u'\n');
    }
    return Issued;
}

int Cli::issue(const Profile &profile, const TokenRequest &request, CredentialSource *credentials,
               qint64 approvedRequest)
{
    const std::unique_ptr<HistoryStore> history = HistoryCommands::open(m_historyLocation, m_err);
    if (!history)
        return HistoryFailed;
    m_historyDescription = history->description();
    auto transport = std::make_unique<Transport>();
    Issuer issuer(transport.get(), credentials);
    issuer.setHistory(history.get());

    QEventLoop loop;
    int status = Unexpected;
    bool abandoned = false;
    PendingIssue *pending = issuer.issue(profile, request, approvedRequest);
    QObject::connect(pending, &PendingIssue::finished, &loop, [&](const Outcome &outcome) {
        if (outcome.isIssued()) {
            printIssued(outcome.issued());
            status = Issued;
        } else if (outcome.failure().kind == FailureKind::AwaitingApproval) {
            // Only a request that passed its check waits for approval.
            printPending(outcome.failure(),
                         HistoryEntry::fromAttempt(profile, *pending->request(), outcome.failure(),
                                                   issuer.now(), QString()));
            status = exitStatusFor(outcome.failure().kind);
        } else {
            printFailure(outcome.failure());
            status = exitStatusFor(outcome.failure().kind);
            abandoned = outcome.failure().kind == FailureKind::Timeout;
        }
        loop.quit();
    });
    loop.exec();
    // After a timeout, Qt's network thread may still be busy with what the server keeps sending (a flood
    // of headers is read a byte at a time), and tearing the transport down would wait up to 5 s for it.
    // The outcome is printed and recorded: the process ends without waiting (main() sees to it).
    if (abandoned) {
        m_leftBusyNetwork = true;
        (void)transport.release();
    }
    return status;
}

void Cli::printIssued(const IssuedToken &t)
{
    QJsonObject o{{u"token"_s, t.token}, {u"expiresAt"_s, isoUtc(t.expiresAt)}};
    QString text = tr("token:          %1\n").arg(t.token);
    switch (t.operation) {
    case Operation::SumsubShareToken:
    case Operation::SumsubIdShareToken:
        o.insert(u"forClientId"_s, t.partner);
        o.insert(u"ttlInSecs"_s, t.ttlSecs);
        text += tr("partner:        %1\nttl:            %2 s\n").arg(t.partner).arg(t.ttlSecs);
        if (t.operation == Operation::SumsubIdShareToken) {
            const bool allowed = t.sharingAllowed.value_or(false);
            o.insert(u"sharingAllowed"_s, allowed);
            text += tr("sharing allowed: %1\n").arg(allowed ? tr("yes") : tr("NO"));
            if (!allowed)
                print(
                    m_err,
                    tr("kyc-share: sharing with %1 is not allowed yet: the Sumsub ID user must first consent "
                       "to sharing with that partner (a share link); the token alone will not work.\n")
                        .arg(t.partner));
        }
        break;
    case Operation::SumsubIdConnectToken:
    case Operation::SumsubIdConnectRefresh: {
        o.insert(u"tokenType"_s, t.tokenType);
        o.insert(u"expiresIn"_s, t.ttlSecs);
        const QString &refresh = t.refreshToken;
        if (!refresh.isEmpty())
            o.insert(u"refreshToken"_s, refresh);
        text += tr("expires in:     %1 s\nrefresh token:  %2\n")
                    .arg(t.ttlSecs)
                    .arg(refresh.isEmpty() ? tr("(not granted)") : refresh);
        if (t.idTokenClaims) {
            const QJsonObject &claims = *t.idTokenClaims;
            o.insert(u"idTokenClaimsUnverified"_s, claims);
            text += tr("id_token claims (NOT verified): %1\n")
                        .arg(QString::fromUtf8(QJsonDocument(claims).toJson(QJsonDocument::Compact)));
        }
        break;
    }
    case Operation::ComplyCubeSdkToken: {
        const bool web = t.sdk == SdkKind::Web;
        o.insert(u"clientId"_s, t.clientId);
        o.insert(web ? u"referrer"_s : u"appId"_s, t.partner);
        text += tr("client:         %1\n%2%3\n")
                    .arg(t.clientId, web ? tr("referrer:       ") : tr("app ID:         "), t.partner);
        break;
    }
    }
    text += tr("expires at:     %1\n").arg(isoUtc(t.expiresAt));
    o.insert(u"history"_s, m_historyDescription);
    print(m_out, m_json ? QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + u'\n' : text);
}

void Cli::printPending(const Failure &f, const HistoryEntry &what)
{
    print(m_err, u"kyc-share: "_s + Outcome::headline(f) + u"\n  "_s + Outcome::advice(f) + u'\n');
    QJsonObject pending{
        {u"id"_s, f.requestId},
        {u"operation"_s, what.operation},
        {u"subject"_s, nullable(what.subject)},
        {u"partner"_s, nullable(what.partner)},
        {u"ttlSecs"_s, what.ttlSecs == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(what.ttlSecs)},
        {u"history"_s, m_historyDescription}};
    if (m_json)
        print(m_out, QString::fromUtf8(
                         QJsonDocument(QJsonObject{{u"pending"_s, pending}}).toJson(QJsonDocument::Compact)) +
                         u'\n');
    else
        print(m_out, tr("pending:        request %1\n").arg(f.requestId));
}

void Cli::printFailure(const Failure &f)
{
    // A vendor's words and codes, and anything pasted that a message repeats, are escaped for the
    // terminal: an answer cannot recolour it, move its cursor or turn its text around.
    const auto safe = &Validators::forTerminal;
    QString text = u"kyc-share: "_s + safe(Outcome::headline(f)) + u'\n';
    for (const FieldError &e : f.fieldErrors)
        text += u"  "_s + optionFor(e.field) + u": "_s + safe(e.message) + u'\n';
    if (f.fieldErrors.isEmpty() && !f.message.isEmpty()) {
        QString detail = safe(f.message);
        if (f.httpStatus != 0) {
            QString code = tr("HTTP %1").arg(f.httpStatus);
            if (!f.providerCode.isEmpty())
                code += tr(", error code %1").arg(safe(f.providerCode));
            if (!f.name.isEmpty())
                code += u" ("_s + safe(f.name) + u')';
            detail = code + u": "_s + detail;
        }
        text += u"  "_s + detail + u'\n';
    }
    if (!f.correlationId.isEmpty())
        text += tr("  correlationId: %1\n").arg(safe(f.correlationId));
    if (const QString advice = Outcome::advice(f); !advice.isEmpty() && advice != f.message)
        text += u"  "_s + safe(advice) + u'\n';
    print(m_err, text);

    if (!m_json)
        return;
    QJsonObject error{
        {u"kind"_s, failureKindKey(f.kind)},
        {u"httpStatus"_s, f.httpStatus == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(f.httpStatus)},
        {u"code"_s, providerCodeJson(f.providerCode)},
        {u"name"_s, nullable(f.name)},
        {u"description"_s, f.message},
        {u"correlationId"_s, nullable(f.correlationId)},
        {u"advice"_s, nullable(Outcome::advice(f))}};
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
    print(m_out,
          QString::fromUtf8(QJsonDocument(QJsonObject{{u"error"_s, error}}).toJson(QJsonDocument::Compact)) +
              u'\n');
}

} // namespace kyc::cli
