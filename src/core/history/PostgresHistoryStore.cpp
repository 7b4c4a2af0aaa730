#include "core/history/PostgresHistoryStore.h"

#include "core/base/Logging.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUuid>

#include <libpq-fe.h> // the types only: the functions are taken from the driver's copy (LibPq)

#include <dlfcn.h>

using namespace Qt::StringLiterals;

namespace kyc {

namespace {
const QString kTable = u"kyc_share.records"_s;

// What the database said, without libpq's "ERROR:" and PL/pgSQL's context lines: the trigger's words
// are written for people.
QString databaseWords(const QSqlError &error)
{
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    text = text.section(u'\n', 0, 0).trimmed();
    if (text.startsWith(u"ERROR:"_s))
        text = text.mid(6).trimmed();
    return text;
}

// How a connection failed, with what to do about it.
QString connectionProblem(const HistoryLocation &l, const QSqlError &error)
{
    return PostgresHistoryStore::tr("The team history at %1 cannot be reached: %2")
        .arg(l.description(), error.databaseText().isEmpty() ? error.text() : error.databaseText().trimmed());
}
} // namespace

PostgresHistoryStore::PostgresHistoryStore()
    : m_connection(u"kyc-team-history-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

PostgresHistoryStore::~PostgresHistoryStore()
{
    close();
}

void PostgresHistoryStore::close()
{
    m_insert.reset();
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_caBundle.reset();
}

QSqlDatabase PostgresHistoryStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

// The schema and the genesis record in one transaction: a team history appears whole, or not at all.
// The genesis record is appended as every record is, so the chain has one writer.
bool PostgresHistoryStore::createTeamHistory(TeamSchema::ApprovalPolicy policy, QString *error)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (!q.exec(u"BEGIN"_s)) {
        *error = connectionProblem(m_location, q.lastError());
        return false;
    }
    if (!TeamSchema::install(db, policy, error)) {
        q.exec(u"ROLLBACK"_s);
        return false;
    }
    HistoryEntry genesis;
    genesis.kind = QLatin1String(AuditChain::kGenesis);
    genesis.at = QDateTime::currentDateTimeUtc();
    genesis.note = TeamSchema::genesisNote(policy, genesis.at);
    m_inTransaction = true;
    const bool written = append(genesis) == 0;
    m_inTransaction = false;
    if (!written || !q.exec(u"COMMIT"_s)) {
        *error = TeamSchema::tr("The team history could not be created: %1")
                     .arg(written ? databaseWords(q.lastError()) : m_error);
        q.exec(u"ROLLBACK"_s);
        return false;
    }
    return true;
}

bool PostgresHistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

// libpq takes one file of CAs: the system's and the one the URL names, written together to a private
// temporary file that lives as long as the connection.
bool PostgresHistoryStore::writeCaBundle(QString *error)
{
    QList<QSslCertificate> cas = QSslConfiguration::systemCaCertificates();
    if (!m_location.extraCa.isEmpty()) {
        QFile file(m_location.extraCa);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("The CA file %1 cannot be read: %2").arg(m_location.extraCa, file.errorString());
            return false;
        }
        const QList<QSslCertificate> extra = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (extra.isEmpty()) {
            *error = tr("The CA file %1 holds no PEM certificate.").arg(m_location.extraCa);
            return false;
        }
        cas += extra;
    }
    m_caBundle = std::make_unique<QTemporaryFile>();
    if (!m_caBundle->open()) {
        *error = tr("The list of trusted CAs could not be written: %1").arg(m_caBundle->errorString());
        return false;
    }
    for (const QSslCertificate &ca : std::as_const(cas))
        m_caBundle->write(ca.toPem());
    m_caBundle->flush();
    return true;
}

