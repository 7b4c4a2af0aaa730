#include "core/history/SqliteHistoryStore.h"

#include "core/history/HistoryLocation.h"

#include "core/base/Logging.h"
#include "core/base/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <sqlite3.h>

#include <limits>

using namespace Qt::StringLiterals;

namespace kyc {

SqliteHistoryStore::SqliteHistoryStore()
    : m_connection(u"kyc-history-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

SqliteHistoryStore::~SqliteHistoryStore()
{
    close();
}

QString SqliteHistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           u"/kyc-share/kyc-share-console/history.sqlite"_s;
}

QString SqliteHistoryStore::description() const
{
    return HistoryLocation::sqliteFile(m_path).description();
}

bool SqliteHistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

void SqliteHistoryStore::close()
{
    m_insert.reset(); // before its connection goes
    m_head.reset();
    m_begin.reset();
    m_commit.reset();
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

namespace {
// The history and everything beside it are the user's alone, whatever the umask: the folders 0700, the
// file, its WAL and its shared memory 0600 (SQLite gives the WAL and SHM the file's own mode).
void makePrivate(const QString &path)
{
    // The application's own folder ("kyc-share") too, when the history is in its default place.
    const QFileInfo info(path);
    PrivateFiles::makeFile(path, QFileInfo(info.absolutePath()).fileName() == u"kyc-share-console" ? 2 : 1);
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(path + suffix))
            PrivateFiles::makeFile(path + suffix);
    }
}
} // namespace

SqliteHistoryStore::OpenResult SqliteHistoryStore::open(const QString &path)
{
    close();
    m_path = path;
    if (path != u":memory:")
        makePrivate(path);
    OpenResult result = openExisting(path);
    if (result.ok || result.error.isEmpty())
        return result;
    if (result.error == u"newer"_s) {
        result.error =
            tr("The history %1 was written by a newer version of KYC Share Console. Update the console; "
               "the file was left as it is.")
                .arg(path);
        close();
        return result;
    }
    // Damaged: move it (and its WAL) aside, never delete it, and start anew.
    close();
    const QString aside =
        path + u".damaged-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMddTHHmmss"_s);
    if (!QFile::rename(path, aside)) {
        result.error =
            tr("The history %1 is damaged and could not be moved aside: %2").arg(path, result.error);
        return result;
    }
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
        QFile::rename(path + suffix, aside + suffix);
    qCWarning(lcIssuer) << "damaged history moved aside to" << aside;
    makePrivate(path);
    OpenResult fresh = openExisting(path);
    fresh.movedTo = aside;
    if (!fresh.ok && fresh.error.isEmpty())
        fresh.error = tr("A new history could not be started at %1.").arg(path);
    return fresh;
}

SqliteHistoryStore::OpenResult SqliteHistoryStore::openExisting(const QString &path)
{
    OpenResult r;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path);
    // How long a write waits for another program's lock before it fails (and nothing is sent).
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
    if (!db.open()) {
        r.error = db.lastError().text();
        return r;
    }
    QSqlQuery q(db);
    // A damaged file often opens; the first read tells. (Not quick_check: it reads every page, which
    // at a million rows is most of the time it takes to show the first page.)
    if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s) || !q.next()) {
        r.error = q.lastError().text();
        return r;
    }
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
        r.error = q.lastError().text();
        return r;
    }
    const int version = q.value(0).toInt();
    if (version > kSchemaVersion) {
        r.error = u"newer"_s;
        return r;
    }
    q.exec(u"PRAGMA journal_mode=WAL"_s);
    q.exec(u"PRAGMA synchronous=FULL"_s); // an attempt reported as recorded survives a crash
    // A page cache that holds what the pane and its searches keep coming back to (16 MB at most).
    q.exec(u"PRAGMA cache_size=-16384"_s);
    if (!migrate(version)) {
        r.error = m_error;
        return r;
    }
    r.ok = true;
    return r;
}

