#include "cli/CommandLine.h"

using namespace Qt::StringLiterals;

namespace kyc::cli {

CommandLine::CommandLine()
    : description(tr(
          "Issues KYC share tokens from the command line.\n"
          "\n"
          "Commands:\n"
          "  sumsub share-token --applicant-id ID --for-client-id PARTNER [--ttl SECS]\n"
          "      A Sumsub share token (Reusable KYC) for one applicant and one partner (TTL default 600).\n"
          "  sumsub id-connect-authorize-url --client-id ID --redirect-uri URI [--scope \"share ...\"]\n"
          "      The Sumsub ID consent URL to open in a browser, with a fresh code verifier and state "
          "(JSON).\n"
          "  sumsub id-connect-token (--code CODE | --redirect-url URL) --code-verifier V [--state S]\n"
          "  sumsub id-connect-token --refresh-token TOKEN --code-verifier V [--scope \"share name\"]\n"
          "      A Sumsub ID Connect access token, from the code (or the address the browser ended on)\n"
          "      or from a refresh token.\n"
          "  sumsub id-share-token --connect-token TOKEN --for-client-id PARTNER [--ttl SECS]\n"
          "      A Sumsub ID share token (TTL default 1800).\n"
          "  complycube sdk-token --client-id ID (--referrer PATTERN | --app-id APPID)\n"
          "      A ComplyCube SDK token for the Web SDK (referrer) or a mobile SDK (app ID), valid 60 "
          "minutes.\n"
          "  sumsub redeem --level-name LEVEL [--preview] | sumsub redeem --copy\n"
          "      The receiving side: a partner's share token, read from standard input, redeemed with your\n"
          "      account. Reuse (default) makes a new applicant rechecked for your level (a KYC procedure);\n"
          "      --preview runs the same checks and copies nothing; --copy takes the applicant without\n"
          "      rechecks, which is NOT a KYC procedure (a separate Sumsub product).\n"
          "  batch sumsub share-token --csv FILE [--for-client-id PARTNER] [--ttl SECS] [--dry-run]\n"
          "        [--out FILE] [--waves | --no-waves] [--resume ID [--retry-rows N,N]] [--new-batch]\n"
          "  batch sumsub id-share-token --csv FILE ... | batch complycube sdk-token --csv FILE ...\n"
          "      One token per row of a CSV (UTF-8, ',' or ';'; its first line names the columns by the\n"
          "      vendor's keys: applicantId, forClientId, ttlInSecs; sumsubIdConnectToken; clientId,\n"
          "      referrer, appId; reason). Every row is checked before anything is sent, then sent just\n"
          "      under the vendor's rate limit, each recorded with the batch's ID. Each row's outcome is a\n"
          "      JSON object a line on standard output, the only place its token goes (--out FILE: a new\n"
          "      file, yours alone). A row whose outcome is in doubt is never sent again by itself.\n"
          "      --resume ID goes on where the batch stopped, with the same CSV.\n"
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
          "      Accounts: their fields in the settings, their secrets in the OS keychain. Secrets are "
          "typed\n"
          "      without echo, or with --secret-stdin read one a line (Sumsub: the app token, then the "
          "secret\n"
          "      key; ComplyCube: the API key); never from an argument.\n"
          "  partner list | show ID | remove ID [--provider P]\n"
          "  partner set ID [--provider sumsub|complycube] [--name NAME] [--operations OP,OP|any]\n"
          "              [--max-ttl SECS|none] [--level-name LEVEL] [--note TEXT]\n"
          "      The partner address book the console completes from, and each partner's rules: the\n"
          "      operations it takes and the longest TTL, applied before anything is sent (an issuing\n"
          "      command's --partner-rules off issues regardless, and its record says so).\n"
          "\n"
          "Issuing commands take --profile NAME. Environment variables override a profile's secrets, for\n"
          "automation: KYC_SHARE_SUMSUB_APP_TOKEN and KYC_SHARE_SUMSUB_SECRET_KEY, "
          "KYC_SHARE_COMPLYCUBE_API_KEY.\n"
          "--base-url is the scheme, host and port only, for either vendor.\n"
          "The history is a SQLite file of your own, unless --history-url (or KYC_SHARE_HISTORY_URL) names "
          "a\n"
          "team's PostgreSQL database: postgresql://USER@HOST:PORT/DB, never with a password in it (libpq's\n"
          "PGPASSWORD or ~/.pgpass instead). A server other than this machine is reached only over verified\n"
          "TLS; ?sslrootcert=/path/ca.pem adds a CA to the system's.\n"
          "Nothing is retried automatically: a failed request is reported, and sent again only when you "
          "say\n"
          "(a batch sends a row answered 429 again after its Retry-After: a 429 issued nothing).\n"
          "Tokens and codes given as arguments are visible to every user of the machine (ps, /proc) and kept "
          "in\n"
          "shell history: pass them with --tokens-stdin (lines like refresh-token=VALUE) or in the "
          "environment\n"
          "(KYC_SHARE_CODE, KYC_SHARE_REDIRECT_URL, KYC_SHARE_CODE_VERIFIER, KYC_SHARE_REFRESH_TOKEN,\n"
          "KYC_SHARE_CONNECT_TOKEN, KYC_SHARE_SHARE_TOKEN); both are removed from the process's environment\n"
          "at start.\n"
          "\n"
          "Exit status: 0 issued; 1 unexpected error; 2 bad input or missing credentials (nothing sent);\n"
          "3 the provider refused the request (including rate limits and unknown IDs); 4 authentication\n"
          "failed (credentials, signature, clock, permission, or a code or token the provider refuses);\n"
          "5 network or TLS failure; 6 the provider failed or answered something unreadable;\n"
          "7 the history could not be written (nothing was sent, or no token is printed) or failed "
          "verification;\n"
          "8 a batch ended with rows not issued (failed, in doubt or not sent: --resume goes on);\n"
          "9 the team requires a second person's approval: a request was recorded, nothing was sent."))
    , baseUrl(u"base-url"_s, tr("The provider's scheme, host and port (default: the vendor's API)."),
              u"URL"_s)
    , caFile(u"ca-file"_s,
             tr("Also trust the CA certificate(s) in this PEM file (a TLS-inspecting proxy's)."), u"PEM"_s)
    , json(u"json"_s, tr("Print one JSON object on standard output."))
    , timeout(u"timeout"_s, tr("Give up on the provider after this many seconds (default 30)."), u"SECS"_s)
    , profile(u"profile"_s, tr("Issue with this profile's account."), u"NAME"_s)
    , historyUrl(u"history-url"_s,
                 tr("The history to use: a team's postgresql://USER@HOST:PORT/DB, or a SQLite file."),
                 u"URL"_s)
    , requireApproval(
          u"require-approval"_s,
          tr("team init: what needs a second person's approval: production (default), all or none."),
          u"WHAT"_s)
    , reason(u"reason"_s, tr("The reason or ticket, kept in the history."), u"TEXT"_s)
    , tokensStdin(u"tokens-stdin"_s,
                  tr("Read tokens and codes from standard input, one NAME=VALUE a line (code, redirect-url, "
                     "code-verifier, refresh-token, connect-token, share-token), instead of from arguments "
                     "every user can see."))
    , allowBroad(u"allow-broad"_s,
                 tr("Issue for a referrer any site can match (a bare * host, or *.com and the like)."))
    , allowLongTtl(u"allow-long-ttl"_s, tr("Issue with a TTL of more than 24 hours."))
    , partnerRules(u"partner-rules"_s,
                   tr("on (default): apply the partner's rules from the address book; off: issue regardless, "
                      "which the history records."),
                   u"on|off"_s)
    , batchDryRun(u"dry-run"_s, tr("batch: check every row, say how long sending would take, send nothing."))
    , batchOut(u"out"_s,
               tr("batch: write the rows' outcomes, tokens included, to this new file (mode 0600)."),
               u"FILE"_s)
    , batchResume(u"resume"_s,
                  tr("batch: go on with this batch, from the same CSV; nothing issued is sent "
                     "again."),
                  u"ID"_s)
    , batchRetryRows(u"retry-rows"_s,
                     tr("batch --resume: send again these rows in doubt, which you checked were not issued."),
                     u"N,N"_s)
    , batchNewBatch(u"new-batch"_s, tr("batch: send a CSV sent before again, as a new batch."))
    , batchWaves(u"waves"_s, tr("batch: issue in waves you release one at a time (Enter), each short "
                                "enough for its tokens to be handed over before they expire."))
    , batchNoWaves(u"no-waves"_s, tr("batch: send every row at once, even if the first tokens expire before "
                                     "the last are issued."))
    , profileOptions(QList<QCommandLineOption>{
          {u"name"_s, tr("profile add/edit, partner set: the profile's or partner's name."), u"NAME"_s},
          {u"provider"_s, tr("profile add, partner: sumsub or complycube."), u"PROVIDER"_s},
          {u"environment"_s, tr("profile add/edit: sandbox or production."), u"ENV"_s},
          {u"secret-stdin"_s, tr("profile add/edit: read the secrets from standard input, one a line.")},
          {u"change-secrets"_s, tr("profile edit: type new secrets.")},
      })
    , historyOptions(QList<QCommandLineOption>{
          {u"since"_s, tr("history: from this date or time (UTC), like 2026-11-01."), u"DATE"_s},
          {u"until"_s, tr("history: before this date or time (UTC)."), u"DATE"_s},
          {u"applicant"_s, tr("history: this applicant (or ComplyCube client) only."), u"ID"_s},
          {u"partner"_s, tr("history: this partner only."), u"ID"_s},
          {u"outcome"_s, tr("history: ok, error or unknown (sent, its outcome never recorded)."),
           u"OUTCOME"_s},
          {u"operation"_s, tr("history: this operation only, like sumsub-share-token."), u"OPERATION"_s},
          {u"find"_s, tr("history: rows with this text in the subject, partner, correlation ID or reason."),
           u"TEXT"_s},
          {u"limit"_s, tr("history: at most this many rows (default 100)."), u"N"_s},
          {u"csv"_s, tr("history: print CSV; batch: read the rows from the CSV file that follows.")},
          {u"against"_s, tr("history verify: a checkpoint COUNT:HASH the first records must still match."),
           u"COUNT:HASH"_s},
          {u"export"_s, tr("history verify: verify this JSON export on its own, without the history."),
           u"FILE"_s},
      })
    , fieldOptions(QList<QCommandLineOption>{
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
          {u"share-token"_s, tr("sumsub redeem: the partner's share token (better on standard input)."),
           u"TOKEN"_s},
          {u"preview"_s, tr("sumsub redeem: only check the token against the level; nothing is copied.")},
          {u"copy"_s, tr("sumsub redeem: copy the applicant without rechecks (not a KYC procedure).")},
      })
    , partnerOptions(QList<QCommandLineOption>{
          {u"operations"_s,
           tr("partner set: the operations the partner takes, like sumsub-share-token, comma-separated; "
              "any: every one."),
           u"OPS"_s},
          {u"max-ttl"_s, tr("partner set: the longest TTL the partner takes, in seconds; none: no cap."),
           u"SECS"_s},
          {u"level-name"_s,
           tr("sumsub redeem: your level to recheck the applicant for; partner set: the level the partner "
              "redeems share tokens with."),
           u"LEVEL"_s},
          {u"note"_s, tr("partner set: a note on the partner, for the operators."), u"TEXT"_s},
      })
{
    // In this order: it is the order of --help.
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({baseUrl, caFile, json, timeout, profile, historyUrl, requireApproval});
    parser.addOptions(profileOptions);
    parser.addOption(tokensStdin);
    parser.addOptions({allowBroad, allowLongTtl});
    parser.addOption(reason);
    parser.addOptions(historyOptions);
    parser.addOptions(fieldOptions);
    parser.addOption(partnerRules);
    parser.addOptions(
        {batchDryRun, batchOut, batchResume, batchRetryRows, batchNewBatch, batchWaves, batchNoWaves});
    parser.addOptions(partnerOptions);
    parser.addPositionalArgument(u"provider"_s, tr("sumsub or complycube"));
    parser.addPositionalArgument(u"command"_s, tr("one of the commands above"));
}

QString CommandLine::firstSet(const QList<QCommandLineOption> &options) const
{
    for (const QCommandLineOption &o : options) {
        if (parser.isSet(o.names().constFirst()))
            return o.names().constFirst();
    }
    return QString();
}

} // namespace kyc::cli
