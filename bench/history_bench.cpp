// The history at a million rows: fills a real SQLite file, then measures (median of several runs) what
// the operator waits for in the History pane: opening it to its first painted page, finding text,
// a date range, sorting by a column; and peak memory. Each figure is set beside sqlite3 itself running
// the very statements the store runs (its page and its count), in the same run, as the baseline.
//   history_bench [--rows N] [--runs R] [--db FILE]   (--db keeps the filled file for the next run)
#include "Measure.h"
#include "SampleAttempts.h"
#include "core/history/AuditChain.h"
#include "core/history/HistoryEntry.h"
#include "core/history/SqliteHistoryStore.h"
#include "gui/HistoryModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

#include <sqlite3.h>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {
void check(int rc, sqlite3 *db, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
        std::exit(1);
    }
}

// Rows like an operator's year (SampleAttempts), through sqlite3 directly (the fill is not what is
// measured), into the schema and triggers the store created, so the text index is filled as the console
// would fill it, and with the chain's hashes as the store computes them (AuditChain), so that the file
// verifies.
void fill(const QString &path, int rows, const QDateTime &start)
{
    sqlite3 *db = nullptr;
    check(sqlite3_open(path.toUtf8().constData(), &db), db, "open");
    // One transaction per record, as the console writes (the text index's shape depends on it: one bulk
    // transaction leaves it in pieces that make every search slow), but without waiting for the disk.
    check(sqlite3_exec(db, "PRAGMA synchronous=OFF", nullptr, nullptr, nullptr), db, "pragma");
    sqlite3_stmt *head = nullptr;
    check(sqlite3_prepare_v2(db, "SELECT id, hash FROM records ORDER BY id DESC LIMIT 1", -1, &head, nullptr),
          db, "prepare");
    check(sqlite3_step(head), db, "head");
    qint64 id = sqlite3_column_int64(head, 0);
    QByteArray previous(reinterpret_cast<const char *>(sqlite3_column_text(head, 1)));
    sqlite3_finalize(head);
    QString columns;
    for (const char *name : kyc::AuditChain::columnNames())
        columns += QLatin1String(name) + u", "_s;
    const QByteArray sql = (u"INSERT INTO records ("_s + columns + u"prev_hash, hash) VALUES (?"_s +
                            u", ?"_s.repeated(kyc::AuditChain::FieldCount + 1) + u')')
                               .toUtf8();
    sqlite3_stmt *st = nullptr;
    check(sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr), db, "prepare");
    const auto insert = [&](kyc::HistoryEntry e) -> qint64 {
        e.id = ++id;
        const QVariantList values = e.storedValues();
        std::array<QByteArray, kyc::AuditChain::FieldCount> utf8;
        const kyc::AuditChain::Fields fields = kyc::AuditChain::fieldsOf(values, utf8);
        const QByteArray hash = kyc::AuditChain::hash(previous, fields);
        for (int c = 0; c < kyc::AuditChain::FieldCount; ++c) {
            const kyc::AuditValue &v = fields[c];
            if (v.type == kyc::AuditValue::Type::Null)
                sqlite3_bind_null(st, c + 1);
            else if (v.type == kyc::AuditValue::Type::Integer)
                sqlite3_bind_int64(st, c + 1, v.integer);
            else
                sqlite3_bind_text(st, c + 1, v.text.data(), int(v.text.size()), SQLITE_TRANSIENT);
        }
        sqlite3_bind_text(st, kyc::AuditChain::FieldCount + 1, previous.constData(), 64, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, kyc::AuditChain::FieldCount + 2, hash.constData(), 64, SQLITE_TRANSIENT);
        check(sqlite3_step(st), db, "insert");
        sqlite3_reset(st);
        previous = hash;
        return e.id;
    };
    sampleAttempts(rows, start, {u"operator"_s}, insert);
    sqlite3_finalize(st);
    sqlite3_close(db);
}

