#include "core/history/TeamSchema.h"

#include "core/base/Logging.h"
#include "core/history/AuditChain.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kyc {

QString TeamSchema::policyKey(ApprovalPolicy policy)
{
    switch (policy) {
    case ApprovalPolicy::None:
        return u"none"_s;
    case ApprovalPolicy::Production:
        return u"production"_s;
    case ApprovalPolicy::All:
        return u"all"_s;
    }
    return u"production"_s;
}

std::optional<TeamSchema::ApprovalPolicy> TeamSchema::policyFromKey(const QString &key)
{
    for (const ApprovalPolicy p : {ApprovalPolicy::None, ApprovalPolicy::Production, ApprovalPolicy::All}) {
        if (policyKey(p) == key)
            return p;
    }
    return std::nullopt;
}

bool TeamSchema::requiresApproval(ApprovalPolicy policy, const QString &environment, const QString &operation)
{
    if (operation == u"sumsub-id-connect-token" || operation == u"sumsub-id-connect-refresh")
        return false;
    switch (policy) {
    case ApprovalPolicy::None:
        return false;
    case ApprovalPolicy::Production:
        return environment != u"sandbox"; // production, and a key of unknown environment
    case ApprovalPolicy::All:
        return true;
    }
    return true;
}

QStringList TeamSchema::statements(ApprovalPolicy policy)
{
    // Every column a client may write: all but the operator, which the database fills in.
    QStringList writable;
    for (const char *name : AuditChain::columnNames()) {
        if (qstrcmp(name, "operator") != 0)
            writable << QLatin1String(name);
    }
    writable << u"prev_hash"_s << u"hash"_s;
    const QString lock = QString::number(kChainLock);
    return {
        u"CREATE SCHEMA kyc_share"_s,
        u"CREATE TABLE kyc_share.settings (key text PRIMARY KEY, value text NOT NULL)"_s,
        u"INSERT INTO kyc_share.settings VALUES ('schema_version', '%1'), ('require_approval', '%2'),"
        " ('approval_valid_hours', '%3')"_s.arg(QString::number(kVersion), policyKey(policy),
                                                QString::number(kApprovalValidHours)),
        // The same columns, in the same order, as a SQLite history's records.
        u"CREATE TABLE kyc_share.records ("
        "  id bigint PRIMARY KEY, kind text NOT NULL, intent_id bigint,"
        "  at_ms bigint NOT NULL, at_utc text NOT NULL,"
        "  operator text NOT NULL DEFAULT current_user, profile text, environment text, provider text,"
        "  operation text, subject text, partner text, ttl_secs bigint, expires_at text,"
        "  ok bigint, failure_kind text, http_status bigint, provider_code text, provider_name text,"
        "  correlation_id text, reason text, token_fingerprint text, note text,"
        "  prev_hash text NOT NULL, hash text NOT NULL)"_s,
        u"CREATE INDEX records_at ON kyc_share.records (at_ms)"_s,
        u"CREATE INDEX records_subject ON kyc_share.records (subject, at_ms)"_s,
        u"CREATE INDEX records_partner ON kyc_share.records (partner, at_ms)"_s,
        u"CREATE INDEX records_intent ON kyc_share.records (intent_id) WHERE intent_id IS NOT NULL"_s,
        u"CREATE INDEX records_shown ON kyc_share.records (at_ms) WHERE kind IN ('attempt', 'outcome')"_s,
        u"CREATE INDEX records_intents ON kyc_share.records (id) WHERE kind = 'intent'"_s,
        // The intents that have no outcome yet ("outcome unknown" when they stay so), and the number of
        // records of each kind: derived from the records by a trigger (the records stay the evidence), so
        // that the history need not search millions of intents for the few, or count millions of rows.
        u"CREATE TABLE kyc_share.open_intents (id bigint PRIMARY KEY)"_s,
        // How many records of each kind: the History pane's total without counting millions of rows.
        u"CREATE TABLE kyc_share.record_counts (kind text PRIMARY KEY, n bigint NOT NULL)"_s,
        u"CREATE FUNCTION kyc_share.records_track_intents() RETURNS trigger LANGUAGE plpgsql"
        " SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$\n"
        "BEGIN\n"
        "  IF NEW.kind = 'intent' THEN\n"
        "    INSERT INTO kyc_share.open_intents VALUES (NEW.id);\n"
        "  ELSIF NEW.kind = 'outcome' THEN\n"
        "    DELETE FROM kyc_share.open_intents WHERE id = NEW.intent_id;\n"
        "  END IF;\n"
        "  INSERT INTO kyc_share.record_counts VALUES (NEW.kind, 1)\n"
        "    ON CONFLICT (kind) DO UPDATE SET n = kyc_share.record_counts.n + 1;\n"
        "  RETURN NULL;\n"
        "END $f$"_s,
        u"REVOKE ALL ON FUNCTION kyc_share.records_track_intents() FROM PUBLIC"_s,
        u"CREATE TRIGGER records_track_intents AFTER INSERT ON kyc_share.records"
        " FOR EACH ROW EXECUTE FUNCTION kyc_share.records_track_intents()"_s,
        // One writer at a time at the chain's end, whatever the client does: the lock is taken here too,
        // and the record must follow the head it names.
        // One writer at a time at the chain's end, whatever the client does: the lock is taken here too,
        // and the record must follow the head it names. Then the four eyes: who may decide a request,
        // and what may be issued without, or after, a decision.
        u"CREATE FUNCTION kyc_share.records_append() RETURNS trigger LANGUAGE plpgsql AS $f$\n"
        "DECLARE head_id bigint; head_hash text; policy text; valid_hours int; r record; a record;\n"
        "BEGIN\n"
        "  PERFORM pg_advisory_xact_lock(%1);\n"
        "  IF NEW.operator IS DISTINCT FROM current_user::text THEN\n"
        "    RAISE EXCEPTION 'a record''s operator is the database role that writes it (%), not %',\n"
        "      current_user, NEW.operator USING ERRCODE = 'insufficient_privilege';\n"
        "  END IF;\n"
        "  SELECT id, hash INTO head_id, head_hash FROM kyc_share.records ORDER BY id DESC LIMIT 1;\n"
        "  IF head_id IS NULL THEN\n"
        "    IF NEW.id IS DISTINCT FROM 0 OR NEW.prev_hash IS DISTINCT FROM repeat('0', 64) THEN\n"
        "      RAISE EXCEPTION 'the chain begins with record 0';\n"
        "    END IF;\n"
        "    RETURN NEW;\n"
        "  ELSIF NEW.id IS DISTINCT FROM head_id + 1 OR NEW.prev_hash IS DISTINCT FROM head_hash THEN\n"
        "    RAISE EXCEPTION 'the history is append-only: a record goes only at its end, after record %',\n"
        "      head_id;\n"
        "  END IF;\n"
        "  SELECT value INTO policy FROM kyc_share.settings WHERE key = 'require_approval';\n"
        "  SELECT value::int INTO valid_hours FROM kyc_share.settings WHERE key = 'approval_valid_hours';\n"
        "  IF NEW.kind IN ('approval', 'rejection') THEN\n"
        "    SELECT * INTO r FROM kyc_share.records WHERE id = NEW.intent_id AND kind = 'request';\n"
        "    IF NOT FOUND THEN\n"
        "      RAISE EXCEPTION 'there is no request %', NEW.intent_id;\n"
        "    END IF;\n"
        "    IF r.operator = current_user::text THEN\n"
        "      RAISE EXCEPTION 'request % was made by %, who cannot also decide it: four eyes need a second "
        "person', r.id, r.operator USING ERRCODE = 'insufficient_privilege';\n"
        "    END IF;\n"
        "    IF EXISTS (SELECT 1 FROM kyc_share.records WHERE intent_id = r.id\n"
        "               AND kind IN ('approval', 'rejection')) THEN\n"
        "      RAISE EXCEPTION 'request % was already decided', r.id;\n"
        "    END IF;\n"
        "    IF NEW.kind = 'approval' AND (NEW.expires_at IS NULL OR\n"
        "        NEW.expires_at::timestamptz > clock_timestamp() + make_interval(hours => valid_hours, mins "
        "=> 1)) THEN\n"
        "      RAISE EXCEPTION 'an approval lapses within % hours', valid_hours;\n"
        "    END IF;\n"
        "  ELSIF NEW.kind = 'intent' AND NEW.intent_id IS NULL THEN\n"
        "    IF NEW.operation NOT IN ('sumsub-id-connect-token', 'sumsub-id-connect-refresh') AND\n"
        "       (policy = 'all' OR (policy = 'production' AND NEW.environment IS DISTINCT FROM 'sandbox')) "
        "THEN\n"
        "      RAISE EXCEPTION 'this request needs a second person''s approval first (the team requires it "
        "for %)', policy USING ERRCODE = 'insufficient_privilege';\n"
        "    END IF;\n"
        "  ELSIF NEW.kind = 'intent' THEN\n"
        "    SELECT * INTO r FROM kyc_share.records WHERE id = NEW.intent_id AND kind = 'request';\n"
        "    IF NOT FOUND THEN\n"
        "      RAISE EXCEPTION 'there is no request %', NEW.intent_id;\n"
        "    END IF;\n"
        "    IF r.operator IS DISTINCT FROM current_user::text THEN\n"
        "      RAISE EXCEPTION 'request % is issued only by %, who made it', r.id, r.operator\n"
        "        USING ERRCODE = 'insufficient_privilege';\n"
        "    END IF;\n"
        "    SELECT * INTO a FROM kyc_share.records WHERE intent_id = r.id AND kind IN ('approval', "
        "'rejection');\n"
        "    IF NOT FOUND OR a.kind <> 'approval' THEN\n"
        "      RAISE EXCEPTION 'request % is not approved', r.id USING ERRCODE = 'insufficient_privilege';\n"
        "    END IF;\n"
        "    IF a.expires_at::timestamptz < clock_timestamp() THEN\n"
        "      RAISE EXCEPTION 'the approval of request % lapsed at %', r.id, a.expires_at;\n"
        "    END IF;\n"
        "    IF EXISTS (SELECT 1 FROM kyc_share.records WHERE intent_id = r.id AND kind = 'intent') THEN\n"
        "      RAISE EXCEPTION 'request % was already issued', r.id;\n"
        "    END IF;\n"
        "    IF (NEW.operation, NEW.subject, NEW.partner, NEW.ttl_secs, NEW.environment) IS DISTINCT FROM\n"
        "       (r.operation, r.subject, r.partner, r.ttl_secs, r.environment) THEN\n"
        "      RAISE EXCEPTION 'what is issued differs from request %, which was approved', r.id;\n"
        "    END IF;\n"
        "  END IF;\n"
        "  RETURN NEW;\n"
        "END $f$"_s.arg(lock),
        u"CREATE TRIGGER records_append BEFORE INSERT ON kyc_share.records"
        " FOR EACH ROW EXECUTE FUNCTION kyc_share.records_append()"_s,
        u"CREATE FUNCTION kyc_share.records_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $f$\n"
        "BEGIN\n"
        "  RAISE EXCEPTION 'the history is append-only' USING ERRCODE = 'insufficient_privilege';\n"
        "END $f$"_s,
        // Consoles waiting for approvals hear of requests and decisions at once.
        u"CREATE FUNCTION kyc_share.records_notify() RETURNS trigger LANGUAGE plpgsql AS $f$\n"
        "BEGIN\n"
        "  IF NEW.kind IN ('request', 'approval', 'rejection') THEN\n"
        "    PERFORM pg_notify('kyc_share_approvals', NEW.kind || ' ' || NEW.id);\n"
        "  END IF;\n"
        "  RETURN NULL;\n"
        "END $f$"_s,
        u"CREATE TRIGGER records_notify AFTER INSERT ON kyc_share.records"
        " FOR EACH ROW EXECUTE FUNCTION kyc_share.records_notify()"_s,
        u"CREATE TRIGGER records_no_change BEFORE UPDATE OR DELETE ON kyc_share.records"
        " FOR EACH ROW EXECUTE FUNCTION kyc_share.records_refuse_change()"_s,
        u"CREATE TRIGGER records_no_truncate BEFORE TRUNCATE ON kyc_share.records"
        " FOR EACH STATEMENT EXECUTE FUNCTION kyc_share.records_refuse_change()"_s,
        u"CREATE TRIGGER settings_no_change BEFORE UPDATE OR DELETE ON kyc_share.settings"
        " FOR EACH ROW EXECUTE FUNCTION kyc_share.records_refuse_change()"_s,
        // Roles belong to the whole server: a second team database shares them.
        u"DO $d$ BEGIN\n"
        "  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kyc_operator') THEN\n"
        "    CREATE ROLE kyc_operator NOLOGIN;\n"
        "  END IF;\n"
        "  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kyc_reviewer') THEN\n"
        "    CREATE ROLE kyc_reviewer NOLOGIN;\n"
        "  END IF;\n"
        "END $d$"_s,
        u"REVOKE ALL ON SCHEMA kyc_share FROM PUBLIC"_s,
        u"GRANT USAGE ON SCHEMA kyc_share TO kyc_operator, kyc_reviewer"_s,
        u"GRANT SELECT ON kyc_share.records, kyc_share.settings, kyc_share.open_intents,"
        " kyc_share.record_counts TO kyc_operator, kyc_reviewer"_s,
        u"GRANT INSERT (%1) ON kyc_share.records TO kyc_operator"_s.arg(writable.join(u", "_s)),
    };
}

