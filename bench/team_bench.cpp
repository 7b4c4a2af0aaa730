// Team mode at scale: a PostgreSQL server of its own (Debian's, started in a temporary folder, commits
// waiting for the disk), its history filled with N attempts (an intent and an outcome each, chained as the
// store chains them), then what the team waits for, each the median of several runs beside psql running
// the very statements the store runs, in the same run: the History pane's first page, a text search, a
// week, an applicant's share report, and verify; and how many attempts 4 writers record at once against one.
//   team_bench [--attempts N] [--runs R] [--writes M]
//   team_bench --writer URL NAME COUNT      (one of the concurrent writers; run by the bench itself)
#include "Measure.h"
#include "PostgresServer.h"
#include "SampleAttempts.h"
#include "core/history/AuditChain.h"
#include "core/history/HistoryLocation.h"
#include "core/history/PostgresHistoryStore.h"
#include "core/history/ShareReport.h"
#include "core/history/TeamSchema.h"
#include "gui/HistoryModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {
const QString kDatabase = u"kyc"_s;
const QString kAdmin = QString::fromLatin1(PostgresServer::kAdmin);

PostgresServer *g_server = nullptr; // stopped on the way out, whatever the way

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "team_bench: %s\n", qPrintable(what));
    if (g_server)
        g_server->stop();
    std::exit(1);
}

void sql(const PostgresServer &server, const QString &statement)
{
    QString error;
    if (!server.sql(statement, kAdmin, kDatabase, nullptr, &error))
        fail(statement.left(60) + u": "_s + error);
}

// A value as COPY's text format writes it.
QByteArray copyText(const kyc::AuditValue &v)
{
    if (v.type == kyc::AuditValue::Type::Null)
        return "\\N";
    if (v.type == kyc::AuditValue::Type::Integer)
        return QByteArray::number(v.integer);
    QByteArray out;
    for (const char c : v.text) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
    return out;
}

// Attempts like a team's year (SampleAttempts, four operators taking turns). Chained from the head the store
// left (its genesis), streamed into COPY with the table's triggers and secondary indexes set aside, then the
// indexes built again: the fill is not what is measured.
void fill(const PostgresServer &server, int attempts, const QDateTime &start)
{
    QString head;
    server.sql(u"SELECT id || ' ' || hash FROM kyc_share.records ORDER BY id DESC LIMIT 1"_s, kAdmin,
               kDatabase, &head);
    qint64 id = head.section(u' ', 0, 0).toLongLong();
    QByteArray previous = head.section(u' ', 1, 1).toLatin1();
    QStringList indexes;
    for (const QString &statement : kyc::TeamSchema::statements(kyc::TeamSchema::ApprovalPolicy::None) +
                                        kyc::TeamSchema::textIndexStatements()) {
        if (statement.startsWith(u"CREATE INDEX"_s))
            indexes << statement;
    }
    for (const QString &index : std::as_const(indexes))
        sql(server, u"DROP INDEX kyc_share."_s + index.section(u' ', 2, 2));
    sql(server, u"ALTER TABLE kyc_share.records DISABLE TRIGGER USER"_s);

    QStringList columns;
    for (const char *name : kyc::AuditChain::columnNames())
        columns << QLatin1String(name);
    QProcess psql;
    psql.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    psql.start(server.binary(u"psql"_s),
               {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-h"_s, u"127.0.0.1"_s, u"-p"_s,
                QString::number(server.port()), u"-U"_s, kAdmin, u"-d"_s, kDatabase, u"-c"_s,
                u"COPY kyc_share.records (%1, prev_hash, hash) FROM STDIN"_s.arg(columns.join(u", "_s))});
    if (!psql.waitForStarted())
        fail(u"psql did not start"_s);
    QByteArray chunk;
    const auto add = [&](kyc::HistoryEntry e) {
        e.id = ++id;
        const QVariantList values = e.storedValues();
        std::array<QByteArray, kyc::AuditChain::FieldCount> utf8;
        const kyc::AuditChain::Fields fields = kyc::AuditChain::fieldsOf(values, utf8);
        const QByteArray hash = kyc::AuditChain::hash(previous, fields);
        for (const kyc::AuditValue &v : fields)
            chunk += copyText(v) + '\t';
        chunk += previous + '\t' + hash + '\n';
        previous = hash;
        return e.id;
    };
    qint64 written = 0;
    sampleAttempts(attempts, start, {u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s},
                   [&](const kyc::HistoryEntry &e) {
                       const qint64 record = add(e);
                       if (chunk.size() > (4 << 20)) {
                           psql.write(chunk);
                           chunk.clear();
                           while (psql.bytesToWrite() > 0)
                               psql.waitForBytesWritten(-1);
                       }
                       if (++written % 2'000'000 == 0)
                           std::fprintf(stderr, "team_bench: %lld attempts written\n",
                                        static_cast<long long>(written / 2));
                       return record;
                   });
    psql.write(chunk);
    while (psql.bytesToWrite() > 0)
        psql.waitForBytesWritten(-1);
    psql.write("\\.\n");
    psql.closeWriteChannel();
    psql.waitForFinished(-1);
    if (psql.exitCode() != 0)
        fail(u"COPY failed"_s);
    for (const QString &index : std::as_const(indexes))
        sql(server, index);
    sql(server, u"ALTER TABLE kyc_share.records ENABLE TRIGGER USER"_s);
    // What the triggers would have derived, had they run: the counts of each kind (all intents have their
    // outcome, so none is open).
    sql(server,
        u"INSERT INTO kyc_share.record_counts SELECT kind, count(*) FROM kyc_share.records GROUP BY kind"
        " ON CONFLICT (kind) DO UPDATE SET n = EXCLUDED.n"_s);
    sql(server, u"VACUUM ANALYZE kyc_share.records"_s);
}

