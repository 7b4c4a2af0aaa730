// The history at a million rows: fills a real SQLite file, then measures (median of several runs)
// opening the view to its first painted page, a text filter, a date-range filter, and peak memory.
//   history_bench [--rows N] [--runs R]
#include "HistoryModel.h"
#include "history/HistoryStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {
double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

void fill(const QString &path, int rows, const QDateTime &start)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fill"_s);
    db.setDatabaseName(path);
    db.open();
    QSqlQuery q(db);
    q.exec(u"PRAGMA synchronous=OFF"_s); // filling only; the store itself runs fully synchronous
    db.transaction();
    q.prepare(u"INSERT INTO attempts (at_ms, at_utc, operator, profile, environment, provider, operation, subject,"
              " partner, ttl_secs, expires_at, ok, failure_kind, http_status, provider_code, correlation_id, reason,"
              " token_fingerprint) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s);
    QRandomGenerator rng(42);
    const qint64 span = 365LL * 86400 * 1000;
    for (int i = 0; i < rows; ++i) {
        const QDateTime at = start.addMSecs(span * i / rows);
        const bool ok = rng.bounded(10) != 0;
        const QString applicant = u"%1"_s.arg(rng.bounded(10000), 24, 16, QLatin1Char('0'));
        const QVariantList values{at.toMSecsSinceEpoch(), at.toString(Qt::ISODateWithMs), u"operator"_s,
                                  u"Sumsub production"_s, u"production"_s, u"sumsub"_s, u"sumsub-share-token"_s,
                                  applicant, u"Partner%1"_s.arg(rng.bounded(500)), 600,
                                  at.addSecs(600).toString(Qt::ISODateWithMs), ok ? 1 : 0,
                                  ok ? QVariant() : QVariant(u"rejected"_s), ok ? QVariant() : QVariant(400),
                                  QVariant(), u"%1"_s.arg(rng.generate64(), 16, 16, QLatin1Char('0')),
                                  rng.bounded(3) == 0 ? QVariant(u"TICKET-%1"_s.arg(i)) : QVariant(),
                                  u"%1"_s.arg(rng.generate64() & 0xffffffffffffULL, 12, 16, QLatin1Char('0'))};
        for (int c = 0; c < values.size(); ++c)
            q.bindValue(c, values.at(c));
        q.exec();
    }
    db.commit();
    db.close();
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rows = args.contains(u"--rows"_s) ? args.value(args.indexOf(u"--rows"_s) + 1).toInt() : 1'000'000;
    const int runs = args.contains(u"--runs"_s) ? args.value(args.indexOf(u"--runs"_s) + 1).toInt() : 5;

    QTemporaryDir dir;
    const QString path = dir.filePath(u"history.sqlite"_s);
    {
        kyc::HistoryStore schema; // creates the file with the current schema and indexes
        schema.open(path);
    }
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    QElapsedTimer timer;
    timer.start();
    fill(path, rows, start);
    QSqlDatabase::removeDatabase(u"fill"_s);
    std::printf("filled %d rows in %.1f s\n", rows, double(timer.elapsed()) / 1000.0);

    QList<double> firstPage, textFilter, dateFilter;
    for (int r = 0; r < runs; ++r) {
        timer.restart();
        kyc::HistoryStore store;
        store.open(path);
        HistoryModel model(&store, [] { return QDateTime::currentDateTimeUtc(); });
        QTableView view;
        view.setModel(&model);
        view.resize(1000, 400);
        view.grab(); // the first page painted
        firstPage << double(timer.nsecsElapsed()) / 1e6;

        kyc::HistoryFilter text;
        text.text = u"TICKET-%1"_s.arg(rows / 2 + r);
        timer.restart();
        model.setFilter(text);
        view.grab();
        textFilter << double(timer.nsecsElapsed()) / 1e6;

        kyc::HistoryFilter range;
        range.since = start.addDays(180 + r);
        range.until = range.since.addDays(7);
        timer.restart();
        model.setFilter(range);
        view.grab();
        dateFilter << double(timer.nsecsElapsed()) / 1e6;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double peakMb = double(usage.ru_maxrss) / 1024.0;

    std::printf("\n| figure (%d rows, median of %d) | measured | target |\n|---|---|---|\n", rows, runs);
    std::printf("| open the view, first page painted | %.1f ms | <= 200 ms %s |\n", median(firstPage),
                median(firstPage) <= 200 ? "met" : "MISSED");
    std::printf("| text filter (reason, partner, subject, correlation ID) | %.1f ms | <= 100 ms %s |\n",
                median(textFilter), median(textFilter) <= 100 ? "met" : "MISSED");
    std::printf("| date-range filter (one week) | %.1f ms | <= 100 ms %s |\n", median(dateFilter),
                median(dateFilter) <= 100 ? "met" : "MISSED");
    std::printf("| peak memory (RSS) | %.0f MB | <= 150 MB %s |\n", peakMb, peakMb <= 150 ? "met" : "MISSED");
    return 0;
}