namespace {
// Whether this SQLite can build the trigram index (FTS5, SQLite 3.34 or later). Debian's and Qt's own
// builds can; another may not, and the history then looks for text row by row.
bool hasTrigramFts(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"CREATE VIRTUAL TABLE temp.trigram_probe USING fts5(x, tokenize='trigram')"_s))
        return false;
    q.exec(u"DROP TABLE temp.trigram_probe"_s);
    return true;
}

bool tableExists(QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT 1 FROM sqlite_master WHERE name = ?"_s);
    q.addBindValue(name);
    return q.exec() && q.next();
}

} // namespace

bool SqliteHistoryStore::migrate(int from)
{
    if (from == kSchemaVersion) {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        m_textIndex = hasTrigramFts(db) && tableExists(db, u"records_text"_s);
        return true;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // One transaction: the chain appears whole, or the file stays as it was.
    if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
        m_error = tr("The history could not be upgraded: %1").arg(q.lastError().text());
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Schemas 1 and 2 kept one row per attempt in "attempts", with no chain.
    const bool older = from > 0 && tableExists(db, u"attempts"_s);
    m_inTransaction = true;
    const QString genesis = older ? tr("Chain started on %1 by upgrading a history of schema %2.")
                                        .arg(now.toString(Qt::ISODateWithMs))
                                        .arg(from)
                                  : tr("History created on %1.").arg(now.toString(Qt::ISODateWithMs));
    bool ok = createChain(genesis) && (!older || chainOlderRows(now));
    m_inTransaction = false;
    ok = ok && q.exec(u"PRAGMA user_version = %1"_s.arg(kSchemaVersion));
    if (!ok || !q.exec(u"COMMIT"_s)) {
        if (m_error.isEmpty())
            m_error = tr("The history could not be upgraded: %1").arg(q.lastError().text());
        q.exec(u"ROLLBACK"_s);
        return false;
    }
    m_textIndex = hasTrigramFts(db) && tableExists(db, u"records_text"_s);
    return true;
}

bool SqliteHistoryStore::createChain(const QString &genesisNote)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    QStringList steps{
        u"CREATE TABLE records ("
        "  id INTEGER PRIMARY KEY, kind TEXT NOT NULL, intent_id INTEGER,"
        "  at_ms INTEGER NOT NULL, at_utc TEXT NOT NULL,"
        "  operator TEXT, profile TEXT, environment TEXT, provider TEXT, operation TEXT,"
        "  subject TEXT, partner TEXT, ttl_secs INTEGER, expires_at TEXT,"
        "  ok INTEGER, failure_kind TEXT, http_status INTEGER, provider_code TEXT, provider_name TEXT,"
        "  correlation_id TEXT, reason TEXT, token_fingerprint TEXT, note TEXT,"
        "  prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"_s,
        u"CREATE INDEX records_at ON records(at_ms)"_s,
        u"CREATE INDEX records_subject ON records(subject, at_ms)"_s,
        u"CREATE INDEX records_partner ON records(partner, at_ms)"_s,
        u"CREATE INDEX records_provider ON records(provider, at_ms)"_s,
        u"CREATE INDEX records_operation ON records(operation, at_ms)"_s,
        u"CREATE INDEX records_intent ON records(intent_id) WHERE intent_id IS NOT NULL"_s,
        u"CREATE INDEX records_shown ON records(at_ms) WHERE kind IN ('attempt', 'outcome')"_s,
        u"CREATE INDEX records_intents ON records(id) WHERE kind = 'intent'"_s,
        // Append-only in the file itself: no change, no deletion, and a new record only at the end, so
        // that INSERT OR REPLACE and UPSERT over an existing record are refused like UPDATE.
        u"CREATE TRIGGER records_no_update BEFORE UPDATE ON records"
        " BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END"_s,
        u"CREATE TRIGGER records_no_delete BEFORE DELETE ON records"
        " BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END"_s,
        u"CREATE TRIGGER records_only_at_end BEFORE INSERT ON records"
        " WHEN NEW.id IS NULL OR NEW.id <> (SELECT coalesce(max(id), -1) + 1 FROM records)"
        " BEGIN SELECT RAISE(ABORT, 'the history is append-only: a record goes only at its end'); END"_s,
    };
    if (hasTrigramFts(db)) {
        steps << u"CREATE VIRTUAL TABLE records_text USING fts5(subject, partner, correlation_id, reason,"
                 " content='records', content_rowid='id', tokenize='trigram')"_s
              << u"CREATE TRIGGER records_text_insert AFTER INSERT ON records BEGIN"
                 " INSERT INTO records_text(rowid, subject, partner, correlation_id, reason)"
                 " VALUES (new.id, new.subject, new.partner, new.correlation_id, new.reason); END"_s;
    }
    for (const QString &sql : std::as_const(steps)) {
        if (!q.exec(sql)) {
            m_error = tr("The history could not be upgraded: %1").arg(q.lastError().text());
            return false;
        }
    }
    HistoryEntry genesis;
    genesis.kind = QLatin1String(AuditChain::kGenesis);
    genesis.at = QDateTime::currentDateTimeUtc();
    genesis.note = genesisNote;
    genesis.operatorName = HistoryEntry::currentOperator();
    return append(genesis) == 0;
}