// The statement with its values written in: what psql is given.
QString withValues(const QString &statement, const QVariantList &binds)
{
    QString out;
    int next = 0;
    bool quoted = false;
    for (const QChar c : statement) {
        if (c == u'\'')
            quoted = !quoted;
        if (c == u'?' && !quoted && next < binds.size()) {
            const QVariant &v = binds.at(next++);
            out += v.typeId() == QMetaType::QString ? u'\'' + v.toString().replace(u'\'', u"''"_s) + u'\''
                                                    : QString::number(v.toLongLong());
        } else {
            out += c;
        }
    }
    return out;
}

// psql running statements, timed by psql itself (\timing: from sending each to having read its whole
// answer), one process for all of them, its start not counted.
double psqlMs(const PostgresServer &server, const QStringList &statements)
{
    QProcess psql;
    psql.start(server.binary(u"psql"_s),
               {u"-X"_s, u"-q"_s, u"-A"_s, u"-t"_s, u"-h"_s, u"127.0.0.1"_s, u"-p"_s,
                QString::number(server.port()), u"-U"_s, u"alice"_s, u"-d"_s, kDatabase});
    psql.write("\\timing on\n");
    for (const QString &s : statements)
        psql.write(s.toUtf8() + (s.startsWith(u'\\') ? "\n" : ";\n"));
    psql.closeWriteChannel();
    psql.waitForFinished(-1);
    double total = 0;
    int found = 0;
    static const QRegularExpression time(u"^Time: ([0-9.]+) ms"_s, QRegularExpression::MultilineOption);
    auto it = time.globalMatch(QString::fromUtf8(psql.readAllStandardOutput()));
    while (it.hasNext()) {
        total += it.next().captured(1).toDouble();
        ++found;
    }
    if (found != statements.size())
        fail(u"psql timed %1 of %2 statements"_s.arg(found).arg(statements.size()));
    return total;
}

struct Figure
{
    QString name;
    double target; // ms; 0: none
    QList<double> ours;
    QList<double> psql;
};