HistoryStore::OpenResult PostgresHistoryStore::connect(const HistoryLocation &location)
{
    close();
    m_location = location;
    OpenResult r;
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        r.error = tr("This installation cannot reach PostgreSQL: Qt's PostgreSQL driver is missing (on "
                     "Debian, the package libqt6sql6-psql).");
        return r;
    }
    QStringList options{u"connect_timeout=10"_s, u"application_name=kyc-share"_s};
    if (!location.sslMode.isEmpty())
        options << u"sslmode="_s + location.sslMode;
    if (location.sslMode == u"verify-full" || location.sslMode == u"verify-ca") {
        if (!writeCaBundle(&r.error))
            return r;
        options << u"sslrootcert="_s + m_caBundle->fileName();
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connection);
    if (!location.host.isEmpty())
        db.setHostName(location.host);
    db.setPort(location.port);
    if (!location.user.isEmpty())
        db.setUserName(location.user);
    db.setDatabaseName(location.database);
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        r.error = connectionProblem(location, db.lastError());
        return r;
    }
    QSqlQuery q(db);
    if (!q.exec(u"SELECT current_user"_s) || !q.next()) {
        r.error = connectionProblem(location, q.lastError());
        return r;
    }
    m_role = q.value(0).toString();
    r.ok = true;
    return r;
}

HistoryStore::OpenResult PostgresHistoryStore::open(const HistoryLocation &location)
{
    OpenResult r = connect(location);
    if (!r.ok)
        return r;
    QSqlQuery q(database());
    if (!q.exec(u"SELECT key, value FROM kyc_share.settings"_s)) {
        r.ok = false;
        r.error = tr("%1 holds no team history that %2 may read (%3). A database administrator creates it "
                     "once with 'kyc-share team init --history-url URL', and lets each operator in with "
                     "'GRANT kyc_operator TO name'.")
                      .arg(location.description(), m_role, q.lastError().databaseText().trimmed());
        close();
        return r;
    }
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == u"schema_version" && value.toInt() > TeamSchema::kVersion) {
            r.ok = false;
            r.error = tr("The team history at %1 was created by a newer version of KYC Share Console. "
                         "Update the console.")
                          .arg(location.description());
            close();
            return r;
        }
        if (key == u"require_approval")
            m_policy = TeamSchema::policyFromKey(value).value_or(TeamSchema::ApprovalPolicy::All);
        if (key == u"approval_valid_hours")
            m_approvalValidHours = value.toInt();
    }
    return r;
}

qint64 PostgresHistoryStore::failWrite(const QString &what)
{
    m_error = what;
    qCWarning(lcIssuer) << "team history not recorded:" << m_error;
    QSqlQuery(database()).exec(u"ROLLBACK"_s);
    return -1;
}

// One record at the chain's end: the chain's lock taken, the head read and the record written in one
// transaction, so that many consoles writing at once keep one chain. (The database takes the same lock
// in the insert's trigger, and refuses a record that does not follow its head.)
qint64 PostgresHistoryStore::append(HistoryEntry e)
{
    if (!QSqlDatabase::contains(m_connection))
        return failWrite(tr("The team history is not open."));
    // A connection the server dropped (a restart, a failover, a cut) is opened again, once.
    if (!database().isOpen() && !reopenIfDropped())
        return failWrite(connectionProblem(m_location, database().lastError()));
    QSqlQuery q(database());
    if (!m_inTransaction && !q.exec(u"BEGIN"_s)) {
        if (!reopenIfDropped())
            return failWrite(connectionProblem(m_location, q.lastError()));
        q = QSqlQuery(database());
        if (!q.exec(u"BEGIN"_s))
            return failWrite(connectionProblem(m_location, q.lastError()));
    }
    QSqlDatabase db = database();
    if (!m_insert) {
        QStringList columns;
        QStringList marks;
        for (const char *name : AuditChain::columnNames()) {
            if (qstrcmp(name, "operator") == 0)
                continue; // the database's to fill in: the role that writes
            columns << QLatin1String(name);
            marks << u"?"_s;
        }
        m_insert = std::make_unique<QSqlQuery>(db);
        if (!m_insert->prepare(u"INSERT INTO %1 (%2, prev_hash, hash) VALUES (%3, ?, ?)"_s.arg(
                kTable, columns.join(u", "_s), marks.join(u", "_s)))) {
            const QString error = m_insert->lastError().text();
            m_insert.reset();
            return failWrite(error);
        }
    }
    if (!q.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(TeamSchema::kChainLock)))
        return failWrite(databaseWords(q.lastError()));
    if (!q.exec(u"SELECT id, hash FROM kyc_share.records ORDER BY id DESC LIMIT 1"_s))
        return failWrite(q.lastError().databaseText());
    QByteArray previous = AuditChain::genesisPreviousHash();
    e.id = 0;
    if (q.next()) {
        e.id = q.value(0).toLongLong() + 1;
        previous = q.value(1).toString().toLatin1();
    }
    e.operatorName = m_role;
    const QVariantList values = e.storedValues();
    std::array<QByteArray, AuditChain::FieldCount> utf8;
    const QByteArray hash = AuditChain::hash(previous, AuditChain::fieldsOf(values, utf8));
    int bind = 0;
    for (int i = 0; i < values.size(); ++i) {
        if (i != AuditChain::Operator)
            m_insert->bindValue(bind++, values.at(i));
    }
    m_insert->bindValue(bind++, QString::fromLatin1(previous));
    m_insert->bindValue(bind, QString::fromLatin1(hash));
    if (!m_insert->exec())
        return failWrite(databaseWords(m_insert->lastError()));
    if (!m_inTransaction && !q.exec(u"COMMIT"_s))
        return failWrite(databaseWords(q.lastError()));
    return e.id;
}