// The rows of schema 1 or 2, in the order they were written, each as a whole attempt; then a record
// that says so, since nothing proves what happened to them before this moment. The old table goes.
bool SqliteHistoryStore::chainOlderRows(const QDateTime &now)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery old(db);
    old.setForwardOnly(true);
    if (!old.exec(u"SELECT id, at_ms, operator, profile, environment, provider, operation, subject, partner,"
                  " ttl_secs, expires_at, ok, failure_kind, http_status, provider_code, provider_name,"
                  " correlation_id, reason, token_fingerprint FROM attempts ORDER BY id"_s)) {
        m_error = tr("The history could not be upgraded: %1").arg(old.lastError().text());
        return false;
    }
    qint64 count = 0;
    while (old.next()) {
        HistoryEntry e;
        e.kind = QLatin1String(AuditChain::kAttempt);
        e.at = QDateTime::fromMSecsSinceEpoch(old.value(1).toLongLong(), Qt::UTC);
        e.operatorName = old.value(2).toString();
        e.profile = old.value(3).toString();
        e.environment = old.value(4).toString();
        e.provider = old.value(5).toString();
        e.operation = old.value(6).toString();
        e.subject = old.value(7).toString();
        e.partner = old.value(8).toString();
        e.ttlSecs = old.value(9).toLongLong();
        e.expiresAt = QDateTime::fromString(old.value(10).toString(), Qt::ISODateWithMs);
        e.ok = old.value(11).toInt() == 1;
        e.failureKind = old.value(12).toString();
        e.httpStatus = old.value(13).toInt();
        e.providerCode = old.value(14).toString();
        e.providerName = old.value(15).toString();
        e.correlationId = old.value(16).toString();
        e.reason = old.value(17).toString();
        e.tokenFingerprint = old.value(18).toString();
        ++count;
        if (old.value(0).toLongLong() != count)
            e.note = tr("Row %1 before the chain.").arg(old.value(0).toLongLong());
        if (append(e) < 0)
            return false;
    }
    HistoryEntry migration;
    migration.kind = QLatin1String(AuditChain::kMigration);
    migration.at = now;
    migration.operatorName = HistoryEntry::currentOperator();
    migration.note =
        count == 0 ? tr("Upgraded on %1 from a history with no rows.").arg(now.toString(Qt::ISODateWithMs))
                   : tr("Records 1 to %1 were written before the history had a hash chain, and were "
                        "chained at this upgrade on %2. Their integrity before that moment is not "
                        "proven.")
                         .arg(count)
                         .arg(now.toString(Qt::ISODateWithMs));
    if (append(migration) < 0)
        return false;
    QSqlQuery q(db);
    QStringList steps{u"DROP TRIGGER IF EXISTS attempts_text_insert"_s,
                      u"DROP TABLE IF EXISTS attempts_text"_s, u"DROP TRIGGER IF EXISTS attempts_no_update"_s,
                      u"DROP TRIGGER IF EXISTS attempts_no_delete"_s, u"DROP TABLE attempts"_s};
    for (const QString &sql : std::as_const(steps)) {
        if (!q.exec(sql)) {
            m_error = tr("The history could not be upgraded: %1").arg(q.lastError().text());
            return false;
        }
    }
    return true;
}
qint64 SqliteHistoryStore::failWrite(const QString &what)
{
    m_error = what;
    qCWarning(lcIssuer) << "history not recorded:" << m_error;
    if (!m_inTransaction)
        QSqlQuery(QSqlDatabase::database(m_connection, false)).exec(u"ROLLBACK"_s);
    return -1;
}

