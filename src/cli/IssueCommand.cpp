#include "cli/IssueCommand.h"

#include "cli/AuthorizeUrlCommand.h"
#include "cli/CommandLine.h"
#include "cli/ExitStatus.h"
#include "cli/HistoryCommands.h"
#include "cli/OutcomePrinter.h"
#include "cli/TokenInput.h"
#include "core/history/HistoryStore.h"
#include "core/issuing/Issuer.h"
#include "core/net/Transport.h"
#include "core/partners/PartnerBook.h"
#include "core/profiles/ProfileStore.h"
#include "core/tokens/OperationSpec.h"
#include "core/tokens/Validators.h"

#include <QEventLoop>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kyc::cli {

const QList<IssueCommand::Spec> &IssueCommand::commands()
{
    static const QList<Spec> list = [] {
        QList<Spec> all;
        for (const OperationSpec &spec : operationSpecs()) {
            const QString provider = QLatin1String(spec.cliProvider);
            const QString name = QLatin1String(spec.cliCommand);
            auto it = std::find_if(all.begin(), all.end(),
                                   [&](const Spec &c) { return c.provider == provider && c.name == name; });
            if (it == all.end()) {
                all.append(Spec{provider, name, {}, spec.operation});
                it = all.end() - 1;
            }
            for (const Field field : spec.fields) {
                for (const QString &option : OutcomePrinter::optionFor(field).split(u'/')) {
                    const QString bare = option.mid(2);
                    if (!it->options.contains(bare))
                        it->options << bare;
                }
            }
        }
        // A redeem is a reuse unless --preview or --copy says otherwise.
        for (Spec &c : all) {
            if (c.operation == Operation::SumsubReuse)
                c.options << u"preview"_s << u"copy"_s;
        }
        all.append(Spec{
            u"sumsub"_s, u"id-connect-authorize-url"_s, {u"client-id"_s, u"redirect-uri"_s, u"scope"_s}});
        return all;
    }();
    return list;
}

const IssueCommand::Spec *IssueCommand::find(const QStringList &positional)
{
    for (const Spec &c : commands()) {
        if (positional.size() == 2 && positional.at(0) == c.provider && positional.at(1) == c.name)
            return &c;
    }
    return nullptr;
}

const IssueCommand::Spec *IssueCommand::forOperation(Operation operation)
{
    // By the spec's command: a refresh is issued by id-connect-token, a preview or a copy by redeem.
    const OperationSpec &spec = specOf(operation);
    return find({QLatin1String(spec.cliProvider), QLatin1String(spec.cliCommand)});
}

IssueCommand::IssueCommand(const CommandLine &line, const Io &io, const HistoryLocation &history)
    : Command(line, io)
    , m_history(history)
{}

int IssueCommand::run(const Spec &command, const std::optional<HistoryEntry> &approved)
{
    if (const std::optional<int> refused = refusedOptions(command))
        return *refused;
    if (!command.operation && m_line.isSet(m_line.reason))
        return usageError(tr("--reason goes with the commands that issue."));
    if (!command.operation && m_line.isSet(m_line.partnerRules))
        return usageError(tr("--partner-rules goes with the commands that issue."));
    const std::variant<Profile, int> chosen = profileFor(command);
    if (const int *status = std::get_if<int>(&chosen))
        return *status;
    const Profile &profile = std::get<Profile>(chosen);
    if (!command.operation) // the authorize URL: nothing issued
        return AuthorizeUrlCommand(m_line, m_io).run(profile);

    const std::variant<TokenRequest, int> request = requestFor(command, approved);
    if (const int *status = std::get_if<int>(&request))
        return *status;
    Credentials credentials;
    return issue(profile, std::get<TokenRequest>(request), credentials.forProfile(profile, m_io),
                 approved ? approved->id : 0);
}

std::optional<int> IssueCommand::refusedOptions(const Spec &command) const
{
    for (const QCommandLineOption &o : m_line.fieldOptions) {
        const QString name = o.names().constFirst();
        if (m_line.isSet(name) && !command.options.contains(name))
            return usageError(
                tr("--%1 does not apply to '%2 %3'.").arg(name, command.provider, command.name));
    }
    const QString rules = m_line.isSet(m_line.partnerRules) ? m_line.value(m_line.partnerRules) : u"on"_s;
    if (rules != u"on" && rules != u"off")
        return usageError(tr("--partner-rules is on or off."));
    return std::nullopt;
}