bool PostgresHistoryStore::reopenIfDropped() const
{
    QSqlDatabase db = database();
    if (db.isOpen() && QSqlQuery(db).exec(u"SELECT 1"_s))
        return false; // the connection is there: the failure was the statement's own
    m_insert.reset(); // prepared on the connection that is gone
    db.close();
    if (!db.open()) {
        qCWarning(lcIssuer) << "the team history's server is still out of reach";
        return false;
    }
    qCInfo(lcIssuer) << "the team history's connection was opened again";
    if (m_listening)
        db.driver()->subscribeToNotification(QString::fromLatin1(TeamSchema::kApprovalsChannel));
    return true;
}

bool PostgresHistoryStore::run(QSqlQuery &q, const QString &sql, const QVariantList &binds) const
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        q = QSqlQuery(database());
        q.setForwardOnly(true);
        bool ok = false;
        if (binds.isEmpty()) {
            ok = q.exec(sql);
        } else if (q.prepare(sql)) {
            for (const QVariant &v : binds)
                q.addBindValue(v);
            ok = q.exec();
        }
        if (ok) {
            m_error.clear();
            return true;
        }
        if (attempt > 0 || !reopenIfDropped())
            break;
    }
    m_error = databaseWords(q.lastError());
    return false;
}

bool PostgresHistoryStore::requiresApproval(const QString &environment, const QString &operation) const
{
    return TeamSchema::requiresApproval(m_policy, environment, operation);
}

bool PostgresHistoryStore::listen(QObject *context, std::function<void(const QString &)> onChange)
{
    QSqlDriver *driver = database().driver();
    const QString channel = QString::fromLatin1(TeamSchema::kApprovalsChannel);
    if (!driver || !driver->subscribeToNotification(channel))
        return false;
    m_listening = true;
    QObject::connect(
        driver, &QSqlDriver::notification, context,
        [channel, onChange](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
            if (name == channel)
                onChange(payload.toString());
        });
    return true;
}

