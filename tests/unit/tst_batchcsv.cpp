// A batch's CSV as spreadsheets write it (BatchCsv), the pace a batch keeps (BatchPacer) and the note that
// ties a record to its batch and row (BatchJournal).
#include "core/batch/BatchCsv.h"
#include "core/batch/BatchJournal.h"
#include "core/batch/BatchPacer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kyc;

namespace {
const QByteArray kA = "5f1c0b7e9a3d2c4b6e8f0a12";
const QByteArray kB = "63e092c51b7b4030f2e01154";

BatchPlan read(const QByteArray &csv, const QString &partner = u"CoolCoinLtd"_s)
{
    BatchCsvOptions options;
    options.defaults = TokenRequest(Operation::SumsubShareToken);
    options.defaults.set(Field::ForClientId, partner);
    options.defaults.set(Field::TtlSecs, u"600"_s);
    return BatchCsv::read(csv, options);
}

QStringList problems(const BatchPlan &plan)
{
    QStringList out;
    for (const BatchProblem &p : plan.problems)
        out << u"%1:%2:%3"_s.arg(p.line).arg(p.field ? fieldKey(*p.field) : QString()).arg(p.message);
    return out;
}
} // namespace

class TestBatchCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spreadsheetsCsvIsRead_data();
    void spreadsheetsCsvIsRead();
    void quotedLineBreaksKeepLineNumbers();
    void theRowOverridesTheDefaults();
    void anUnclosedQuoteIsSaidWhereItOpened();
    void onlyBatchOperations();
    void pacingStaysJustUnderTheLimit();
    void aRetryAfterAndA429SlowTheBatch();
    void theNoteNamesBatchRowAndCsv();
};

void TestBatchCsv::spreadsheetsCsvIsRead_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("comma, LF") << "applicantId,ttlInSecs\n" + kA + ",600\n" + kB + ",900\n" << QChar(u',');
    QTest::newRow("semicolon, CRLF, BOM (Excel's CSV UTF-8)") << "\xEF\xBB\xBF"
                                                                 "applicantId;ttlInSecs\r\n" +
                                                                     kA + ";600\r\n" + kB + ";900\r\n"
                                                              << QChar(u';');
    QTest::newRow("quoted cells, blank lines, no final newline")
        << "\"applicantId\";\"ttlInSecs\"\n\n\"" + kA + "\";600\n\n" + kB + ";\"900\"" << QChar(u';');
    QTest::newRow("header in another case, spaces around cells")
        << "ApplicantID , TTLINSECS\n " + kA + " , 600\n" + kB + ",900\n"
        << QChar(u',');
}

void TestBatchCsv::spreadsheetsCsvIsRead()
{
    QFETCH(QByteArray, csv);
    QFETCH(QChar, delimiter);
    const BatchPlan plan = read(csv);
    QVERIFY2(plan.isValid(), qPrintable(problems(plan).join(u'\n')));
    QCOMPARE(plan.delimiter, delimiter);
    QCOMPARE(plan.rows.size(), 2);
    QCOMPARE(plan.columns, (QList<Field>{Field::ApplicantId, Field::TtlSecs}));
    const std::optional<CheckedRequest> second = plan.request(2).check().request;
    QVERIFY(second);
    QCOMPARE(second->ttl().count(), 900);
    QCOMPARE(second->partner(), u"CoolCoinLtd"_s);
    QCOMPARE(plan.shortestLifetimeSecs, 600);
    QCOMPARE(plan.digest.size(), 12);
}

void TestBatchCsv::quotedLineBreaksKeepLineNumbers()
{
    const BatchPlan plan = read("applicantId;reason\n" + kA + ";\"two\nlines\"\nnot-an-id;x\n");
    QCOMPARE(plan.rows.size(), 2);
    QCOMPARE(plan.rows.at(0).line, 2);
    QCOMPARE(plan.rows.at(0).cells.at(1), u"two\nlines"_s);
    QCOMPARE(plan.rows.at(1).line, 4);
    QCOMPARE(plan.problems.size(), 1);
    QCOMPARE(plan.problems.first().line, 4);
    QCOMPARE(plan.problems.first().field, Field::ApplicantId);
}

