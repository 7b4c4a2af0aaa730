// Records attempts into a history file as fast as it can and prints each row's id once record() has
// returned: what the operator would have been told. The crash test kills it at random moments.
#include "core/history/SqliteHistoryStore.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: history_crash_writer FILE\n");
        return 2;
    }
    kyc::SqliteHistoryStore store;
    const kyc::SqliteHistoryStore::OpenResult opened = store.open(QString::fromLocal8Bit(argv[1]));
    if (!opened.ok) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(opened.error));
        return 1;
    }
    kyc::Profile profile;
    profile.name = QStringLiteral("crash test");
    for (int i = 0;; ++i) {
        const kyc::CheckedRequest request(kyc::ShareTokenParams{QStringLiteral("63e092c51b7b4030f2e01154"),
                                                                QStringLiteral("Partner%1").arg(i),
                                                                std::chrono::seconds(600)},
                                          {});
        kyc::IssuedToken token;
        token.token = QStringLiteral("made-up-token-%1").arg(i);
        token.partner = QStringLiteral("Partner%1").arg(i);
        token.expiresAt = QDateTime::currentDateTimeUtc().addSecs(600);
        const qint64 id = store.record(kyc::HistoryEntry::fromAttempt(
            profile, request, token, QDateTime::currentDateTimeUtc(), QStringLiteral("t")));
        if (id <= 0)
            return 1;
        std::printf("%lld\n", static_cast<long long>(id));
        std::fflush(stdout);
    }
}