// What one attempt's two durable writes (an intent, then its outcome, each its own synchronous commit)
// cost, beside one synchronous INSERT of a row of the same size by sqlite3's own interface, in the same
// folder and the same journal mode (WAL, synchronous=FULL). Milliseconds per attempt, median of runs.
std::pair<double, double> durableWrites(const QString &folder, int attempts, int runs)
{
    QList<double> ours, baseline;
    QTemporaryDir scratch(folder + u"/durable-writes-XXXXXX"_s); // on the same disk as the history
    for (int r = 0; r < runs; ++r) {
        const QString file = scratch.filePath(u"writes-%1.sqlite"_s.arg(r));
        {
            kyc::SqliteHistoryStore store;
            store.open(file);
            kyc::HistoryEntry e;
            e.operatorName = u"operator"_s;
            e.profile = u"Sumsub production"_s;
            e.environment = u"production"_s;
            e.provider = u"sumsub"_s;
            e.operation = u"sumsub-share-token"_s;
            e.subject = u"63e092c51b7b4030f2e01154"_s;
            e.partner = u"CoolCoinLtd"_s;
            e.ttlSecs = 600;
            e.ok = true;
            e.tokenFingerprint = u"0123456789ab"_s;
            ours << msOf([&] {
                        for (int i = 0; i < attempts; ++i) {
                            e.at = QDateTime::currentDateTimeUtc();
                            e.expiresAt = e.at.addSecs(600);
                            store.recordOutcome(store.recordIntent(e), e);
                        }
                    }) / attempts;
        }
        // The baseline: the same history's schema (its indexes, text index and triggers, made by the
        // store), and one synchronous INSERT of a whole attempt into it by sqlite3 itself: what one
        // attempt cost when the history wrote it once, with no chain.
        const QString plainFile = file + u".plain"_s;
        {
            kyc::SqliteHistoryStore schema;
            schema.open(plainFile);
        }
        const QByteArray plain = plainFile.toUtf8();
        sqlite3 *db = nullptr;
        check(sqlite3_open(plain.constData(), &db), db, "open");
        check(
            sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;", nullptr, nullptr, nullptr),
            db, "pragma");
        sqlite3_stmt *st = nullptr;
        check(sqlite3_prepare_v2(
                  db,
                  "INSERT INTO records (id, kind, at_ms, at_utc, operator, profile, environment,"
                  " provider, operation, subject, partner, ttl_secs, expires_at, ok,"
                  " token_fingerprint, prev_hash, hash) VALUES ((SELECT max(id) + 1 FROM records),"
                  " 'attempt', ?, ?, 'operator', 'Sumsub production', 'production', 'sumsub',"
                  " 'sumsub-share-token', '63e092c51b7b4030f2e01154', 'CoolCoinLtd', 600, ?, 1,"
                  " '0123456789ab', '', '')",
                  -1, &st, nullptr),
              db, "prepare");
        baseline << msOf([&] {
                        for (int i = 0; i < attempts; ++i) {
                            const QDateTime at = QDateTime::currentDateTimeUtc();
                            const QByteArray utc = at.toString(Qt::ISODateWithMs).toUtf8();
                            const QByteArray expires = at.addSecs(600).toString(Qt::ISODateWithMs).toUtf8();
                            sqlite3_bind_int64(st, 1, at.toMSecsSinceEpoch());
                            sqlite3_bind_text(st, 2, utc.constData(), -1, SQLITE_TRANSIENT);
                            sqlite3_bind_text(st, 3, expires.constData(), -1, SQLITE_TRANSIENT);
                            check(sqlite3_step(st), db, "insert");
                            sqlite3_reset(st);
                        }
                    }) / attempts;
        sqlite3_finalize(st);
        sqlite3_close(db);
    }
    return {median(ours), median(baseline)};
}

// The baseline of verification: sqlite3 stepping through every record and reading every column, which
// verification must do before it hashes anything.
double readEveryRecord(const QString &path)
{
    sqlite3 *db = nullptr;
    check(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr), db, "open");
    sqlite3_stmt *st = nullptr;
    check(sqlite3_prepare_v2(db, "SELECT * FROM records ORDER BY id", -1, &st, nullptr), db, "prepare");
    qint64 bytes = 0;
    const double ms = msOf([&] {
        while (sqlite3_step(st) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(st); ++c)
                bytes += sqlite3_column_bytes(st, c) + (sqlite3_column_text(st, c) ? 1 : 0);
        }
    });
    sqlite3_finalize(st);
    sqlite3_close(db);
    return bytes > 0 ? ms : -1;
}

// The baseline: sqlite3 running the store's own page and count statements, every row stepped.
class Sqlite3Baseline
{
public:
    explicit Sqlite3Baseline(const QString &path)
    {
        check(sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr), m_db, "open");
    }
    ~Sqlite3Baseline() { sqlite3_close(m_db); }

    double run(const kyc::SqliteHistoryStore &store, const kyc::HistoryFilter &filter)
    {
        return msOf([&] {
            QVariantList binds;
            step(store.querySql(filter, binds), binds);
            binds.clear();
            step(store.countSql(filter, binds), binds);
        });
    }

private:
    void step(const QString &sql, const QVariantList &binds)
    {
        sqlite3_stmt *st = nullptr;
        check(sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &st, nullptr), m_db, "prepare");
        for (int i = 0; i < binds.size(); ++i) {
            const QVariant &v = binds.at(i);
            if (v.typeId() == QMetaType::QString)
                sqlite3_bind_text(st, i + 1, v.toString().toUtf8().constData(), -1, SQLITE_TRANSIENT);
            else
                sqlite3_bind_int64(st, i + 1, v.toLongLong());
        }
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(st); ++c)
                sqlite3_column_text(st, c);
        }
        check(rc, m_db, "step");
        sqlite3_finalize(st);
    }

    sqlite3 *m_db = nullptr;
};