void TestBatchCsv::theRowOverridesTheDefaults()
{
    const BatchPlan plan = read("applicantId,forClientId\n" + kA + ",OtherPartner\n");
    QVERIFY(plan.isValid());
    QCOMPARE(plan.request(1).check().request->partner(), u"OtherPartner"_s);
    QCOMPARE(plan.kept(1, FieldSpec::Kept::Subject), QString::fromLatin1(kA));
    QCOMPARE(plan.kept(1, FieldSpec::Kept::Partner), u"OtherPartner"_s);
}

void TestBatchCsv::anUnclosedQuoteIsSaidWhereItOpened()
{
    const BatchPlan plan = read("applicantId;reason\n" + kA + ";ok\n" + kB + ";\"never closed\n");
    QVERIFY(!plan.isValid());
    QCOMPARE(plan.problems.first().line, 3);
    QVERIFY(plan.problems.first().message.contains(u"never closed"_s));
}

void TestBatchCsv::onlyBatchOperations()
{
    BatchCsvOptions options;
    options.defaults = TokenRequest(Operation::SumsubReuse);
    const BatchPlan plan = BatchCsv::read("shareToken\nx\n", options);
    QVERIFY(!plan.isValid());
    QVERIFY(plan.problems.first().message.contains(u"is not issued in batches"_s));
    QCOMPARE(BatchCsv::operations().size(), 3);
}

void TestBatchCsv::pacingStaysJustUnderTheLimit()
{
    // Sumsub: 50 per 5 s. Started as soon as allowed, no 5 s window ever holds more than 50.
    BatchPacer pacer(RateLimit::of(Provider::Sumsub, Environment::Production));
    QList<qint64> starts;
    qint64 now = 0;
    for (int i = 0; i < 500; ++i) {
        now = std::max(now, pacer.nextStartMs());
        pacer.started(now);
        starts << now;
    }
    for (qsizetype i = 50; i < starts.size(); ++i)
        QVERIFY2(starts.at(i) - starts.at(i - 50) > 5000, qPrintable(QString::number(i)));
    const double rate = 499.0 / double(starts.last() - starts.first()) * 5000.0;
    QVERIFY2(rate >= 0.95 * 50 && rate < 50, qPrintable(QString::number(rate)));
    // ComplyCube: the sandbox's 5 a second unless the key is live.
    QCOMPARE(RateLimit::of(Provider::ComplyCube, Environment::Sandbox).requests, 5);
    QCOMPARE(RateLimit::of(Provider::ComplyCube, Environment::Unknown).requests, 5);
    QCOMPARE(RateLimit::of(Provider::ComplyCube, Environment::Production).requests, 10);
}

void TestBatchCsv::aRetryAfterAndA429SlowTheBatch()
{
    BatchPacer pacer(RateLimit{50, 5000});
    pacer.started(0);
    const double before = pacer.intervalMs();
    pacer.holdUntil(3000);
    QCOMPARE(pacer.nextStartMs(), 3000);
    pacer.slowDown();
    QVERIFY(pacer.intervalMs() > before);
    for (int i = 0; i < 50; ++i)
        pacer.slowDown();
    QCOMPARE(pacer.intervalMs(), 200.0); // never below half the limit
}

void TestBatchCsv::theNoteNamesBatchRowAndCsv()
{
    const QString id = BatchJournal::newBatchId(QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC));
    QVERIFY2(BatchJournal::isBatchId(id), qPrintable(id));
    QVERIFY(id.startsWith(u"20261202-"_s));
    QVERIFY(!BatchJournal::isBatchId(u"20261202-4f3a9c; drop"_s));
    const QString note = u"levelName: x; "_s + BatchJournal::note(id, 7, 40, u"0123456789ab"_s);
    const std::optional<BatchJournal::NoteFields> fields = BatchJournal::parseNote(note);
    QVERIFY(fields);
    QCOMPARE(fields->batchId, id);
    QCOMPARE(fields->row, 7);
    QCOMPARE(fields->rowCount, 40);
    QCOMPARE(fields->digest, u"0123456789ab"_s);
    QVERIFY(BatchJournal::inDoubt(FailureKind::Timeout));
    QVERIFY(!BatchJournal::inDoubt(FailureKind::RateLimited));
    QVERIFY(!BatchJournal::inDoubt(FailureKind::NotFound));
}

QTEST_GUILESS_MAIN(TestBatchCsv)
#include "tst_batchcsv.moc"
