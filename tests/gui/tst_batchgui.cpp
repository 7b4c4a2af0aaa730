// The batch window over the real main window, a real SQLite history and the emulator enforcing Sumsub's
// rate limit: a bad CSV listed row by row with nothing sent, a good one issued row by row with progress,
// each row's token copied alone, as a message and all as CSV, a CSV sent before resumed without sending
// an issued row again, and waves released by the operator, all with the keyboard.
#include "ConsoleParts.h"
#include "FindChild.h"
#include "core/batch/BatchRun.h"
#include "core/history/HistoryStore.h"
#include "core/history/SqliteHistoryStore.h"
#include "emulator/Emulator.h"
#include "emulator/EmulatorState.h"
#include "emulator/FaultInjector.h"
#include "gui/BatchDialog.h"
#include "gui/MainWindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using kyc::emulator::EmulatorConfig;
using kyc::emulator::EmulatorState;

class TestBatchGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aBadCsvIsListedRowByRowAndNothingIsSent();
    void aBatchIsIssuedAndEachTokenCopied();
    void aCsvSentBeforeIsResumed();
    void aRowInDoubtIsSentAgainOnlyWhenTheOperatorSays();
    void aLongBatchGoesInWavesTheOperatorReleases();

private:
    QString writeCsv(const QString &name, const QByteArray &text) const;
    QString rows(const QString &name, int from, int to, const QByteArray &extra = {}) const;
    BatchDialog *open();
    int requestsFor(const QString &applicant) const;

    std::unique_ptr<ConsoleParts> m_parts;
};

void TestBatchGui::init()
{
    ConsoleParts::Options options;
    options.history = true;
    options.size = QSize(1366, 740);
    options.emulatorConfig.emplace();
    options.emulatorConfig->state.seed(60);
    m_parts = std::make_unique<ConsoleParts>(options);
    QVERIFY(m_parts->start());
}

void TestBatchGui::cleanup()
{
    m_parts.reset();
}

QString TestBatchGui::writeCsv(const QString &name, const QByteArray &text) const
{
    const QString path = m_parts->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(text);
    return path;
}

QString TestBatchGui::rows(const QString &name, int from, int to, const QByteArray &extra) const
{
    QByteArray text = "applicantId" + (extra.isEmpty() ? QByteArray() : ";ttlInSecs") + "\n";
    for (int n = from; n <= to; ++n)
        text += EmulatorState::seededId(n).toUtf8() + (extra.isEmpty() ? QByteArray() : ";" + extra) + "\n";
    return writeCsv(name, text);
}

BatchDialog *TestBatchGui::open()
{
    // Operation > Issue a batch from a CSV… (Ctrl+B), from the window.
    QAction *action = in<QAction>(m_parts->window(), "batchAction");
    action->trigger();
    auto *dialog = m_parts->window()->findChild<BatchDialog *>(u"batchDialog"_s);
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        qWarning("the batch window was not shown");
    return dialog;
}

int TestBatchGui::requestsFor(const QString &applicant) const
{
    int n = 0;
    for (const auto &entry : m_parts->emulator().requestLog())
        n += entry.status == 200 && entry.subject == applicant ? 1 : 0;
    return n;
}

void TestBatchGui::aBadCsvIsListedRowByRowAndNothingIsSent()
{
    BatchDialog *dialog = open();
    QVERIFY(dialog);
    QCOMPARE(in<QAction>(m_parts->window(), "batchAction")->shortcut(), QKeySequence(u"Ctrl+B"_s));
    const QString csv =
        writeCsv(u"bad.csv"_s, "applicantId\n" + EmulatorState::seededId(1).toUtf8() + "\nnot-an-id\n" +
                                   EmulatorState::seededId(1).toUtf8() + "\n");
    in<QLineEdit>(dialog, "csvFileLineEdit")->setText(csv);
    in<QLineEdit>(dialog, "forClientIdLineEdit")->setText(u"CoolCoinLtd"_s);
    // The check is the default button: Enter in the file field runs it.
    QTest::keyClick(in<QLineEdit>(dialog, "csvFileLineEdit"), Qt::Key_Return);
    auto *problems = in<QTreeWidget>(dialog, "problemsTreeWidget");
    QCOMPARE(problems->topLevelItemCount(), 2);
    QCOMPARE(problems->topLevelItem(0)->text(0), u"3"_s);
    QCOMPARE(problems->topLevelItem(0)->text(1), u"applicantId"_s);
    QCOMPARE(problems->topLevelItem(1)->text(0), u"4"_s);
    QVERIFY(problems->topLevelItem(1)->text(2).contains(u"repeats line 2"_s));
    QVERIFY(in<QLabel>(dialog, "summaryLabel")->text().contains(u"nothing was sent"_s));
    QVERIFY(!in<QPushButton>(dialog, "startPushButton")->isEnabled());
    QCOMPARE(m_parts->emulator().requestLog().size(), 0);
}

