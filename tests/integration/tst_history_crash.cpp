// Kills a process that is recording attempts (SIGKILL, at random moments, many rounds): every attempt
// it reported as recorded must be in the history afterwards, the file must pass integrity_check, and its
// hash chain must verify.
#include "core/history/SqliteHistoryStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestHistoryCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportedAttemptsSurviveSigkill();
};

void TestHistoryCrash::reportedAttemptsSurviveSigkill()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"history.sqlite"_s);
    QSet<qint64> reported;
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator rng(seed);
    qInfo("random seed %u", seed);
    const int rounds = 20;
    for (int round = 0; round < rounds; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(KYC_CRASH_WRITER_PATH), {file});
        QVERIFY(writer.waitForStarted(10000));
        QTest::qWait(int(rng.bounded(30, 400)));
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        for (const QByteArray &line : writer.readAllStandardOutput().split('\n')) {
            if (!line.isEmpty())
                reported.insert(line.toLongLong()); // only complete lines: a cut one was never "reported"
        }
    }
    QVERIFY2(reported.size() > rounds, "the writer recorded next to nothing; the test proves nothing");

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
    db.setDatabaseName(file);
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"ok"_s);
    QSet<qint64> present;
    QVERIFY(q.exec(u"SELECT id FROM records"_s));
    while (q.next())
        present.insert(q.value(0).toLongLong());
    for (const qint64 id : std::as_const(reported))
        QVERIFY2(present.contains(id),
                 qPrintable(u"attempt %1 was reported as recorded but is missing"_s.arg(id)));
    qInfo("%lld attempts reported over %d kills, all present", static_cast<long long>(reported.size()),
          rounds);
    // And the chain is whole: a kill in the middle of a write leaves no half record in it.
    kyc::SqliteHistoryStore store;
    QVERIFY(store.open(file).ok);
    const kyc::AuditVerdict verdict = store.verify();
    QVERIFY2(verdict.intact, qPrintable(verdict.problem));
    // The genesis record and every reported attempt; at most one more a round, written but killed before
    // it was reported.
    QVERIFY(verdict.count >= qint64(reported.size()) + 1);
    QVERIFY(verdict.count <= qint64(reported.size()) + 1 + rounds);
}

QTEST_GUILESS_MAIN(TestHistoryCrash)
#include "tst_history_crash.moc"