// One record at the chain's end: its number and previous hash are the head's, read in the same write
// transaction, so that two programs writing the same file (the console and the CLI) keep one chain.
// The commit is synchronous: once this returns, the record survives a crash or a power cut.
qint64 SqliteHistoryStore::append(HistoryEntry e)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return failWrite(tr("The history is not open."));
    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(db);
        QStringList marks;
        for (int i = 0; i < AuditChain::FieldCount + 2; ++i)
            marks << u"?"_s;
        if (!m_insert->prepare(u"INSERT INTO records ("_s + selectColumns() + u") VALUES ("_s +
                               marks.join(u", "_s) + u')')) {
            const QString error = m_insert->lastError().text();
            m_insert.reset();
            return failWrite(error);
        }
        m_head = std::make_unique<QSqlQuery>(db);
        m_head->prepare(u"SELECT id, hash FROM records ORDER BY id DESC LIMIT 1"_s);
        m_begin = std::make_unique<QSqlQuery>(db);
        m_begin->prepare(u"BEGIN IMMEDIATE"_s);
        m_commit = std::make_unique<QSqlQuery>(db);
        m_commit->prepare(u"COMMIT"_s);
    }
    if (!m_inTransaction && !m_begin->exec()) {
        m_error = m_begin->lastError().text();
        qCWarning(lcIssuer) << "history not recorded:" << m_error;
        return -1;
    }
    QByteArray previous = AuditChain::genesisPreviousHash();
    e.id = 0;
    if (!m_head->exec())
        return failWrite(m_head->lastError().text());
    if (m_head->next()) {
        e.id = m_head->value(0).toLongLong() + 1;
        previous = m_head->value(1).toString().toLatin1();
    }
    m_head->finish();
    const QVariantList values = e.storedValues();
    std::array<QByteArray, AuditChain::FieldCount> utf8;
    const AuditChain::Fields fields = AuditChain::fieldsOf(values, utf8);
    const QByteArray hash = AuditChain::hash(previous, fields);
    for (int i = 0; i < values.size(); ++i)
        m_insert->bindValue(i, values.at(i));
    m_insert->bindValue(AuditChain::FieldCount, QString::fromLatin1(previous));
    m_insert->bindValue(AuditChain::FieldCount + 1, QString::fromLatin1(hash));
    if (!m_insert->exec())
        return failWrite(m_insert->lastError().text());
    if (!m_inTransaction && !m_commit->exec())
        return failWrite(m_commit->lastError().text());
    return e.id;
}