void TestBatchGui::aBatchIsIssuedAndEachTokenCopied()
{
    BatchDialog *dialog = open();
    QVERIFY(dialog);
    dialog->setCsvFile(rows(u"good.csv"_s, 1, 12));
    in<QLineEdit>(dialog, "forClientIdLineEdit")->setText(u"CoolCoinLtd"_s);
    QVERIFY(dialog->check());
    auto *start = in<QPushButton>(dialog, "startPushButton");
    QVERIFY(start->isEnabled());
    QCOMPARE(start->text(), u"&Start: issue 12 token(s)"_s);
    QVERIFY(in<QLabel>(dialog, "summaryLabel")->text().contains(u"at 50 per 5 s"_s));
    QTest::keyClick(start, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 20000);
    QCOMPARE(dialog->run()->count(kyc::BatchRowState::Issued), 12);
    for (int n = 1; n <= 12; ++n)
        QCOMPARE(requestsFor(EmulatorState::seededId(n)), 1);
    QVERIFY(in<QLabel>(dialog, "progressLabel")->text().startsWith(u"12 issued, 0 failed, 0 in doubt"_s));

    // Each row in the history with the batch's ID and its row.
    kyc::HistoryFilter filter;
    filter.note = u"batch: "_s + dialog->run()->batchId() + u';';
    QCOMPARE(m_parts->history()->count(filter), 12);

    // Row 3's token, alone and as a message; then all of them as CSV.
    auto *table = in<QTableView>(dialog, "batchTableView");
    table->setFocus();
    table->setCurrentIndex(table->model()->index(2, 0));
    const QString token = dialog->run()->row(3).token->token;
    QTest::keyClick(in<QPushButton>(dialog, "copyTokenPushButton"), Qt::Key_Space);
    QCOMPARE(QGuiApplication::clipboard()->text(), token);
    QTest::keyClick(in<QPushButton>(dialog, "copyMessagePushButton"), Qt::Key_Space);
    QVERIFY(QGuiApplication::clipboard()->text().contains(token));
    QTest::keyClick(in<QPushButton>(dialog, "copyAllPushButton"), Qt::Key_Space);
    const QStringList lines = QGuiApplication::clipboard()->text().split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 13);
    QCOMPARE(lines.first(), u"row,applicantId,forClientId,token,expiresAt"_s);
    QVERIFY(lines.at(3).startsWith(u"3,"_s + EmulatorState::seededId(3) + u",CoolCoinLtd,"_s + token));

    // Expired, the tokens are gone from memory: nothing left to copy.
    m_parts->setNow(QDateTime::currentDateTimeUtc().addSecs(700));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->run()->row(3).token, 3000);
    QVERIFY(!in<QPushButton>(dialog, "copyAllPushButton")->isEnabled());
    QCOMPARE(table->model()->index(2, 5).data().toString(), u"expired"_s);
}

void TestBatchGui::aCsvSentBeforeIsResumed()
{
    const QString csv = rows(u"resume.csv"_s, 21, 30);
    BatchDialog *dialog = open();
    dialog->setCsvFile(csv);
    in<QLineEdit>(dialog, "forClientIdLineEdit")->setText(u"CoolCoinLtd"_s);
    QVERIFY(dialog->check());
    dialog->start();
    // Stopped after a few rows, as an operator would.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->run()->count(kyc::BatchRowState::Issued) >= 3, 10000);
    QTest::keyClick(in<QPushButton>(dialog, "stopPushButton"), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 10000);
    const int issued = dialog->run()->count(kyc::BatchRowState::Issued);
    QVERIFY(issued < 10);
    const QString id = dialog->run()->batchId();

    // Checked again, the CSV is known: resuming is offered, and sends only the rest.
    QVERIFY(dialog->check());
    auto *resume = in<QCheckBox>(dialog, "resumeCheckBox");
    QVERIFY(resume->isVisible() && resume->isChecked());
    QVERIFY(resume->text().contains(id));
    QCOMPARE(in<QPushButton>(dialog, "startPushButton")->text(),
             u"&Start: issue %1 token(s)"_s.arg(10 - issued));
    dialog->start();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 10000);
    QCOMPARE(dialog->run()->batchId(), id);
    QCOMPARE(dialog->run()->count(kyc::BatchRowState::Issued), 10);
    for (int n = 21; n <= 30; ++n)
        QCOMPARE(requestsFor(EmulatorState::seededId(n)), 1);
}

