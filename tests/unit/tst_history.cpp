// The audit trail over a real SQLite file: recording and filtering, schema versions, a damaged file,
// and the exports (CSV escaping included).
#include "core/history/HistoryExport.h"
#include "core/history/SqliteHistoryStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {
// The one table of schemas 1 and 2: a row per attempt, no chain.
const QString kOldAttemptsTable =
    u"CREATE TABLE attempts (id INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL,"
    " at_utc TEXT NOT NULL, operator TEXT, profile TEXT, environment TEXT,"
    " provider TEXT NOT NULL, operation TEXT NOT NULL, subject TEXT, partner TEXT,"
    " ttl_secs INTEGER, expires_at TEXT, ok INTEGER NOT NULL, failure_kind TEXT,"
    " http_status INTEGER, provider_code TEXT, provider_name TEXT, correlation_id TEXT,"
    " reason TEXT, token_fingerprint TEXT)"_s;

bool tableExistsIn(QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT 1 FROM sqlite_master WHERE name = ?"_s);
    q.addBindValue(name);
    return q.exec() && q.next();
}
} // namespace
using namespace kyc;

class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void recordsAttemptsWithoutTheToken();
    void filters();
    void findsTextInAnyCase_data();
    void findsTextInAnyCase();
    void sorts();
    void isAppendOnly();
    void encodingIsSqliteJsonArray();
    void verifyFindsTheFirstBrokenRecord();
    void migratesSchema2IntoAChainSayingSo();
    void exportsArePrivateUnderUmask022();
    void migratesAnEmptyFile();
    void migratesVersion1KeepingItsRows();
    void refusesANewerSchemaAndLeavesItAlone();
    void movesADamagedFileAside();
    void csvEscaping_data();
    void csvEscaping();
    void exports();

private:
    HistoryEntry entry(const QString &subject, const QString &partner, bool ok, const QDateTime &at) const;
    QString path() const { return m_dir->filePath(u"history.sqlite"_s); }
    static QByteArray hashOf(const QString &file);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