// Intents with no outcome: as many as there are more intents than outcomes, found from the newest back
// (they are the attempts of a program that was killed, or still in flight). Asked again only when the
// history has grown, by this program or another.
QList<qint64> SqliteHistoryStore::openIntents() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(u"SELECT max(id) FROM records"_s) || !q.next())
        return {};
    const qint64 head = q.value(0).toLongLong();
    if (head == m_openIntentsAt)
        return m_openIntents;
    m_openIntents.clear();
    m_openIntentsAt = head;
    if (!q.exec(u"SELECT (SELECT count(*) FROM records WHERE kind = 'intent')"
                " - (SELECT count(*) FROM records WHERE intent_id IS NOT NULL)"_s) ||
        !q.next())
        return {};
    const qint64 open = q.value(0).toLongLong();
    if (open <= 0)
        return {};
    q.prepare(u"SELECT id FROM records WHERE kind = 'intent' AND NOT EXISTS"
              " (SELECT 1 FROM records AS o WHERE o.intent_id = records.id) ORDER BY id DESC LIMIT ?"_s);
    q.addBindValue(open);
    if (q.exec()) {
        while (q.next())
            m_openIntents << q.value(0).toLongLong();
    }
    return m_openIntents;
}

std::optional<AuditCheckpoint> SqliteHistoryStore::checkpoint() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(u"SELECT id, hash FROM records ORDER BY id DESC LIMIT 1"_s) || !q.next()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    return AuditCheckpoint{q.value(0).toLongLong() + 1, q.value(1).toString().toLatin1()};
}

// Straight through SQLite's own interface on the same connection: a million records are read and
// hashed without a QVariant or a QString for any of their values.
AuditVerdict SqliteHistoryStore::verify(const std::optional<AuditCheckpoint> &against) const
{
    AuditVerifier verifier(against);
    const QVariant handle = QSqlDatabase::database(m_connection, false).driver()->handle();
    auto *db = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                   ? *static_cast<sqlite3 *const *>(handle.data())
                   : nullptr;
    sqlite3_stmt *statement = nullptr;
    const QByteArray sql = (u"SELECT "_s + selectColumns() + u" FROM records ORDER BY id"_s).toUtf8();
    if (!db || sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK) {
        AuditVerdict v;
        v.problem = tr("The history's records could not be read: %1")
                        .arg(db ? QString::fromUtf8(sqlite3_errmsg(db)) : tr("it is not open"));
        if (statement)
            sqlite3_finalize(statement);
        return v;
    }
    AuditChain::Fields fields;
    const auto text = [statement](int column) {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        return QByteArrayView(bytes, sqlite3_column_bytes(statement, column));
    };
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        for (int i = 0; i < AuditChain::FieldCount; ++i) {
            switch (sqlite3_column_type(statement, i)) {
            case SQLITE_NULL:
                fields[i] = AuditValue::null();
                break;
            case SQLITE_INTEGER:
                fields[i] = AuditValue::of(qint64(sqlite3_column_int64(statement, i)));
                break;
            default: // text; a number stored as REAL or a BLOB is read as its text, which no hash matches
                fields[i] = AuditValue::of(text(i));
                break;
            }
        }
        if (!verifier.add(fields, text(AuditChain::FieldCount), text(AuditChain::FieldCount + 1)))
            break;
    }
    const int error = step == SQLITE_ROW || step == SQLITE_DONE ? SQLITE_OK : step;
    sqlite3_finalize(statement);
    AuditVerdict verdict = verifier.finish();
    if (error != SQLITE_OK && verdict.intact) {
        verdict.intact = false;
        verdict.problem = tr("The history's records could not be read to the end: %1")
                              .arg(QString::fromUtf8(sqlite3_errstr(error)));
    }
    return verdict;
}

