// Batches: a whole `kyc-share batch` process against the emulator with Sumsub's rate limit enforced (the
// rate it achieves against the documented 50 per 5 s, the 429 answers it met, its peak memory), and a
// 100,000-row CSV validated in-process beside splitting the same file into cells (the floor of reading it
// at all). Prints table rows in scripts/bench's format.
#include "Measure.h"
#include "core/batch/BatchCsv.h"
#include "core/batch/BatchPacer.h"
#include "emulator/EmulatorState.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace kyc;

namespace {

constexpr const char *kAppToken = "sbx:bench-made-up-app-token";
constexpr const char *kSecretKey = "bench-made-up-secret-key";

QByteArray csvOf(int rows)
{
    QByteArray csv = "applicantId;forClientId;ttlInSecs\n";
    csv.reserve(rows * 48);
    for (int n = 1; n <= rows; ++n)
        csv += kyc::emulator::EmulatorState::seededId(n).toLatin1() + ";CoolCoinLtd;3600\n";
    return csv;
}

void fail(const QString &message)
{
    std::fprintf(stderr, "batch_bench: %s\n", qPrintable(message));
    std::exit(1);
}

struct BatchFigures
{
    double seconds = 0;
    int issued = 0;
    int rateLimited = 0;
    long peakKb = 0;
};

BatchFigures runBatch(const QString &emulatorPath, const QString &cliPath, int rows, const QTemporaryDir &dir)
{
    QProcess emulator;
    // Its request log is what the 429s are counted from: never silenced by the caller's logging rules.
    QProcessEnvironment quiet = QProcessEnvironment::systemEnvironment();
    quiet.remove(u"QT_LOGGING_RULES"_s);
    emulator.setProcessEnvironment(quiet);
    // Into a file: a pipe nobody reads until the end would fill and stop the emulator.
    const QString log = dir.filePath(u"emulator.log"_s);
    emulator.setStandardErrorFile(log);
    emulator.start(emulatorPath, {u"--listen"_s, u"127.0.0.1:0"_s, u"--seed"_s, QString::number(rows),
                                  u"--sumsub-app-token"_s, QLatin1String(kAppToken), u"--sumsub-secret-key"_s,
                                  QLatin1String(kSecretKey)});
    if (!emulator.waitForStarted() || !emulator.waitForReadyRead(15000))
        fail(u"the emulator did not start"_s);
    const QByteArray first = emulator.readLine().trimmed();
    if (!first.startsWith("listening on "))
        fail(u"the emulator said: "_s + QString::fromUtf8(first));
    const QString url = QString::fromLatin1(first.mid(13));

    const QString csv = dir.filePath(u"batch-%1.csv"_s.arg(rows));
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(csvOf(rows)) < 0)
        fail(u"cannot write "_s + csv);
    file.close();

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"KYC_SHARE_SUMSUB_APP_TOKEN"_s, QLatin1String(kAppToken));
    env.insert(u"KYC_SHARE_SUMSUB_SECRET_KEY"_s, QLatin1String(kSecretKey));
    env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    QProcess cli;
    cli.setProcessEnvironment(env);
    QFile::remove(dir.filePath(u"history.sqlite"_s));
    QElapsedTimer timer;
    timer.start();
    // Its peak memory by /usr/bin/time, as scripts/bench measures whole processes: a child forked from
    // here would count this process's pages until it execs.
    const QString rss = dir.filePath(u"rss"_s);
    cli.start(u"/usr/bin/time"_s, {u"-f"_s, u"%M"_s, u"-o"_s, rss, cliPath, u"--base-url"_s, url,
                                   u"--history-url"_s, dir.filePath(u"history.sqlite"_s), u"batch"_s,
                                   u"sumsub"_s, u"share-token"_s, u"--csv"_s, csv});
    if (!cli.waitForFinished(3600 * 1000))
        fail(u"the batch did not finish within an hour"_s);
    BatchFigures f;
    f.seconds = double(timer.nsecsElapsed()) / 1e9;
    QFile rssFile(rss);
    if (!rssFile.open(QIODevice::ReadOnly))
        fail(u"/usr/bin/time wrote no peak memory"_s);
    f.peakKb = rssFile.readAll().trimmed().split('\n').last().toLong();
    for (const QByteArray &line : cli.readAllStandardOutput().split('\n'))
        f.issued += line.contains("\"status\":\"issued\"") ? 1 : 0;
    if (cli.exitCode() != 0)
        fail(u"the batch ended with status %1: %2"_s.arg(cli.exitCode())
                 .arg(QString::fromUtf8(cli.readAllStandardError().right(400))));
    emulator.terminate();
    emulator.waitForFinished();
    int answered = 0;
    QFile logFile(log);
    if (!logFile.open(QIODevice::ReadOnly))
        fail(u"the emulator wrote no request log"_s);
    for (const QByteArray &line : logFile.readAll().split('\n')) {
        f.rateLimited += line.contains(" -> 429") ? 1 : 0;
        answered += line.contains(" -> 200") ? 1 : 0;
    }
    if (answered != f.issued)
        fail(u"the emulator's log shows %1 tokens issued, the batch %2"_s.arg(answered).arg(f.issued));
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"emulator"_s, u"kyc-share-emulator"_s, u"PATH"_s},
                       {u"cli"_s, u"kyc-share"_s, u"PATH"_s},
                       {u"rows"_s, u"rows of the batch (1000)"_s, u"N"_s, u"1000"_s},
                       {u"csv-rows"_s, u"rows of the CSV validated (100000)"_s, u"N"_s, u"100000"_s},
                       {u"runs"_s, u"runs of the validation (5)"_s, u"N"_s, u"5"_s}});
    parser.process(app);
    const int rows = parser.value(u"rows"_s).toInt();
    const int csvRows = parser.value(u"csv-rows"_s).toInt();
    const int runs = parser.value(u"runs"_s).toInt();
    QTemporaryDir dir;

    // The validation: BatchCsv::read against splitting the same bytes into cells.
    const QByteArray bytes = csvOf(csvRows);
    BatchCsvOptions options;
    options.defaults = TokenRequest(Operation::SumsubShareToken);
    QList<double> ours;
    QList<double> floor;
    qsizetype cells = 0;
    for (int i = 0; i < runs; ++i) {
        ours << msOf([&] {
            const BatchPlan plan = BatchCsv::read(bytes, options);
            if (!plan.isValid() || plan.rows.size() != csvRows)
                fail(u"the CSV did not validate"_s);
        });
        floor << msOf([&] {
            for (const QByteArray &line : bytes.split('\n'))
                cells += line.split(';').size();
        });
    }
    const double v = median(ours);
    const double b = median(floor);
    std::printf("| batch: validate a %d-row CSV, every row checked (median of %d) | %.0f ms | %.0f ms, "
                "splitting the same file into cells | %.2fx | <= 2000 ms %s |\n",
                csvRows, runs, v, b, v / b, v <= 2000 ? "met" : "MISSED");
    std::fflush(stdout);

    if (parser.isSet(u"emulator"_s) && parser.isSet(u"cli"_s)) {
        const BatchFigures f = runBatch(parser.value(u"emulator"_s), parser.value(u"cli"_s), rows, dir);
        const RateLimit limit = RateLimit::of(Provider::Sumsub, Environment::Sandbox);
        const double per5s = double(f.issued) / f.seconds * double(limit.windowMs) / 1000.0;
        const double share = per5s / double(limit.requests);
        const bool met = share >= 0.95 && f.rateLimited == 0 && f.peakKb <= 100 * 1024 && f.issued == rows;
        std::printf(
            "| batch: %d share tokens, whole `kyc-share batch` process, the emulator enforcing Sumsub's "
            "limit | %.1f s: %.1f per 5 s, %d issued, %d x 429, peak %.1f MB | %d per 5 s, the "
            "documented limit | %.1f%% | >= 95%%, no 429, <= 100 MB %s |\n",
            rows, f.seconds, per5s, f.issued, f.rateLimited, double(f.peakKb) / 1024.0, limit.requests,
            share * 100.0, met ? "met" : "MISSED");
    }
    return 0;
}