struct Figure
{
    const char *name;
    double target; // ms; 0: none
    QList<double> console;
    QList<double> sqlite3;
    QList<double> paint; // the part of console spent painting the page (the rest: Qt SQL and the model)
};
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&args](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int rows = option(u"--rows"_s, u"1000000"_s).toInt();
    const int runs = option(u"--runs"_s, u"5"_s).toInt();

    QTemporaryDir dir;
    const QString path = option(u"--db"_s, dir.filePath(u"history.sqlite"_s));
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    if (!QFile::exists(path)) {
        {
            kyc::SqliteHistoryStore schema; // creates the file with the current schema, indexes and triggers
            schema.open(path);
        }
        const double ms = msOf([&] { fill(path, rows, start); });
        std::printf("filled %d rows in %.1f s\n", rows, ms / 1000.0);
    }

    Figure firstPage{"open the view, first page painted", 200, {}, {}, {}};
    Figure narrowText{"text filter, one row (a ticket)", 100, {}, {}, {}};
    Figure broadText{"text filter, ~22,000 rows (a partner name)", 100, {}, {}, {}};
    Figure dateRange{"date-range filter (one week)", 100, {}, {}, {}};
    Figure sortPartner{"sort by partner", 0, {}, {}, {}};
    Sqlite3Baseline baseline(path);
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        kyc::SqliteHistoryStore store;
        store.open(path);
        HistoryModel model(&store, [] { return QDateTime::currentDateTimeUtc(); });
        QTableView view;
        view.setModel(&model);
        view.resize(1000, 400);
        const double beforePaint = double(timer.nsecsElapsed()) / 1e6;
        view.grab(); // the first page painted
        firstPage.console << double(timer.nsecsElapsed()) / 1e6;
        firstPage.paint << firstPage.console.last() - beforePaint;
        firstPage.sqlite3 << baseline.run(store, model.filter());

        const auto measure = [&](Figure &figure, const kyc::HistoryFilter &filter) {
            const double query = msOf([&] { model.setFilter(filter); });
            const double paint = msOf([&] { view.grab(); });
            figure.console << query + paint;
            figure.paint << paint;
            kyc::HistoryFilter page = filter;
            page.limit = HistoryModel::kPageSize;
            figure.sqlite3 << baseline.run(store, page);
        };
        kyc::HistoryFilter f;
        f.text = u"ticket-%1"_s.arg((rows / 2 + r * 7) / 3 * 3); // one that exists
        measure(narrowText, f);
        f.text = u"Partner4%1"_s.arg(r);
        measure(broadText, f);
        f = {};
        f.since = start.addDays(180 + r);
        f.until = f.since.addDays(7);
        measure(dateRange, f);
        f = {};
        f.sortKey = kyc::HistoryFilter::SortKey::Partner;
        f.descending = false;
        measure(sortPartner, f);
    }
    // The audit trail: verifying every record, and the durable writes of one attempt.
    QList<double> verifyMs, readMs;
    qint64 records = 0;
    for (int r = 0; r < runs; ++r) {
        kyc::SqliteHistoryStore store;
        store.open(path);
        kyc::AuditVerdict verdict;
        verifyMs << msOf([&] { verdict = store.verify(); });
        if (!verdict.intact) {
            std::fprintf(stderr, "the filled history does not verify: %s\n", qPrintable(verdict.problem));
            return 1;
        }
        records = verdict.count;
        readMs << readEveryRecord(path);
    }
    const auto [writes, insert] = durableWrites(QFileInfo(path).absolutePath(), 200, runs);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double peakMb = double(usage.ru_maxrss) / 1024.0;

    std::printf("\n| figure (%d rows, median of %d) | console | sqlite3, same statements | ratio | target |\n"
                "|---|---|---|---|---|\n",
                rows, runs);
    for (const Figure *f : {&firstPage, &narrowText, &broadText, &dateRange, &sortPartner}) {
        const double c = median(f->console);
        const double s = median(f->sqlite3);
        const double ratio = c / qMax(s, 0.001);
        QString target = ratio <= 2.0 ? u"<= 2x sqlite3 met"_s : u"<= 2x sqlite3 MISSED"_s;
        if (f->target > 0)
            target += (c <= f->target ? u"; <= %1 ms met"_s : u"; <= %1 ms MISSED"_s).arg(f->target);
        std::printf("| %s | %.1f ms (painting %.1f) | %.1f ms | %.2fx | %s |\n", f->name, c, median(f->paint),
                    s, ratio, qPrintable(target));
    }
    std::printf("| peak memory (RSS) | %.0f MB | | | <= 150 MB %s |\n", peakMb,
                peakMb <= 150 ? "met" : "MISSED");
    const double verify = median(verifyMs), read = median(readMs);
    std::printf(
        "| verify the chain, %lld records | %.0f ms | %.0f ms (sqlite3 reading every record) | %.2fx |"
        " <= 2000 ms %s |\n",
        static_cast<long long>(records), verify, read, verify / qMax(read, 0.001),
        verify <= 2000 ? "met" : "MISSED");
    std::printf("| one attempt's two durable writes (intent, outcome) | %.2f ms | %.2f ms (one synchronous"
                " sqlite3 INSERT of a whole attempt, same schema) | %.2fx | <= 2.5x %s |\n",
                writes, insert, writes / qMax(insert, 0.001),
                writes / qMax(insert, 0.001) <= 2.5 ? "met" : "MISSED");
    return 0;
}