// A phrase of the trigram of the text that the fewest rows hold. Every trigram of the text is in each
// matching row, so any one finds them all; the rarest finds the fewest others for LIKE to discard. A
// probe counts a trigram's rows only up to the fewest found so far, reading just the start of its
// list: the whole list of a trigram in every row ("par" in "Partner") takes longer to read than the
// answer is worth. Text whose every trigram is that common is searched as one phrase.
QString SqliteHistoryStore::rarestTrigram(const QString &text) const
{
    if (m_trigramFor.first == text)
        return m_trigramFor.second;
    const auto phrase = [](const QString &trigram) {
        return QString(u'"' + QString(trigram).replace(u'"', u"\"\""_s) + u'"');
    };
    QSqlQuery probe(QSqlDatabase::database(m_connection, false));
    probe.prepare(
        u"SELECT count(*) FROM (SELECT rowid FROM records_text WHERE records_text MATCH ? LIMIT ?)"_s);
    QString best = phrase(text);
    qint64 fewest = 100'000; // more than this, and a trigram narrows nothing worth the reading
    QSet<QString> seen;
    // From the end: what tells IDs and names apart is mostly there ("…40", "…-500004"), and the
    // first rare trigram found makes every later probe short. A trigram in a few dozen rows is as good
    // as the rarest: LIKE checks that many in no time, and each further probe costs a query.
    constexpr qint64 goodEnough = 64;
    for (qsizetype i = text.size() - 3; i >= 0 && fewest > goodEnough; --i) {
        const QString trigram = text.mid(i, 3).toLower();
        if (seen.contains(trigram))
            continue;
        seen.insert(trigram);
        probe.bindValue(0, phrase(trigram));
        probe.bindValue(1, fewest);
        if (!probe.exec() || !probe.next())
            continue;
        if (const qint64 n = probe.value(0).toLongLong(); n < fewest) {
            fewest = n;
            best = phrase(trigram);
        }
    }
    m_trigramFor = {text, best};
    return best;
}

// The WHERE clause of a filter, with its values to bind in order.
QString SqliteHistoryStore::whereOf(const HistoryFilter &f, QVariantList &binds) const
{
    QStringList where = conditionsOf(f, binds, u"LIKE"_s);
    if (m_textIndex && f.text.size() >= 3) {
        // The index gives the rows holding the text's rarest trigram; LIKE keeps those that hold the
        // whole text. (Its value goes before LIKE's: the condition goes before theirs.)
        const qsizetype like = where.size() - 1;
        where.insert(like, u"id IN (SELECT rowid FROM records_text WHERE records_text MATCH ?)"_s);
        binds.insert(binds.size() - 4, rarestTrigram(f.text));
    }
    where << shownRows(openIntents());
    return u" WHERE "_s + where.join(u" AND "_s);
}

QString SqliteHistoryStore::countSql(const HistoryFilter &f, QVariantList &binds) const
{
    return u"SELECT COUNT(*) FROM records"_s + whereOf(f, binds);
}

QString SqliteHistoryStore::querySql(const HistoryFilter &f, QVariantList &binds) const
{
    QString sql = u"SELECT "_s + selectColumns() + u" FROM records"_s + whereOf(f, binds);
    if (f.sortKey == HistoryFilter::SortKey::Time && m_textIndex && f.text.size() >= 3) {
        // Found text in the order it was recorded (the same as by time, but for a clock set back):
        // the page then reads only as many of the rows found as it shows, not all of them.
        sql += u" ORDER BY id"_s + (f.descending ? u" DESC"_s : u" ASC"_s);
    } else {
        sql += orderOf(f);
    }
    sql += u" LIMIT ? OFFSET ?"_s;
    binds << f.limit << f.offset;
    return sql;
}

qint64 SqliteHistoryStore::count(const HistoryFilter &f) const
{
    QVariantList binds;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(countSql(f, binds));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().text();
        return 0;
    }
    return q.value(0).toLongLong();
}

QList<HistoryEntry> SqliteHistoryStore::query(const HistoryFilter &f) const
{
    QVariantList binds;
    const QString sql = querySql(f, binds);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    QList<HistoryEntry> out;
    m_error.clear();
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    out = entriesOf(q);
    return out;
}

} // namespace kyc
