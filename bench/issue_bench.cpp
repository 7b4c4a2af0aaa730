// Issuance in-process: sign + send + parse + record, N sequential Sumsub share tokens through the Issuer
// (the console's and the CLI's one path) against a kyc-share-emulator process, beside the floor: the
// same N requests with a bare QNetworkAccessManager loop (signed once up front, no parsing, no history).
// Each figure is the median of R runs; the emulator runs with --no-rate-limits.
//   issue_bench --base-url URL [--count N] [--runs R] [--label TEXT]
// The history goes to a temporary folder (TMPDIR): on a disk, each attempt waits for its fsync.
#include "core/credentials/FixedCredentialSource.h"
#include "core/history/SqliteHistoryStore.h"
#include "core/issuing/Issuer.h"
#include "core/net/Transport.h"
#include "core/sumsub/SumsubSigner.h"
#include "emulator/EmulatorConfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {
double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

const QByteArray kPath = "/resources/accessTokens/shareToken";
const QByteArray kBody =
    R"({"applicantId":"63e092c51b7b4030f2e01154","forClientId":"CoolCoinLtd","ttlInSecs":600})";

// Milliseconds for count steps run one after the other: each step starts one request and calls done(ok)
// when it has answered; the next starts then. Any failure ends the benchmark, as its figure would lie.
using Done = std::function<void(bool ok)>;
double sequentially(int count, const std::function<void(const Done &)> &step, const char *what)
{
    QEventLoop loop;
    int left = count;
    int failures = 0;
    std::function<void()> next;
    const Done done = [&](bool ok) {
        if (!ok)
            ++failures;
        if (--left > 0)
            next();
        else
            loop.quit();
    };
    next = [&] { step(done); };
    QElapsedTimer timer;
    timer.start();
    next();
    loop.exec();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (failures > 0) {
        std::fprintf(stderr, "issue_bench: %s: %d of %d failed\n", what, failures, count);
        std::exit(1);
    }
    return ms;
}

// The floor: the same signed request (signed once), no parsing, no history.
double floorRun(QNetworkAccessManager *nam, const QUrl &baseUrl, int count)
{
    const kyc::Credentials credentials = kyc::emulator::EmulatorConfig::demoCredentials();
    const qint64 ts = QDateTime::currentSecsSinceEpoch();
    QNetworkRequest request(baseUrl.resolved(QUrl(QString::fromLatin1(kPath))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("X-App-Token", credentials.sumsubAppToken.toUtf8());
    request.setRawHeader("X-App-Access-Ts", QByteArray::number(ts));
    request.setRawHeader("X-App-Access-Sig", kyc::SumsubSigner::sign(credentials.sumsubSecretKey.toUtf8(), ts,
                                                                     "POST", kPath, kBody));
    return sequentially(
        count,
        [&](const Done &done) {
            QNetworkReply *reply = nam->post(request, kBody);
            QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done] {
                reply->readAll();
                reply->deleteLater();
                done(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
            });
        },
        "the bare loop");
}

double issuerRun(kyc::Issuer *issuer, const kyc::Profile &profile, int count)
{
    kyc::TokenRequest request(kyc::Operation::SumsubShareToken);
    request.set(kyc::Field::ApplicantId, u"63e092c51b7b4030f2e01154"_s);
    request.set(kyc::Field::ForClientId, u"CoolCoinLtd"_s);
    request.set(kyc::Field::TtlSecs, u"600"_s);
    return sequentially(
        count,
        [&](const Done &done) {
            kyc::PendingIssue *pending = issuer->issue(profile, request);
            QObject::connect(pending, &kyc::PendingIssue::finished, pending,
                             [done](const kyc::Outcome &outcome) { done(outcome.isIssued()); });
        },
        "the Issuer");
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&args](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const QUrl baseUrl(option(u"--base-url"_s, {}));
    const int count = option(u"--count"_s, u"10000"_s).toInt();
    const int runs = option(u"--runs"_s, u"3"_s).toInt();
    const QString label = option(u"--label"_s, {}); // said after the figure's name
    if (!baseUrl.isValid() || baseUrl.isEmpty() || count <= 0 || runs <= 0) {
        std::fprintf(stderr, "usage: issue_bench --base-url URL [--count N] [--runs R]\n");
        return 2;
    }

    QTemporaryDir dir;
    kyc::SqliteHistoryStore history;
    if (!history.open(dir.filePath(u"history.sqlite"_s)).ok) {
        std::fprintf(stderr, "issue_bench: cannot open a history in %s\n", qPrintable(dir.path()));
        return 1;
    }
    kyc::Transport transport;
    kyc::FixedCredentialSource credentials(kyc::emulator::EmulatorConfig::demoCredentials());
    kyc::Issuer issuer(&transport, &credentials);
    issuer.setHistory(&history);
    kyc::Profile profile;
    profile.name = u"bench"_s;
    profile.provider = kyc::Provider::Sumsub;
    profile.baseUrl = baseUrl;
    QNetworkAccessManager nam;

    // One warm-up each (connections, caches), then the runs, alternating so drift hits both alike.
    floorRun(&nam, baseUrl, 100);
    issuerRun(&issuer, profile, 100);
    QList<double> floor, console;
    for (int r = 0; r < runs; ++r) {
        floor << floorRun(&nam, baseUrl, count);
        console << issuerRun(&issuer, profile, count);
    }
    const double f = median(floor);
    const double c = median(console);
    const QByteArray suffix = label.isEmpty() ? QByteArray() : (u", "_s + label).toUtf8();
    std::printf(
        "| in-process: %d share tokens, sign + send + parse + record%s (median of %d) | %.0f ms "
        "(%.0f us each) | %.0f ms (%.0f us each), bare QNetworkAccessManager loop | %.2fx | <= 1.3x %s |\n",
        count, suffix.constData(), runs, c, c * 1000 / count, f, f * 1000 / count, c / f,
        c / f <= 1.3 ? "met" : "MISSED");
    return 0;
}