QStringList TeamSchema::textIndexStatements()
{
    return {
        u"CREATE EXTENSION IF NOT EXISTS pg_trgm"_s,
        u"CREATE INDEX records_text ON kyc_share.records USING gin"
        " (subject gin_trgm_ops, partner gin_trgm_ops, correlation_id gin_trgm_ops, reason gin_trgm_ops)"_s};
}

QString TeamSchema::genesisNote(ApprovalPolicy policy, const QDateTime &at)
{
    return tr("Team history created on %1; approval by a second person required for: %2.")
        .arg(at.toString(Qt::ISODateWithMs), policyKey(policy));
}

bool TeamSchema::install(QSqlDatabase &db, ApprovalPolicy policy, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(u"SELECT 1 FROM pg_namespace WHERE nspname = 'kyc_share'"_s) && q.next()) {
        *error =
            tr("This database already holds a team history (the schema kyc_share); it was left as it is.");
        return false;
    }
    for (const QString &sql : statements(policy)) {
        if (!q.exec(sql)) {
            *error = tr("The team history could not be created: %1").arg(q.lastError().databaseText());
            return false;
        }
    }
    // The text search's index, where the server has pg_trgm (PostgreSQL's contrib, in Debian's server
    // package) and lets this role create it; without it the search reads every row, slowly but right.
    q.exec(u"SAVEPOINT text_index"_s);
    bool indexed = true;
    for (const QString &sql : textIndexStatements())
        indexed = indexed && q.exec(sql);
    if (!indexed) {
        qCWarning(lcIssuer) << "no trigram index for the team history's text search:"
                            << q.lastError().databaseText();
        q.exec(u"ROLLBACK TO SAVEPOINT text_index"_s);
    }
    return true;
}

} // namespace kyc