// One of the concurrent writers: COUNT attempts, each an intent and its outcome.
int writer(const QString &url, const QString &name, int count)
{
    QString problem;
    const std::optional<kyc::HistoryLocation> location = kyc::HistoryLocation::parse(url, &problem);
    kyc::HistoryStore::OpenResult opened;
    const std::unique_ptr<kyc::HistoryStore> store = kyc::openHistoryStore(*location, &opened);
    if (!opened.ok)
        fail(opened.error);
    for (int i = 0; i < count; ++i) {
        kyc::HistoryEntry e;
        e.at = QDateTime::currentDateTimeUtc();
        e.operation = u"sumsub-share-token"_s;
        e.provider = u"sumsub"_s;
        e.environment = u"sandbox"_s;
        e.subject = name + u'-' + QString::number(i);
        e.partner = u"CoolCoinLtd"_s;
        e.ttlSecs = 600;
        const qint64 intent = store->recordIntent(e);
        e.ok = true;
        e.expiresAt = e.at.addSecs(600);
        if (intent <= 0 || store->recordOutcome(intent, e) <= 0)
            fail(store->error());
    }
    return 0;
}

// Attempts per second that `writers` processes record at once, each `each` attempts.
double throughput(const PostgresServer &server, const QString &program, int writers, int each)
{
    std::vector<std::unique_ptr<QProcess>> running;
    const double ms = msOf([&] {
        for (int w = 0; w < writers; ++w) {
            auto p = std::make_unique<QProcess>();
            p->setProcessChannelMode(QProcess::ForwardedChannels);
            p->start(program, {u"--writer"_s, server.url(u"alice"_s, kDatabase), u"w%1"_s.arg(w),
                               QString::number(each)});
            running.push_back(std::move(p));
        }
        for (auto &p : running) {
            p->waitForFinished(-1);
            if (p->exitCode() != 0)
                fail(u"a writer failed"_s);
        }
    });
    return writers * each / (ms / 1000.0);
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == u"--writer")
        return writer(args.value(2), args.value(3), args.value(4).toInt());
    const auto option = [&args](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int attempts = option(u"--attempts"_s, u"10000000"_s).toInt();
    const int runs = option(u"--runs"_s, u"5"_s).toInt();
    const int writes = option(u"--writes"_s, u"500"_s).toInt();

    // A server as a team would run it on a machine like this one: commits wait for the disk, a quarter
    // of the memory for its cache.
    PostgresServer server;
    server.setSettings({u"shared_buffers=4GB"_s, u"effective_cache_size=12GB"_s, u"work_mem=64MB"_s,
                        u"maintenance_work_mem=1GB"_s, u"max_wal_size=8GB"_s},
                       true);
    QString error;
    g_server = &server;
    if (!server.start(&error))
        fail(error);
    if (!server.sql(u"CREATE DATABASE kyc"_s, kAdmin, u"postgres"_s, nullptr, &error) ||
        !server.sql(u"CREATE ROLE alice LOGIN"_s, kAdmin, u"postgres"_s, nullptr, &error))
        fail(error);
    {
        kyc::PostgresHistoryStore store;
        QString problem;
        const std::optional<kyc::HistoryLocation> admin =
            kyc::HistoryLocation::parse(server.url(kAdmin, kDatabase), &problem);
        if (!store.connect(*admin).ok ||
            !store.createTeamHistory(kyc::TeamSchema::ApprovalPolicy::None, &error))
            fail(error);
    }
    sql(server, u"GRANT kyc_operator TO alice"_s);
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    std::fprintf(stderr, "team_bench: filling %d attempts\n", attempts);
    const double fillMs = msOf([&] { fill(server, attempts, start); });
    std::fprintf(stderr, "team_bench: filled in %.0f s\n", fillMs / 1000);

    QString problem;
    const kyc::HistoryLocation location =
        *kyc::HistoryLocation::parse(server.url(u"alice"_s, kDatabase), &problem);
    Figure firstPage{u"open the view, first page painted"_s, 200, {}, {}};
    Figure narrowText{u"text filter, one row (a ticket)"_s, 100, {}, {}};
    Figure broadText{u"text filter, a partner's name"_s, 100, {}, {}};
    Figure week{u"date-range filter (one week)"_s, 100, {}, {}};
    Figure report{u"an applicant's share report"_s, 100, {}, {}};
    Figure verify{u"verify the chain"_s, 30000, {}, {}};
    qint64 records = 0;
    for (int r = 0; r < runs; ++r) {
        std::fprintf(stderr, "team_bench: run %d of %d\n", r + 1, runs);
        QElapsedTimer timer;
        timer.start();
        kyc::PostgresHistoryStore store;
        if (!store.open(location).ok)
            fail(u"cannot open the team history"_s);
        HistoryModel model(&store, [] { return QDateTime::currentDateTimeUtc(); });
        QTableView view;
        view.setModel(&model);
        view.resize(1000, 400);
        view.grab();
        firstPage.ours << double(timer.nsecsElapsed()) / 1e6;
        const auto baseline = [&](Figure &figure, kyc::HistoryFilter filter) {
            filter.limit = HistoryModel::kPageSize;
            QVariantList queryBinds;
            QVariantList countBinds;
            const QString query = withValues(store.querySql(filter, queryBinds), queryBinds);
            const QString count = withValues(store.countSql(filter, countBinds), countBinds);
            figure.psql << psqlMs(server, {query, count});
        };
        baseline(firstPage, model.filter());
        const auto measure = [&](Figure &figure, const kyc::HistoryFilter &filter) {
            figure.ours << msOf([&] {
                model.setFilter(filter);
                view.grab();
            });
            baseline(figure, filter);
        };
        kyc::HistoryFilter f;
        f.text = u"ticket-%1"_s.arg((attempts / 2 + r * 7) / 3 * 3);
        measure(narrowText, f);
        f.text = u"Partner4%1"_s.arg(r);
        measure(broadText, f);
        f = {};
        f.since = start.addDays(180 + r);
        f.until = f.since.addDays(7);
        measure(week, f);

        const QString applicant = u"%1"_s.arg(1234 + r, 24, 16, QLatin1Char('0'));
        QList<kyc::ShareReport::Row> rows;
        report.ours << msOf([&] { rows = kyc::ShareReport::collect(store, applicant, {}); });
        kyc::HistoryFilter a;
        a.subject = applicant;
        a.descending = false;
        a.limit = 5000; // the page ShareReport reads
        QVariantList binds;
        report.psql << psqlMs(server, {withValues(store.querySql(a, binds), binds)});

        kyc::AuditVerdict verdict;
        verify.ours << msOf([&] { verdict = store.verify(); });
        if (!verdict.intact)
            fail(u"the filled history does not verify: "_s + verdict.problem);
        records = verdict.count;
        QStringList columns;
        for (const char *name : kyc::AuditChain::columnNames())
            columns << QLatin1String(name);
        verify.psql << psqlMs(server,
                              {u"\\copy (SELECT "_s + columns.join(u", "_s) +
                               u", prev_hash, hash FROM kyc_share.records ORDER BY id) TO '/dev/null'"_s});
    }
    std::fprintf(stderr, "team_bench: writers\n");
    const double one = throughput(server, app.applicationFilePath(), 1, writes);
    const double four = throughput(server, app.applicationFilePath(), 4, writes);

    std::printf(
        "\n| figure (PostgreSQL, %d attempts, %lld records, median of %d) | console | psql, same statements |"
        " ratio | target |\n|---|---|---|---|---|\n",
        attempts, static_cast<long long>(records), runs);
    for (const Figure *fig : {&firstPage, &narrowText, &broadText, &week, &report, &verify}) {
        const double ours = median(fig->ours);
        const double base = median(fig->psql);
        const double ratio = ours / qMax(base, 0.001);
        QString target = ratio <= 2.0 ? u"<= 2x psql met"_s : u"<= 2x psql MISSED"_s;
        if (fig->target > 0)
            target += (ours <= fig->target ? u"; <= %1 ms met"_s : u"; <= %1 ms MISSED"_s).arg(fig->target);
        std::printf("| %s | %.1f ms | %.1f ms | %.2fx | %s |\n", qPrintable(fig->name), ours, base, ratio,
                    qPrintable(target));
    }
    std::printf("| 4 writers at once, %d attempts each (commits wait for the disk) | %.0f attempts/s | %.0f"
                " attempts/s, one writer | %.2fx | |\n",
                writes, four, one, four / qMax(one, 0.001));
    return 0;
}
