#include "history/HistoryStore.h"

#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <limits>

using namespace Qt::StringLiterals;

namespace kyc {

namespace {
QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
} // namespace

HistoryStore::HistoryStore()
    : m_connection(u"kyc-history-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

HistoryStore::~HistoryStore()
{
    close();
}

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           u"/kyc-share/kyc-share-console/history.sqlite"_s;
}

bool HistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

void HistoryStore::close()
{
    m_insert.reset(); // before its connection goes
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

HistoryStore::OpenResult HistoryStore::open(const QString &path)
{
    close();
    m_path = path;
    QDir().mkpath(QFileInfo(path).absolutePath());
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
    OpenResult fresh = openExisting(path);
    fresh.movedTo = aside;
    if (!fresh.ok && fresh.error.isEmpty())
        fresh.error = tr("A new history could not be started at %1.").arg(path);
    return fresh;
}

HistoryStore::OpenResult HistoryStore::openExisting(const QString &path)
{
    OpenResult r;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path);
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

bool HistoryStore::migrate(int from)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    const bool fts = hasTrigramFts(db);
    // Each step takes the schema one version forward, in a transaction of its own.
    QList<QStringList> steps{
        {u"CREATE TABLE attempts ("
         "  id INTEGER PRIMARY KEY,"
         "  at_ms INTEGER NOT NULL, at_utc TEXT NOT NULL,"
         "  operator TEXT, profile TEXT, environment TEXT, provider TEXT NOT NULL, operation TEXT NOT NULL,"
         "  subject TEXT, partner TEXT, ttl_secs INTEGER, expires_at TEXT,"
         "  ok INTEGER NOT NULL, failure_kind TEXT, http_status INTEGER, provider_code TEXT, provider_name "
         "TEXT,"
         "  correlation_id TEXT, reason TEXT, token_fingerprint TEXT)"_s,
         u"CREATE INDEX attempts_at ON attempts(at_ms)"_s,
         u"CREATE INDEX attempts_subject ON attempts(subject, at_ms)"_s,
         u"CREATE INDEX attempts_partner ON attempts(partner, at_ms)"_s},
        // 2: provider and operation filters by index; the audit trail is append-only in the file
        // itself; and a trigram index for finding text (below, where this SQLite has FTS5).
        {u"CREATE INDEX attempts_provider ON attempts(provider, at_ms)"_s,
         u"CREATE INDEX attempts_operation ON attempts(operation, at_ms)"_s,
         u"CREATE TRIGGER attempts_no_update BEFORE UPDATE ON attempts"
         " BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END"_s,
         u"CREATE TRIGGER attempts_no_delete BEFORE DELETE ON attempts"
         " BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END"_s},
    };
    if (fts) {
        steps[1] << u"CREATE VIRTUAL TABLE attempts_text USING fts5(subject, partner, correlation_id, reason,"
                    " content='attempts', content_rowid='id', tokenize='trigram')"_s
                 << u"CREATE TRIGGER attempts_text_insert AFTER INSERT ON attempts BEGIN"
                    " INSERT INTO attempts_text(rowid, subject, partner, correlation_id, reason)"
                    " VALUES (new.id, new.subject, new.partner, new.correlation_id, new.reason); END"_s
                 << u"INSERT INTO attempts_text(attempts_text) VALUES ('rebuild')"_s;
    }
    for (int v = from; v < kSchemaVersion; ++v) {
        db.transaction();
        for (const QString &sql : steps.at(v)) {
            if (!q.exec(sql)) {
                m_error = tr("The history could not be upgraded: %1").arg(q.lastError().text());
                db.rollback();
                return false;
            }
        }
        q.exec(u"PRAGMA user_version = %1"_s.arg(v + 1));
        if (!db.commit()) {
            m_error = db.lastError().text();
            return false;
        }
    }
    m_textIndex = fts && tableExists(db, u"attempts_text"_s);
    return true;
}

qint64 HistoryStore::record(const HistoryEntry &e)
{
    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connection, false));
        if (!m_insert->prepare(
                u"INSERT INTO attempts (at_ms, at_utc, operator, profile, environment, provider,"
                " operation, subject, partner, ttl_secs, expires_at, ok, failure_kind, http_status,"
                " provider_code, provider_name, correlation_id, reason, token_fingerprint)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)) {
            m_error = m_insert->lastError().text();
            m_insert.reset();
            qCWarning(lcIssuer) << "history not recorded:" << m_error;
            return 0;
        }
    }
    QSqlQuery &q = *m_insert;
    const QVariantList values{e.at.toMSecsSinceEpoch(),
                              iso(e.at),
                              e.operatorName,
                              e.profile,
                              e.environment,
                              e.provider,
                              e.operation,
                              nullable(e.subject),
                              nullable(e.partner),
                              e.ttlSecs,
                              nullable(iso(e.expiresAt)),
                              e.ok ? 1 : 0,
                              nullable(e.failureKind),
                              e.httpStatus == 0 ? QVariant() : QVariant(e.httpStatus),
                              nullable(e.providerCode),
                              nullable(e.providerName),
                              nullable(e.correlationId),
                              nullable(e.reason),
                              nullable(e.tokenFingerprint)};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec()) {
        m_error = q.lastError().text();
        qCWarning(lcIssuer) << "history not recorded:" << m_error;
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

namespace {
// A LIKE pattern that finds the text as it is, wildcards and all.
QString likeSubstring(QString text)
{
    text.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + text + u'%';
}

QString orderColumn(HistoryFilter::SortKey key)
{
    using K = HistoryFilter::SortKey;
    switch (key) {
    case K::Time:
        return u"at_ms"_s;
    case K::Operation:
        return u"operation"_s;
    case K::Subject:
        return u"subject"_s;
    case K::Partner:
        return u"partner"_s;
    case K::Outcome:
        return u"ok"_s;
    case K::Expiry:
        return u"expires_at"_s;
    case K::CorrelationId:
        return u"correlation_id"_s;
    case K::Reason:
        return u"reason"_s;
    case K::Profile:
        return u"profile"_s;
    }
    return u"at_ms"_s;
}
} // namespace

// A phrase of the trigram of the text that the fewest rows hold. Every trigram of the text is in each
// matching row, so any one finds them all; the rarest finds the fewest others for LIKE to discard. A
// probe counts a trigram's rows only up to the fewest found so far, reading just the start of its
// list: the whole list of a trigram in every row ("par" in "Partner") takes longer to read than the
// answer is worth. Text whose every trigram is that common is searched as one phrase.
QString HistoryStore::rarestTrigram(const QString &text) const
{
    if (m_trigramFor.first == text)
        return m_trigramFor.second;
    const auto phrase = [](const QString &trigram) {
        return QString(u'"' + QString(trigram).replace(u'"', u"\"\""_s) + u'"');
    };
    QSqlQuery probe(QSqlDatabase::database(m_connection, false));
    probe.prepare(
        u"SELECT count(*) FROM (SELECT rowid FROM attempts_text WHERE attempts_text MATCH ? LIMIT ?)"_s);
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
QString HistoryStore::whereOf(const HistoryFilter &f, QVariantList &binds) const
{
    QStringList where;
    const auto equals = [&](const QString &column, const QVariant &value) {
        where << column + u" = ?"_s;
        binds << value;
    };
    if (f.since.isValid()) {
        where << u"at_ms >= ?"_s;
        binds << f.since.toMSecsSinceEpoch();
    }
    if (f.until.isValid()) {
        where << u"at_ms < ?"_s;
        binds << f.until.toMSecsSinceEpoch();
    }
    if (!f.subject.isEmpty())
        equals(u"subject"_s, f.subject);
    if (!f.partner.isEmpty())
        equals(u"partner"_s, f.partner);
    if (!f.provider.isEmpty())
        equals(u"provider"_s, f.provider);
    if (!f.operation.isEmpty())
        equals(u"operation"_s, f.operation);
    if (f.ok)
        equals(u"ok"_s, *f.ok ? 1 : 0);
    if (m_textIndex && f.text.size() >= 3) {
        // The index gives the rows holding the text's rarest trigram; LIKE below keeps those that hold
        // the whole text.
        where << u"id IN (SELECT rowid FROM attempts_text WHERE attempts_text MATCH ?)"_s;
        binds << rarestTrigram(f.text);
    }
    if (!f.text.isEmpty()) {
        QStringList likes;
        for (const QString &column : {u"subject"_s, u"partner"_s, u"correlation_id"_s, u"reason"_s}) {
            likes << column + u" LIKE ? ESCAPE '\\'"_s;
            binds << likeSubstring(f.text);
        }
        where << u'(' + likes.join(u" OR "_s) + u')';
    }
    return where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s);
}

QString HistoryStore::countSql(const HistoryFilter &f, QVariantList &binds) const
{
    return u"SELECT COUNT(*) FROM attempts"_s + whereOf(f, binds);
}

QString HistoryStore::querySql(const HistoryFilter &f, QVariantList &binds) const
{
    QString sql =
        u"SELECT id, at_utc, operator, profile, environment, provider, operation, subject, partner,"
        " ttl_secs, expires_at, ok, failure_kind, http_status, provider_code, provider_name, correlation_id,"
        " reason, token_fingerprint FROM attempts"_s;
    sql += whereOf(f, binds);
    const QString direction = f.descending ? u" DESC"_s : u" ASC"_s;
    if (f.sortKey == HistoryFilter::SortKey::Time && m_textIndex && f.text.size() >= 3) {
        // Found text in the order it was recorded (the same as by time, but for a clock set back):
        // the page then reads only as many of the rows found as it shows, not all of them.
        sql += u" ORDER BY id"_s + direction;
    } else {
        sql += u" ORDER BY "_s + orderColumn(f.sortKey) + direction;
        if (f.sortKey != HistoryFilter::SortKey::Time)
            sql += u", at_ms DESC"_s; // within equal values, the newest first
        sql += u", id"_s + direction;
    }
    sql += u" LIMIT ? OFFSET ?"_s;
    binds << f.limit << f.offset;
    return sql;
}

qint64 HistoryStore::count(const HistoryFilter &f) const
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

QList<HistoryEntry> HistoryStore::query(const HistoryFilter &f) const
{
    QVariantList binds;
    const QString sql = querySql(f, binds);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    QList<HistoryEntry> out;
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        HistoryEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.operatorName = q.value(2).toString();
        e.profile = q.value(3).toString();
        e.environment = q.value(4).toString();
        e.provider = q.value(5).toString();
        e.operation = q.value(6).toString();
        e.subject = q.value(7).toString();
        e.partner = q.value(8).toString();
        e.ttlSecs = q.value(9).toLongLong();
        e.expiresAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
        e.ok = q.value(11).toInt() == 1;
        e.failureKind = q.value(12).toString();
        e.httpStatus = q.value(13).toInt();
        e.providerCode = q.value(14).toString();
        e.providerName = q.value(15).toString();
        e.correlationId = q.value(16).toString();
        e.reason = q.value(17).toString();
        e.tokenFingerprint = q.value(18).toString();
        out.append(e);
    }
    return out;
}

} // namespace kyc