QByteArray TestHistory::hashOf(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

HistoryEntry TestHistory::entry(const QString &subject, const QString &partner, bool ok,
                                const QDateTime &at) const
{
    Profile p;
    p.name = u"Sumsub sandbox"_s;
    const CheckedRequest r(ShareTokenParams{subject, partner, std::chrono::seconds(600)}, u"TICKET-7"_s);
    if (ok) {
        IssuedToken t;
        t.token = u"made-up-token-"_s + subject;
        t.partner = partner;
        t.ttlSecs = 600;
        t.expiresAt = at.addSecs(600);
        return HistoryEntry::fromAttempt(p, r, t, at, u"alice"_s);
    }
    Failure f;
    f.kind = FailureKind::Authentication;
    f.httpStatus = 401;
    f.providerCode = u"4003"_s;
    f.correlationId = u"corr-"_s + subject;
    return HistoryEntry::fromAttempt(p, r, f, at, u"alice"_s);
}

void TestHistory::recordsAttemptsWithoutTheToken()
{
    const QDateTime at(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
    {
        SqliteHistoryStore store;
        QVERIFY(store.open(path()).ok);
        QVERIFY(store.record(entry(u"63e092c51b7b4030f2e01154"_s, u"CoolCoinLtd"_s, true, at)) > 0);
        QVERIFY(store.record(entry(u"63e092c51b7b4030f2e01154"_s, u"CoolCoinLtd"_s, false, at.addSecs(5))) >
                0);
        const QList<HistoryEntry> rows = store.query({});
        QCOMPARE(rows.size(), 2);
        QVERIFY(!rows.first().ok); // newest first
        QCOMPARE(rows.first().providerCode, u"4003"_s);
        QCOMPARE(rows.last().tokenFingerprint,
                 HistoryEntry::fingerprint(u"made-up-token-63e092c51b7b4030f2e01154"_s));
        QCOMPARE(rows.last().tokenFingerprint.size(), 12);
        QCOMPARE(rows.last().reason, u"TICKET-7"_s);
        QCOMPARE(rows.last().operatorName, u"alice"_s);
        QCOMPARE(rows.last().expiresAt, at.addSecs(600));
    }
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("made-up-token-")); // the token itself is never stored
    QVERIFY(!QFile::exists(path() + u"-wal"_s) || !hashOf(path() + u"-wal"_s).isEmpty());
}

void TestHistory::filters()
{
    SqliteHistoryStore store;
    QVERIFY(store.open(path()).ok);
    const QDateTime t0(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    store.record(entry(u"aaaaaaaaaaaaaaaaaaaaaaaa"_s, u"P1"_s, true, t0));
    store.record(entry(u"bbbbbbbbbbbbbbbbbbbbbbbb"_s, u"P2"_s, false, t0.addDays(1)));
    store.record(entry(u"aaaaaaaaaaaaaaaaaaaaaaaa"_s, u"P2"_s, true, t0.addDays(2)));
    HistoryFilter f;
    f.subject = u"aaaaaaaaaaaaaaaaaaaaaaaa"_s;
    QCOMPARE(store.query(f).size(), 2);
    f = {};
    f.partner = u"P2"_s;
    QCOMPARE(store.query(f).size(), 2);
    f = {};
    f.ok = false;
    QCOMPARE(store.query(f).size(), 1);
    f = {};
    f.since = t0.addDays(1);
    f.until = t0.addDays(2);
    QCOMPARE(store.query(f).size(), 1); // since inclusive, until exclusive
    f = {};
    f.text = u"corr-bbbb"_s;
    QCOMPARE(store.query(f).size(), 1);
    f = {};
    f.limit = 1;
    f.offset = 1;
    QCOMPARE(store.query(f).first().at, t0.addDays(1));

    HistoryEntry complycube =
        entry(u"cccccccccccccccccccccccc"_s, u"https://*.partner.example/*"_s, true, t0);
    complycube.provider = u"complycube"_s;
    complycube.operation = u"complycube-sdk-token"_s;
    store.record(complycube);
    f = {};
    f.provider = u"complycube"_s;
    QCOMPARE(store.query(f).size(), 1);
    QCOMPARE(store.count(f), 1);
    f = {};
    f.operation = u"sumsub-share-token"_s;
    f.ok = true;
    QCOMPARE(store.count(f), 2);
    f.partner = u"P2"_s;
    QCOMPARE(store.query(f).size(), 1);
}

void TestHistory::findsTextInAnyCase_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("matches");
    // From three characters on the trigram index answers; shorter text is looked for row by row.
    QTest::newRow("reason, other case") << u"ticket-4"_s << 1;
    QTest::newRow("partner, middle") << u"oolCoi"_s << 2;
    QTest::newRow("correlation ID") << u"CORR-63e0"_s << 1;
    QTest::newRow("subject") << u"e01154"_s << 2;
    QTest::newRow("two characters") << u"-4"_s << 1;
    QTest::newRow("one character") << u"%"_s << 1; // a LIKE wildcard, found as itself
    QTest::newRow("underscore, not a wildcard") << u"a_b"_s << 1;
    QTest::newRow("a quote") << u"say \"no\""_s << 1;
    QTest::newRow("nowhere") << u"Bitcoin"_s << 0;
    QTest::newRow("the operator is not searched") << u"alice"_s << 0;
}

void TestHistory::findsTextInAnyCase()
{
    QFETCH(QString, text);
    QFETCH(int, matches);
    SqliteHistoryStore store;
    QVERIFY(store.open(path()).ok);
    const QDateTime t0(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    store.record(entry(u"63e092c51b7b4030f2e01154"_s, u"CoolCoinLtd"_s, true, t0));
    HistoryEntry failed = entry(u"63e092c51b7b4030f2e01154"_s, u"CoolCoinLtd"_s, false, t0.addSecs(1));
    failed.reason = u"TICKET-42 100% sure, a_b, say \"no\""_s;
    store.record(failed);
    store.record(entry(u"aaaaaaaaaaaaaaaaaaaaaaaa"_s, u"Other"_s, true, t0.addSecs(2)));
    HistoryFilter f;
    f.text = text;
    QCOMPARE(store.query(f).size(), matches);
    QCOMPARE(store.count(f), matches);
}

void TestHistory::sorts()
{
    SqliteHistoryStore store;
    QVERIFY(store.open(path()).ok);
    const QDateTime t0(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    store.record(entry(u"bbbbbbbbbbbbbbbbbbbbbbbb"_s, u"Beta"_s, true, t0));
    store.record(entry(u"aaaaaaaaaaaaaaaaaaaaaaaa"_s, u"Gamma"_s, false, t0.addSecs(1)));
    store.record(entry(u"cccccccccccccccccccccccc"_s, u"Alpha"_s, true, t0.addSecs(2)));
    store.record(entry(u"dddddddddddddddddddddddd"_s, u"Alpha"_s, true, t0.addSecs(3)));
    const auto partners = [&](HistoryFilter::SortKey key, bool descending) {
        HistoryFilter f;
        f.sortKey = key;
        f.descending = descending;
        QStringList out;
        for (const HistoryEntry &e : store.query(f))
            out << e.partner + u'@' + QString::number(t0.secsTo(e.at));
        return out;
    };
    using K = HistoryFilter::SortKey;
    QCOMPARE(partners(K::Time, true), (QStringList{u"Alpha@3"_s, u"Alpha@2"_s, u"Gamma@1"_s, u"Beta@0"_s}));
    QCOMPARE(partners(K::Time, false), (QStringList{u"Beta@0"_s, u"Gamma@1"_s, u"Alpha@2"_s, u"Alpha@3"_s}));
    // Equal values keep the newest first.
    QCOMPARE(partners(K::Partner, false),
             (QStringList{u"Alpha@3"_s, u"Alpha@2"_s, u"Beta@0"_s, u"Gamma@1"_s}));
    QCOMPARE(partners(K::Partner, true).first(), u"Gamma@1"_s);
    QCOMPARE(partners(K::Outcome, false).first(), u"Gamma@1"_s); // failures first
    QCOMPARE(partners(K::Subject, false).first(), u"Gamma@1"_s);
}

void TestHistory::isAppendOnly()
{
    SqliteHistoryStore store;
    QVERIFY(store.open(path()).ok);
    QVERIFY(store.record(
                entry(u"aaaaaaaaaaaaaaaaaaaaaaaa"_s, u"P"_s, true, QDateTime::currentDateTimeUtc())) > 0);
    // Whoever opens the file with another tool cannot quietly rewrite or remove an attempt.
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
    db.setDatabaseName(path());
    QVERIFY(db.open());
    QSqlQuery q(db);
    const auto refused = [&q](const QString &sql) {
        if (q.exec(sql))
            return false;
        return q.lastError().text().contains(u"append-only"_s);
    };
    QVERIFY(refused(u"UPDATE records SET partner = 'Someone else'"_s));
    QVERIFY(refused(u"DELETE FROM records"_s));
    // Over an existing record: INSERT OR REPLACE (which deletes without the delete trigger) and UPSERT.
    QVERIFY(refused(u"INSERT OR REPLACE INTO records (id, kind, at_ms, at_utc, partner, prev_hash, hash)"
                    " VALUES (1, 'attempt', 0, '', 'Someone else', '', '')"_s));
    QVERIFY(refused(u"REPLACE INTO records (id, kind, at_ms, at_utc, prev_hash, hash)"
                    " VALUES (0, 'genesis', 0, '', '', '')"_s));
    QVERIFY(refused(u"INSERT INTO records (id, kind, at_ms, at_utc, prev_hash, hash)"
                    " VALUES (1, 'attempt', 0, '', '', '') ON CONFLICT(id) DO UPDATE SET partner = 'X'"_s));
    // Anywhere but at the end, or without a number.
    QVERIFY(refused(u"INSERT INTO records (id, kind, at_ms, at_utc, prev_hash, hash)"
                    " VALUES (7, 'attempt', 0, '', '', '')"_s));
    QVERIFY(refused(u"INSERT INTO records (kind, at_ms, at_utc, prev_hash, hash)"
                    " VALUES ('attempt', 0, '', '', '')"_s));
    QVERIFY(q.exec(u"SELECT partner FROM records WHERE id = 1"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"P"_s);
    QVERIFY(q.exec(u"SELECT count(*) FROM records"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // the genesis record and the attempt
    QVERIFY(store.verify().intact);
}

// The canonical encoding is the one docs/audit-trail.md re-computes with sqlite3's json_array(): the same
// bytes for quotes, backslashes, every control character, non-ASCII text, NULL and numbers.
void TestHistory::encodingIsSqliteJsonArray()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"json"_s);
    db.setDatabaseName(u":memory:"_s);
    QVERIFY(db.open());
    QString awkward = u"quote \" backslash \\ slash / tab\t nl\n cr\r bs\b ff\f del\x7f "_s;
    for (char16_t c = 0; c < 0x20; ++c)
        awkward += QChar(c == 0 ? u'\x01' : c);
    awkward += u" ünïcödé € 𝄞 \u202e end"_s;
    const QList<QVariantList> rows{
        {qint64(0), u"genesis"_s, QVariant(), qint64(1793000000000), u"2026-10-26T07:33:20.000Z"_s},
        {qint64(42), awkward, qint64(-7), qint64(9007199254740993), QString()},
    };
    for (const QVariantList &start : rows) {
        QVariantList stored = start;
        while (stored.size() < AuditChain::FieldCount)
            stored << (stored.size() % 2 ? QVariant(u"x"_s) : QVariant());
        QSqlQuery q(db);
        QStringList marks;
        for (int i = 0; i < AuditChain::FieldCount; ++i)
            marks << u"?"_s;
        QVERIFY(q.prepare(u"SELECT json_array('kyc-share-audit/1', "_s + marks.join(u", "_s) + u')'));
        for (const QVariant &v : std::as_const(stored))
            q.addBindValue(v);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        std::array<QByteArray, AuditChain::FieldCount> utf8;
        QCOMPARE(AuditChain::encoding(AuditChain::fieldsOf(stored, utf8)), q.value(0).toString().toUtf8());
    }
    // And the hash is SHA-256 over the previous hash's hex and the encoding, as the doc says.
    std::array<QByteArray, AuditChain::FieldCount> utf8;
    QVariantList stored(AuditChain::FieldCount);
    stored[0] = qint64(0);
    const AuditChain::Fields fields = AuditChain::fieldsOf(stored, utf8);
    QCOMPARE(
        AuditChain::hash(AuditChain::genesisPreviousHash(), fields),
        QCryptographicHash::hash(QByteArray(AuditChain::genesisPreviousHash() + AuditChain::encoding(fields)),
                                 QCryptographicHash::Sha256)
            .toHex());
}

void TestHistory::verifyFindsTheFirstBrokenRecord()
{
    SqliteHistoryStore store;
    QVERIFY(store.open(path()).ok);
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    const qint64 intent = store.recordIntent(entry(u"aaaaaaaaaaaaaaaaaaaaaaaa"_s, u"P"_s, true, t0));
    QCOMPARE(intent, 1);
    QCOMPARE(store.recordOutcome(intent, entry(u"aaaaaaaaaaaaaaaaaaaaaaaa"_s, u"P"_s, true, t0)), 2);
    QCOMPARE(store.record(entry(u"bbbbbbbbbbbbbbbbbbbbbbbb"_s, u"Q"_s, false, t0)), 3);
    AuditVerdict v = store.verify();
    QVERIFY2(v.intact, qPrintable(v.problem));
    QCOMPARE(v.count, 4);
    const std::optional<AuditCheckpoint> checkpoint = store.checkpoint();
    QVERIFY(checkpoint);
    QCOMPARE(checkpoint->count, 4);
    QCOMPARE(checkpoint->hash, v.headHash);
    QCOMPARE(AuditCheckpoint::parse(checkpoint->toString())->hash, checkpoint->hash);
    QVERIFY(!AuditCheckpoint::parse(u"4:abc"_s));
    QVERIFY(!AuditCheckpoint::parse(u"0:"_s + QString(64, u'a')));
    QVERIFY(store.verify(checkpoint).checkpointProven);
    // The shown rows: the outcome stands for its intent.
    QCOMPARE(store.count({}), 2);

    // An outcome with no open intent is refused, even with every hash right.
    AuditVerifier verifier;
    QVariantList genesis(AuditChain::FieldCount);
    genesis[AuditChain::Id] = qint64(0);
    genesis[AuditChain::Kind] = u"genesis"_s;
    QVariantList orphan(AuditChain::FieldCount);
    orphan[AuditChain::Id] = qint64(1);
    orphan[AuditChain::Kind] = u"outcome"_s;
    orphan[AuditChain::IntentId] = qint64(7);
    std::array<QByteArray, AuditChain::FieldCount> a, b;
    const AuditChain::Fields g = AuditChain::fieldsOf(genesis, a), o = AuditChain::fieldsOf(orphan, b);
    const QByteArray gh = AuditChain::hash(AuditChain::genesisPreviousHash(), g);
    QVERIFY(verifier.add(g, AuditChain::genesisPreviousHash(), gh));
    QVERIFY(!verifier.add(o, gh, AuditChain::hash(gh, o)));
    v = verifier.finish();
    QVERIFY(!v.intact);
    QCOMPARE(v.brokenAt, 1);
    QVERIFY2(v.problem.contains(u"no open intent"_s), qPrintable(v.problem));
}

void TestHistory::migratesSchema2IntoAChainSayingSo()
{
    { // a schema-2 history with two attempts, as the first round left it
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v2"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(kOldAttemptsTable));
        for (int i = 0; i < 2; ++i)
            QVERIFY(q.exec(u"INSERT INTO attempts (at_ms, at_utc, operator, provider, operation, subject,"
                           " partner, ok) VALUES (%1, '', 'bob', 'sumsub', 'sumsub-share-token',"
                           " '5f1e2d3c4b5a69788796a5b4', 'Partner%2', 1)"_s.arg(1793000000000 + i)
                               .arg(i)));
        QVERIFY(q.exec(u"CREATE TRIGGER attempts_no_update BEFORE UPDATE ON attempts"
                       " BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END"_s));
        QVERIFY(q.exec(u"PRAGMA user_version = 2"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v2"_s);
    SqliteHistoryStore store;
    QVERIFY(store.open(path()).ok);
    const AuditVerdict v = store.verify();
    QVERIFY2(v.intact, qPrintable(v.problem));
    QCOMPARE(v.count, 4); // genesis, the two old rows, the migration record
    HistoryFilter all;
    QCOMPARE(store.count(all), 2);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"look"_s);
    db.setDatabaseName(path());
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT kind, note FROM records ORDER BY id"_s));
    QStringList kinds;
    QString lastNote;
    while (q.next()) {
        kinds << q.value(0).toString();
        lastNote = q.value(1).toString();
    }
    QCOMPARE(kinds, (QStringList{u"genesis"_s, u"attempt"_s, u"attempt"_s, u"migration"_s}));
    QVERIFY2(lastNote.contains(u"Records 1 to 2 were written before the history had a hash chain"_s) &&
                 lastNote.contains(u"not proven"_s),
             qPrintable(lastNote));
    QVERIFY(!tableExistsIn(db, u"attempts"_s));
}

void TestHistory::exportsArePrivateUnderUmask022()
{
    const mode_t previous = ::umask(022);
    const QString file = QFileInfo(path()).absolutePath() + u"/export.csv"_s;
    QString error;
    QVERIFY(HistoryExport::writeAtomically(file, "time\r\n", &error));
    QVERIFY(HistoryExport::writeAtomically(file, "time,again\r\n", &error)); // over an existing one too
    ::umask(previous);
    QCOMPARE(QFile::permissions(file) & 0x0077, QFileDevice::Permissions());
    // And the history beside it, with its WAL and shared memory while it is open.
    SqliteHistoryStore store;
    ::umask(022);
    QVERIFY(store.open(path()).ok);
    QVERIFY(store.record(
                entry(u"aaaaaaaaaaaaaaaaaaaaaaaa"_s, u"P"_s, true, QDateTime::currentDateTimeUtc())) > 0);
    ::umask(previous);
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        QVERIFY2(QFile::exists(path() + suffix), qPrintable(suffix));
        QCOMPARE(QFile::permissions(path() + suffix) & 0x0077, QFileDevice::Permissions());
    }
}

void TestHistory::migratesAnEmptyFile()
{
    { // an empty SQLite file, as an older version would have had before its first attempt
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"seed"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery(db).exec(u"CREATE TABLE unrelated (x)"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"seed"_s);
    SqliteHistoryStore store;
    QVERIFY(store.open(path()).ok);
    QVERIFY(store.record(
                entry(u"aaaaaaaaaaaaaaaaaaaaaaaa"_s, u"P"_s, true, QDateTime::currentDateTimeUtc())) > 0);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
    db.setDatabaseName(path());
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), SqliteHistoryStore::kSchemaVersion);
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_s);
}

void TestHistory::migratesVersion1KeepingItsRows()
{
    { // a history as version 1 of the schema left it, with an attempt in it
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(kOldAttemptsTable));
        QVERIFY(q.exec(u"CREATE INDEX attempts_at ON attempts(at_ms)"_s));
        QVERIFY(
            q.exec(u"INSERT INTO attempts (at_ms, at_utc, operator, provider, operation, subject, partner,"
                   " ok, reason) VALUES (1793000000000, '2026-10-26T07:33:20.000Z', 'bob', 'sumsub',"
                   " 'sumsub-share-token', '5f1e2d3c4b5a69788796a5b4', 'CoolCoinLtd', 1, 'TICKET-1')"_s));
        QVERIFY(q.exec(u"PRAGMA user_version = 1"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);
    SqliteHistoryStore store;
    QVERIFY(store.open(path()).ok);
    HistoryFilter f;
    f.text = u"ticket-1"_s; // found through the index the migration built over the old rows
    const QList<HistoryEntry> rows = store.query(f);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().operatorName, u"bob"_s);
    QCOMPARE(rows.first().at, QDateTime(QDate(2026, 10, 26), QTime(7, 33, 20), Qt::UTC));
    QVERIFY(store.record(
                entry(u"aaaaaaaaaaaaaaaaaaaaaaaa"_s, u"P"_s, true, QDateTime::currentDateTimeUtc())) > 0);
    f.text = u"aaaaaaaa"_s;
    QCOMPARE(store.count(f), 1);
}

void TestHistory::refusesANewerSchemaAndLeavesItAlone()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery(db).exec(u"CREATE TABLE attempts (x)"_s);
        QSqlQuery(db).exec(u"PRAGMA user_version = 99"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"newer"_s);
    const QByteArray before = hashOf(path());
    SqliteHistoryStore store;
    const SqliteHistoryStore::OpenResult r = store.open(path());
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(u"newer version"_s), qPrintable(r.error));
    QVERIFY(r.movedTo.isEmpty());
    QCOMPARE(hashOf(path()), before);
}

void TestHistory::movesADamagedFileAside()
{
    QFile junk(path());
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray("SQLite format 3") + QByteArray(4096, '\xff')); // a header, then garbage
    junk.close();
    const QByteArray damaged = hashOf(path());
    SqliteHistoryStore store;
    const SqliteHistoryStore::OpenResult r = store.open(path());
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.movedTo.startsWith(path() + u".damaged-"_s));
    QCOMPARE(hashOf(r.movedTo), damaged); // kept as it was, for whoever wants to look
    QVERIFY(store.record(
                entry(u"aaaaaaaaaaaaaaaaaaaaaaaa"_s, u"P"_s, true, QDateTime::currentDateTimeUtc())) > 0);
}