bool IssueCommand::partnerRulesEnforced() const
{
    return m_line.value(m_line.partnerRules) != u"off";
}

TokenRequest IssueCommand::requestFromOptions(Operation operation,
                                              const std::function<QString(const QString &)> &secret) const
{
    TokenRequest request(operation);
    for (const Field field : TokenRequest::fieldsOf(operation)) {
        const FieldSpec &spec = specOf(field);
        const QString name = QLatin1String(spec.cliOption).mid(2);
        if (name.contains(u'/'))
            continue; // given by one of two options: --referrer or --app-id chooses the SDK
        request.set(field, spec.secret ? secret(name) : m_line.value(name));
    }
    if (TokenRequest::fieldsOf(operation).contains(Field::TtlSecs) && !m_line.isSet(u"ttl"_s))
        request.set(Field::TtlSecs, QString::number(TokenRequest::defaultTtlSecs(operation)));
    return request;
}

CredentialSource *IssueCommand::Credentials::forProfile(const Profile &profile, const Io &io)
{
    if (routing.overridesProfile(profile))
        print(io.err, tr("kyc-share: using the credentials in the environment instead of the profile's.\n"));
    return &routing;
}

std::variant<Profile, int> IssueCommand::profileFor(const Spec &command) const
{
    const Provider provider = providerFromKey(command.provider).value_or(Provider::Sumsub);
    Profile profile;
    profile.name = u"environment"_s;
    profile.provider = provider;
    profile.environment = Environment::NoAccount; // no label: the key's prefix says where it issues
    profile.baseUrl = Profile::defaultBaseUrl(provider);
    if (m_line.isSet(m_line.profile)) {
        const std::unique_ptr<QSettings> settings = ProfileStore::openDefaultSettings();
        const std::optional<Profile> stored = ProfileStore(settings.get()).find(m_line.value(m_line.profile));
        if (!stored)
            return usageError(tr("There is no profile named \"%1\". 'kyc-share profile list' shows them.")
                                  .arg(m_line.value(m_line.profile)));
        if (stored->provider != provider)
            return usageError(tr("The profile \"%1\" is a %2 account; '%3 %4' needs a %5 profile.")
                                  .arg(stored->name, providerDisplayName(stored->provider), command.provider,
                                       command.name, providerDisplayName(provider)));
        profile = *stored;
    }
    if (m_line.isSet(m_line.baseUrl)) {
        const QString baseUrl = m_line.value(m_line.baseUrl).trimmed();
        if (const QString problem = Validators::checkBaseUrl(baseUrl); !problem.isEmpty())
            return usageError(u"--base-url: "_s + problem);
        profile.baseUrl = QUrl(baseUrl);
    }
    if (m_line.isSet(m_line.caFile))
        profile.caFile = m_line.value(m_line.caFile);
    if (m_line.isSet(m_line.timeout)) {
        bool ok = false;
        const int secs = m_line.value(m_line.timeout).toInt(&ok);
        if (!ok || secs < 1 || secs > 600)
            return usageError(tr("--timeout takes a whole number of seconds from 1 to 600."));
        profile.timeoutMs = secs * 1000;
    }
    return profile;
}

