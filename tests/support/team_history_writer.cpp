// Writes N attempts (an intent, then its outcome) into a team's history as fast as it can: one of the
// concurrent writers of tst_teamhistory. Each attempt's subject is WRITER-NUMBER, so the test can tell
// whose records are whose and that each writer's are in its own order.
#include "core/history/HistoryLocation.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: team_history_writer URL WRITER COUNT\n");
        return 2;
    }
    QString problem;
    const std::optional<kyc::HistoryLocation> location =
        kyc::HistoryLocation::parse(QString::fromLocal8Bit(argv[1]), &problem);
    if (!location) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return 2;
    }
    kyc::HistoryStore::OpenResult opened;
    const std::unique_ptr<kyc::HistoryStore> store = kyc::openHistoryStore(*location, &opened);
    if (!opened.ok) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(opened.error));
        return 1;
    }
    const QString writer = QString::fromLocal8Bit(argv[2]);
    const int count = QByteArray(argv[3]).toInt();
    for (int i = 0; i < count; ++i) {
        kyc::HistoryEntry e;
        e.at = QDateTime::currentDateTimeUtc();
        e.operation = QStringLiteral("sumsub-share-token");
        e.provider = QStringLiteral("sumsub");
        e.environment = QStringLiteral("sandbox");
        e.subject = writer + u'-' + QString::number(i);
        e.partner = QStringLiteral("CoolCoinLtd");
        e.ttlSecs = 600;
        const qint64 intent = store->recordIntent(e);
        e.ok = true;
        e.expiresAt = e.at.addSecs(600);
        e.tokenFingerprint = QStringLiteral("0123456789ab");
        if (intent <= 0 || store->recordOutcome(intent, e) <= 0) {
            std::fprintf(stderr, "attempt %d not recorded: %s\n", i, qPrintable(store->error()));
            return 1;
        }
    }
    return 0;
}