void TestBatchGui::aRowInDoubtIsSentAgainOnlyWhenTheOperatorSays()
{
    // The first answer breaks off half-way: that row may have been issued, and is in doubt.
    m_parts->emulator().faults().add(kyc::emulator::Fault{kyc::emulator::Fault::Kind::Close, 0,
                                                          u"/resources/accessTokens/shareToken"_s, 1});
    const QString csv = rows(u"doubt.csv"_s, 51, 55);
    BatchDialog *dialog = open();
    dialog->setCsvFile(csv);
    in<QLineEdit>(dialog, "forClientIdLineEdit")->setText(u"CoolCoinLtd"_s);
    QVERIFY(dialog->check());
    dialog->start();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 10000);
    QCOMPARE(dialog->run()->row(1).state, kyc::BatchRowState::Unknown);
    QCOMPARE(dialog->run()->count(kyc::BatchRowState::Issued), 4);
    auto *table = in<QTableView>(dialog, "batchTableView");
    QVERIFY(table->model()->index(0, 4).data().toString().startsWith(u"In doubt: "_s));

    // Checked again: resuming sends nothing by itself ...
    QVERIFY(dialog->check());
    auto *retry = in<QCheckBox>(dialog, "retryDoubtCheckBox");
    QVERIFY(retry->isVisible() && !retry->isChecked());
    auto *start = in<QPushButton>(dialog, "startPushButton");
    QCOMPARE(start->text(), u"&Start: issue 0 token(s)"_s);
    // ... until the operator says the row was not issued.
    QTest::keyClick(retry, Qt::Key_Space);
    QCOMPARE(start->text(), u"&Start: issue 1 token(s)"_s);
    QTest::keyClick(start, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 10000);
    QCOMPARE(dialog->run()->row(1).state, kyc::BatchRowState::Issued);
    QVERIFY(!dialog->run()->row(1).earlier);
    QCOMPARE(dialog->run()->count(kyc::BatchRowState::Issued), 5);
    for (int n = 52; n <= 55; ++n)
        QCOMPARE(requestsFor(EmulatorState::seededId(n)), 1);
}

void TestBatchGui::aLongBatchGoesInWavesTheOperatorReleases()
{
    // 20 rows take about 2 s; tokens of 2 s: waves of 9.
    BatchDialog *dialog = open();
    dialog->setCsvFile(rows(u"waves.csv"_s, 31, 50, "2"));
    in<QLineEdit>(dialog, "forClientIdLineEdit")->setText(u"CoolCoinLtd"_s);
    QVERIFY(dialog->check());
    auto *waves = in<QCheckBox>(dialog, "wavesCheckBox");
    QVERIFY(waves->isVisible() && waves->isChecked());
    QVERIFY(waves->text().contains(u"waves of 9 rows"_s));
    QVERIFY(in<QLabel>(dialog, "summaryLabel")->text().contains(u"longer than the tokens live"_s));
    dialog->start();
    auto *release = in<QPushButton>(dialog, "releasePushButton");
    QTRY_VERIFY_WITH_TIMEOUT(release->isVisible(), 10000);
    QCOMPARE(dialog->run()->count(kyc::BatchRowState::Issued), 9);
    QVERIFY(in<QLabel>(dialog, "progressLabel")->text().contains(u"Wave 1 of 3 is issued"_s));
    QTest::keyClick(release, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(release->isVisible() && dialog->run()->count(kyc::BatchRowState::Issued) == 18,
                             10000);
    QTest::keyClick(release, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 10000);
    QCOMPARE(dialog->run()->count(kyc::BatchRowState::Issued), 20);
}

QTEST_MAIN(TestBatchGui)
#include "tst_batchgui.moc"