void TestHistory::csvEscaping_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("cell");
    QTest::newRow("plain") << u"CoolCoinLtd"_s << QByteArray("CoolCoinLtd");
    QTest::newRow("comma") << u"a,b"_s << QByteArray("\"a,b\"");
    QTest::newRow("quote") << u"say \"hi\""_s << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("line break") << u"a\nb"_s << QByteArray("\"a\nb\"");
    QTest::newRow("formula =") << u"=HYPERLINK(\"x\")"_s << QByteArray("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::newRow("formula +") << u"+1"_s << QByteArray("\"'+1\"");
    QTest::newRow("formula -") << u"-1+2"_s << QByteArray("\"'-1+2\"");
    QTest::newRow("formula @") << u"@SUM(A1)"_s << QByteArray("\"'@SUM(A1)\"");
    QTest::newRow("tab first") << u"\tx"_s << QByteArray("\"'\tx\"");
    QTest::newRow("unicode") << u"Zürich €"_s << QByteArray("Z\xc3\xbcrich \xe2\x82\xac");
}

void TestHistory::csvEscaping()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, cell);
    QCOMPARE(HistoryExport::csvCell(value), cell);
}

void TestHistory::exports()
{
    QList<HistoryEntry> rows{entry(u"aaaaaaaaaaaaaaaaaaaaaaaa"_s, u"=cmd|' /C calc'!A0"_s, true,
                                   QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC))};
    const QByteArray csv = HistoryExport::toCsv(rows);
    QVERIFY(csv.startsWith("time,operator,profile,"));
    QVERIFY(csv.contains("\r\n"));
    QVERIFY(csv.contains("\"'=cmd|' /C calc'!A0\""));
    const QJsonArray json = QJsonDocument::fromJson(HistoryExport::toJson(rows)).array();
    QCOMPARE(json.first().toObject().value(u"partner"_s).toString(),
             u"=cmd|' /C calc'!A0"_s); // JSON needs no escaping
    QString error;
    QVERIFY(HistoryExport::writeAtomically(m_dir->filePath(u"out.csv"_s), csv, &error));
    QCOMPARE(hashOf(m_dir->filePath(u"out.csv"_s)),
             QCryptographicHash::hash(csv, QCryptographicHash::Sha256));
    QVERIFY(!HistoryExport::writeAtomically(u"/nonexistent/dir/out.csv"_s, csv, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