std::variant<TokenRequest, int> IssueCommand::requestFor(const Spec &command,
                                                         const std::optional<HistoryEntry> &approved)
{
    TokenInput tokens(m_line, m_io);
    if (!tokens.read())
        return BadInput;
    auto valueOf = [this](const QString &name) { return m_line.value(name); };
    auto secret = [&tokens](const QString &name) { return tokens.take(name); };
    auto has = [&tokens](const QString &name) { return tokens.has(name); };
    TokenRequest request;
    if (approved) {
        request = approved->repeatRequest().value_or(TokenRequest());
        // A token is never kept (a connect token, a share token): the request's maker gives it again.
        for (const Field field : TokenRequest::fieldsOf(request.operation())) {
            if (specOf(field).kept == FieldSpec::Kept::SubjectFingerprint)
                request.set(
                    field,
                    tokens.takeOrRead(
                        QLatin1String(specOf(field).cliOption).mid(2),
                        tr("Paste the %1 again, then Enter: ").arg(fieldDisplayName(field).toLower())));
        }
    } else if (command.operation == Operation::SumsubReuse) { // or its preview, or a copy: three in one
        const bool preview = m_line.isSet(u"preview"_s);
        const bool copy = m_line.isSet(u"copy"_s);
        if (preview && copy)
            return usageError(tr("Give --preview or --copy, not both."));
        if (copy)
            print(m_io.err, tr("kyc-share: --copy: the applicant is copied without rechecks. Under most "
                               "regulations that is not a KYC procedure; Sumsub sells it as a separate "
                               "product. Reuse (without --copy) rechecks for your level.\n"));
        if (copy && m_line.isSet(u"level-name"_s))
            print(m_io.err, tr("kyc-share: --copy does not send --level-name: a copied applicant is not "
                               "rechecked for a level.\n"));
        request = TokenRequest(preview ? Operation::SumsubReusePreview
                               : copy  ? Operation::SumsubCopyApplicant
                                       : Operation::SumsubReuse);
        request.set(Field::ShareToken,
                    tokens.takeOrRead(u"share-token"_s, tr("Paste the partner's share token, then Enter: ")));
        if (!copy)
            request.set(Field::LevelName, valueOf(u"level-name"_s));
    } else if (command.operation == Operation::SumsubIdConnectToken) { // or its refresh: two in one
        const bool refresh = has(u"refresh-token"_s);
        const bool code = has(u"code"_s) || has(u"redirect-url"_s);
        if (refresh == code)
            return usageError(
                tr("Give either --code or --redirect-url (an authorization), or --refresh-token."));
        if (has(u"code"_s) && has(u"redirect-url"_s))
            return usageError(tr("Give --code or --redirect-url, not both."));
        if (refresh && m_line.isSet(u"state"_s))
            return usageError(tr("--state goes with --redirect-url, not with --refresh-token."));
        if (code && m_line.isSet(u"scope"_s))
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
        // environment too).
        request = requestFromOptions(*command.operation, secret);
    }
    if (!approved)
        request.set(Field::Reason, m_line.value(m_line.reason));
    // More than any vendor documents as needed: only when asked for by name. (An invalid request has no
    // cautions; the Issuer reports its field errors.)
    for (const TokenRequest::Concern &concern : request.cautions()) {
        const QCommandLineOption &allow =
            concern.caution == TokenRequest::Caution::BroadReferrer ? m_line.allowBroad : m_line.allowLongTtl;
        if (!m_line.isSet(allow))
            return usageError(
                concern.message + u' ' +
                tr("Nothing was sent. If the partner needs it, pass --%1.").arg(allow.names().constFirst()));
    }
    return request;
}

int IssueCommand::issue(const Profile &profile, const TokenRequest &request, CredentialSource *credentials,
                        qint64 approvedRequest)
{
    const std::unique_ptr<HistoryStore> history = HistoryCommands::open(m_history, m_io.err);
    if (!history)
        return HistoryFailed;
    const OutcomePrinter printer(m_io, history->description());
    Transport transport;
    Issuer issuer(&transport, credentials);
    issuer.setHistory(history.get());
    // The partners' rules from the address book the console keeps in the same settings.
    const std::unique_ptr<QSettings> settings = ProfileStore::openDefaultSettings();
    const PartnerBook partners(settings.get());
    const bool rulesOff = !partnerRulesEnforced();
    issuer.setPartnerRules(&partners, !rulesOff);
    if (rulesOff)
        print(m_io.err,
              tr("kyc-share: the partners' rules are off for this request; its record says so if one "
                 "of them would have refused it.\n"));

    QEventLoop loop;
    int status = Unexpected;
    PendingIssue *pending = issuer.issue(profile, request, approvedRequest);
    QObject::connect(pending, &PendingIssue::finished, &loop, [&](const Outcome &outcome) {
        if (outcome.isIssued()) {
            printer.issued(outcome.issued());
            status = Issued;
        } else if (outcome.failure().kind == FailureKind::AwaitingApproval) {
            // Only a request that passed its check waits for approval.
            printer.pending(outcome.failure(),
                            HistoryEntry::fromAttempt(profile, *pending->request(), outcome.failure(),
                                                      issuer.now(), QString()));
            status = exitStatusFor(outcome.failure().kind);
        } else {
            printer.failure(outcome.failure());
            status = exitStatusFor(outcome.failure().kind);
        }
        loop.quit();
    });
    loop.exec();
    return status;
}

} // namespace kyc::cli