QHash<qint64, QString> PostgresHistoryStore::approvers(const QList<qint64> &records) const
{
    QHash<qint64, QString> out;
    if (records.isEmpty())
        return out;
    // A team that never approved anything (or has no four eyes) has no approver to look for.
    QSqlQuery any;
    if (!run(any, u"SELECT 1 FROM kyc_share.record_counts WHERE kind = 'approval' AND n > 0"_s) ||
        !any.next())
        return out;
    QStringList ids;
    for (const qint64 id : records)
        ids << QString::number(id);
    // An outcome's intent, that intent's request, and the request's approval.
    QSqlQuery q;
    if (!run(q, u"SELECT x.id, a.operator FROM kyc_share.records x"
                " JOIN kyc_share.records i ON i.kind = 'intent'"
                "  AND i.id = CASE WHEN x.kind = 'outcome' THEN x.intent_id ELSE x.id END"
                " JOIN kyc_share.records a ON a.kind = 'approval' AND a.intent_id = i.intent_id"
                " WHERE x.id IN ("_s +
                    ids.join(u", "_s) + u')'))
        return out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

QString ApprovalRequest::stateKey() const
{
    switch (state) {
    case State::Pending:
        return u"pending"_s;
    case State::Approved:
        return u"approved"_s;
    case State::Rejected:
        return u"rejected"_s;
    case State::Issued:
        return u"issued"_s;
    case State::Lapsed:
        return u"lapsed"_s;
    }
    return u"pending"_s;
}

QString ApprovalRequest::stateText() const
{
    switch (state) {
    case State::Pending:
        return tr("waiting for a second person");
    case State::Approved:
        return tr("approved by %1; %2 may issue it until %3")
            .arg(decidedBy, request.operatorName, approvalLapses.toString(Qt::ISODate));
    case State::Rejected:
        return tr("rejected by %1: %2").arg(decidedBy, decisionReason);
    case State::Issued:
        return tr("approved by %1 and issued").arg(decidedBy);
    case State::Lapsed:
        return tr("approved by %1, but not issued before the approval lapsed").arg(decidedBy);
    }
    return {};
}

QList<ApprovalRequest> PostgresHistoryStore::approvalRequests(bool openOnly) const
{
    return requestsWhere(
        openOnly ? u"AND i.id IS NULL AND (d.kind IS NULL OR d.kind = 'approval')"_s : QString(), {});
}

std::optional<ApprovalRequest> PostgresHistoryStore::approvalRequest(qint64 id) const
{
    const QList<ApprovalRequest> found = requestsWhere(u"AND r.id = ?"_s, {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

// Each request with its decision and the intent that issued it, if any: three records of one story.
QList<ApprovalRequest> PostgresHistoryStore::requestsWhere(const QString &condition,
                                                           const QVariantList &binds) const
{
    QStringList columns;
    for (const char *name : AuditChain::columnNames())
        columns << u"r."_s + QLatin1String(name);
    QSqlQuery q;
    QList<ApprovalRequest> out;
    if (!run(
            q,
            u"SELECT "_s + columns.join(u", "_s) +
                u", d.kind, d.operator, d.at_ms, d.reason, d.expires_at, i.id"
                " FROM kyc_share.records r"
                " LEFT JOIN kyc_share.records d ON d.intent_id = r.id AND d.kind IN ('approval', 'rejection')"
                " LEFT JOIN kyc_share.records i ON i.intent_id = r.id AND i.kind = 'intent'"
                " WHERE r.kind = 'request' "_s +
                condition + u" ORDER BY r.id"_s,
            binds))
        return out;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    constexpr int n = AuditChain::FieldCount;
    QVariantList stored;
    while (q.next()) {
        stored.clear();
        for (int i = 0; i < n; ++i)
            stored << q.value(i);
        ApprovalRequest a;
        a.request = HistoryEntry::fromStored(stored);
        const QString decision = q.value(n).toString();
        a.decidedBy = q.value(n + 1).toString();
        if (!q.value(n + 2).isNull())
            a.decidedAt = QDateTime::fromMSecsSinceEpoch(q.value(n + 2).toLongLong(), Qt::UTC);
        a.decisionReason = q.value(n + 3).toString();
        a.approvalLapses = QDateTime::fromString(q.value(n + 4).toString(), Qt::ISODateWithMs);
        a.intentId = q.value(n + 5).toLongLong();
        if (a.intentId > 0)
            a.state = ApprovalRequest::State::Issued;
        else if (decision == u"rejection")
            a.state = ApprovalRequest::State::Rejected;
        else if (decision == u"approval")
            a.state =
                a.approvalLapses < now ? ApprovalRequest::State::Lapsed : ApprovalRequest::State::Approved;
        out.append(a);
    }
    return out;
}

qint64 PostgresHistoryStore::recordDecision(qint64 requestId, bool approve, const QString &reason)
{
    const std::optional<ApprovalRequest> request = approvalRequest(requestId);
    if (!request) {
        m_error = tr("There is no request %1.").arg(requestId);
        return 0;
    }
    // The decision repeats what was asked, so that it reads on its own in an export or a report.
    HistoryEntry e = request->request;
    e.kind = QLatin1String(approve ? AuditChain::kApproval : AuditChain::kRejection);
    e.intentId = requestId;
    e.at = QDateTime::currentDateTimeUtc();
    e.reason = reason;
    e.note.clear();
    e.expiresAt = approve ? e.at.addSecs(qint64(m_approvalValidHours) * 3600) : QDateTime();
    return std::max<qint64>(append(e), 0);
}

std::optional<AuditCheckpoint> PostgresHistoryStore::checkpoint() const
{
    QSqlQuery q;
    if (!run(q, u"SELECT id, hash FROM kyc_share.records ORDER BY id DESC LIMIT 1"_s) || !q.next())
        return std::nullopt;
    return AuditCheckpoint{q.value(0).toLongLong() + 1, q.value(1).toString().toLatin1()};
}

namespace {
// libpq's functions, taken from the copy Qt's QPSQL driver loaded: the programs do not link libpq (and its
// Kerberos, LDAP and GnuTLS), which would cost every start of the console and the CLI, team mode or not.
struct LibPq
{
    decltype(&PQexec) exec = nullptr;
    decltype(&PQresultStatus) resultStatus = nullptr;
    decltype(&PQresultErrorMessage) resultErrorMessage = nullptr;
    decltype(&PQclear) clear = nullptr;
    decltype(&PQntuples) ntuples = nullptr;
    decltype(&PQftype) ftype = nullptr;
    decltype(&PQgetvalue) getvalue = nullptr;
    decltype(&PQgetlength) getlength = nullptr;
    decltype(&PQgetisnull) getisnull = nullptr;

    bool complete() const
    {
        return exec && resultStatus && resultErrorMessage && clear && ntuples && ftype && getvalue &&
               getlength && getisnull;
    }

    // Once a connection is open (the driver has loaded the library); nullptr if the library is not there.
    static const LibPq *loaded()
    {
        static const LibPq lib = [] {
            LibPq l;
            void *handle = dlopen("libpq.so.5", RTLD_NOW | RTLD_NOLOAD);
            if (!handle)
                return l;
            const auto take = [handle](auto &function, const char *name) {
                function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(dlsym(handle, name));
            };
            take(l.exec, "PQexec");
            take(l.resultStatus, "PQresultStatus");
            take(l.resultErrorMessage, "PQresultErrorMessage");
            take(l.clear, "PQclear");
            take(l.ntuples, "PQntuples");
            take(l.ftype, "PQftype");
            take(l.getvalue, "PQgetvalue");
            take(l.getlength, "PQgetlength");
            take(l.getisnull, "PQgetisnull");
            return l;
        }();
        return lib.complete() ? &lib : nullptr;
    }
};
} // namespace

// Through a cursor in one snapshot, a batch at a time: the whole chain as it stood when verify began,
// however long it is, and whatever is added meanwhile. Read through libpq's own interface on the driver's
// connection: ten million records are hashed without a QVariant or a QString for any of their values.
AuditVerdict PostgresHistoryStore::verify(const std::optional<AuditCheckpoint> &against) const
{
    AuditVerifier verifier(against);
    const auto failed = [&](const QString &what) {
        AuditVerdict v = verifier.finish();
        v.intact = false;
        v.problem = tr("The team history's records could not be read: %1").arg(what);
        QSqlQuery(database()).exec(u"ROLLBACK"_s);
        return v;
    };
    QSqlQuery q;
    // The transaction's first statement may find the connection dropped and open it again.
    if (!run(q, u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s))
        return failed(m_error);
    q.finish();
    const QVariant handle = database().driver()->handle();
    // Qt names the type by libpq's struct: "pg_conn*".
    const bool isConnection = handle.isValid() && (qstrcmp(handle.typeName(), "pg_conn*") == 0 ||
                                                   qstrcmp(handle.typeName(), "PGconn*") == 0);
    PGconn *connection = isConnection ? *static_cast<PGconn *const *>(handle.data()) : nullptr;
    if (!connection)
        return failed(tr("the driver gives no connection to read through"));
    const LibPq *pq = LibPq::loaded();
    if (!pq)
        return failed(tr("the PostgreSQL client library (libpq.so.5) the driver uses was not found"));
    const auto exec = [connection, pq](const QByteArray &sql, ExecStatusType expected, QString *error) {
        PGresult *r = pq->exec(connection, sql.constData());
        if (pq->resultStatus(r) != expected) {
            *error = QString::fromUtf8(pq->resultErrorMessage(r)).trimmed();
            pq->clear(r);
            return static_cast<PGresult *>(nullptr);
        }
        return r;
    };
    QString error;
    PGresult *declared = exec(("DECLARE kyc_verify NO SCROLL CURSOR FOR SELECT " + selectColumns().toUtf8() +
                               " FROM kyc_share.records ORDER BY id"),
                              PGRES_COMMAND_OK, &error);
    if (!declared)
        return failed(error);
    pq->clear(declared);
    constexpr int kBatch = 10'000;
    AuditChain::Fields fields;
    bool going = true;
    while (going) {
        PGresult *batch =
            exec("FETCH FORWARD " + QByteArray::number(kBatch) + " FROM kyc_verify", PGRES_TUPLES_OK, &error);
        if (!batch)
            return failed(error);
        const int rows = pq->ntuples(batch);
        // Which columns are whole numbers (bigint): the rest are text.
        std::array<bool, AuditChain::FieldCount> integer{};
        for (int c = 0; c < AuditChain::FieldCount; ++c) {
            const Oid type = pq->ftype(batch, c);
            integer[c] = type == 20 || type == 23 || type == 21; // int8, int4, int2
        }
        const auto text = [batch, pq](int row, int column) {
            return QByteArrayView(pq->getvalue(batch, row, column), pq->getlength(batch, row, column));
        };
        for (int row = 0; going && row < rows; ++row) {
            for (int c = 0; c < AuditChain::FieldCount; ++c) {
                if (pq->getisnull(batch, row, c))
                    fields[c] = AuditValue::null();
                else if (integer[c])
                    fields[c] = AuditValue::of(text(row, c).toLongLong());
                else
                    fields[c] = AuditValue::of(text(row, c));
            }
            going = verifier.add(fields, text(row, AuditChain::FieldCount),
                                 text(row, AuditChain::FieldCount + 1));
        }
        pq->clear(batch);
        if (rows < kBatch)
            break;
    }
    pq->clear(pq->exec(connection, "COMMIT"));
    return verifier.finish();
}

QList<qint64> PostgresHistoryStore::openIntents() const
{
    QSqlQuery q;
    QList<qint64> open;
    if (!run(q, u"SELECT id FROM kyc_share.open_intents ORDER BY id DESC"_s))
        return open;
    while (q.next())
        open << q.value(0).toLongLong();
    return open;
}

QString PostgresHistoryStore::whereOf(const HistoryFilter &f, QVariantList &binds) const
{
    QStringList where = conditionsOf(f, binds, u"ILIKE"_s);
    where << shownRows(openIntents());
    return u" WHERE "_s + where.join(u" AND "_s);
}

QString PostgresHistoryStore::countSql(const HistoryFilter &f, QVariantList &binds) const
{
    // The whole history, as the pane opens on it: from the counts the database keeps, and the few open
    // intents, rather than by counting every row.
    const bool unfiltered = !f.since.isValid() && !f.until.isValid() && f.subject.isEmpty() &&
                            f.partner.isEmpty() && f.provider.isEmpty() && f.operation.isEmpty() && !f.ok &&
                            !f.outcomeUnknown && f.text.isEmpty();
    if (unfiltered)
        return u"SELECT (SELECT coalesce(sum(n), 0) FROM kyc_share.record_counts WHERE kind IN ('attempt', "
               u"'outcome'))"
               " + (SELECT count(*) FROM kyc_share.open_intents)"_s;
    return u"SELECT count(*) FROM kyc_share.records"_s + whereOf(f, binds);
}

QString PostgresHistoryStore::querySql(const HistoryFilter &f, QVariantList &binds) const
{
    const QString sql = u"SELECT "_s + selectColumns() + u" FROM kyc_share.records"_s + whereOf(f, binds) +
                        orderOf(f) + u" LIMIT ? OFFSET ?"_s;
    binds << f.limit << f.offset;
    return sql;
}

qint64 PostgresHistoryStore::count(const HistoryFilter &f) const
{
    QVariantList binds;
    const QString sql = countSql(f, binds);
    QSqlQuery q;
    if (!run(q, sql, binds) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QList<HistoryEntry> PostgresHistoryStore::query(const HistoryFilter &f) const
{
    QVariantList binds;
    const QString sql = querySql(f, binds);
    QSqlQuery q;
    m_error.clear();
    if (!run(q, sql, binds))
        return {};
    return entriesOf(q);
}

} // namespace kyc
