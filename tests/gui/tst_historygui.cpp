// The history in the main window, over a real SQLite file: what it shows after issuing, its filters,
// copying a token again while it lives, and the export.
#include "ConsoleParts.h"
#include "FindChild.h"
#include "core/credentials/FixedCredentialSource.h"
#include "core/history/SqliteHistoryStore.h"
#include "core/issuing/Issuer.h"
#include "core/net/Transport.h"
#include "core/partners/PartnerBook.h"
#include "emulator/Emulator.h"
#include "gui/Clipboard.h"
#include "gui/ComplyCubeSdkForm.h"
#include "gui/HistoryModel.h"
#include "gui/HistoryPanel.h"
#include "gui/MainWindow.h"
#include "gui/PartnerCompleter.h"
#include "gui/SumsubIdShareForm.h"
#include "gui/SumsubShareTokenForm.h"

#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using kyc::emulator::Emulator;
using kyc::emulator::EmulatorConfig;

class TestHistoryGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsFiltersCopiesAndExports();
    void filtersByOperationAndPeriod();
    void sortsByClickingAColumn();
    void issueAgainFillsTheForm();
    void partnersAreCompletedAndNamed();
    void verifyTellsIntactAndTampered();
    void aLockedHistorySendsNothingAndKeepsTheForm();
    void invisibleCharactersInAReasonAreShown();
    void outcomeUnknownIsAFilter();

private:
    void issue(const QString &applicant, const QString &reason = {});
    void issueComplyCube(const QString &clientId, const QString &referrer);
    QStringList column(int column) const;

    std::unique_ptr<ConsoleParts> m_parts;
    MainWindow *m_window = nullptr;
};

void TestHistoryGui::init()
{
    ConsoleParts::Options options; // a history of its own for each test
    options.profileName = u"History test"_s;
    options.history = true;
    options.size = {900, 900};
    m_parts = std::make_unique<ConsoleParts>(options);
    QVERIFY(m_parts->start());
    m_window = m_parts->window();
}

void TestHistoryGui::cleanup()
{
    m_window = nullptr;
    m_parts.reset();
}

void TestHistoryGui::issue(const QString &applicant, const QString &reason)
{
    auto *form = m_window->shareTokenForm();
    m_window->setCurrentForm(form);
    in<QLineEdit>(form, "applicantIdLineEdit")->setText(applicant);
    in<QLineEdit>(form, "forClientIdLineEdit")->setText(u"CoolCoinLtd"_s);
    in<QLineEdit>(form, "reasonLineEdit")->setText(reason);
    const qsizetype before = m_parts->emulator().requestLog().size();
    m_window->issue();
    QTRY_VERIFY_WITH_TIMEOUT(m_parts->emulator().requestLog().size() > before && !m_window->isIssuing(),
                             10000);
}

void TestHistoryGui::issueComplyCube(const QString &clientId, const QString &referrer)
{
    auto *form = m_window->complyCubeForm();
    m_window->setCurrentForm(form);
    in<QLineEdit>(form, "clientIdLineEdit")->setText(clientId);
    in<QLineEdit>(form, "referrerLineEdit")->setText(referrer);
    const qsizetype before = m_parts->emulator().requestLog().size();
    m_window->issue();
    QTRY_VERIFY_WITH_TIMEOUT(m_parts->emulator().requestLog().size() > before && !m_window->isIssuing(),
                             10000);
}

// History > Verify…, as the operator (or her auditor) uses it: the words for an intact history with its
// checkpoint, then for one changed behind the console's back.
void TestHistoryGui::verifyTellsIntactAndTampered()
{
    issue(u"63e092c51b7b4030f2e01154"_s);
    const auto verify = [this] {
        auto *action = m_window->findChild<QAction *>(u"verifyHistoryAction"_s);
        action->trigger();
        auto *box = m_window->findChild<QMessageBox *>(u"verifyHistoryMessageBox"_s);
        if (!box)
            return QString();
        const QString words = box->text() + u'\n' + box->informativeText();
        box->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return words;
    };
    const QString intact = verify();
    QVERIFY2(intact.contains(u"The history is intact: none of its 3 records was changed"_s),
             qPrintable(intact));
    QVERIFY2(intact.contains(u"3:"_s + QString::fromLatin1(m_parts->history()->checkpoint()->hash)),
             qPrintable(intact));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(m_parts->filePath(u"history.sqlite"_s));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"DROP TRIGGER records_no_update"_s));
        QVERIFY(q.exec(u"UPDATE records SET partner = 'EvilCorp' WHERE id = 2"_s));
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
    const QString tampered = verify();
    QVERIFY2(tampered.contains(u"FAILED verification"_s) &&
                 tampered.contains(u"Record 2 does not match its hash"_s),
             qPrintable(tampered));
}

// Another program holds the history locked: the window says the history could not be written and that
// nothing was sent, the emulator hears nothing, and what the operator typed is still in the form.
void TestHistoryGui::aLockedHistorySendsNothingAndKeepsTheForm()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
    db.setDatabaseName(m_parts->filePath(u"history.sqlite"_s));
    QVERIFY(db.open());
    QVERIFY(QSqlQuery(db).exec(u"BEGIN EXCLUSIVE"_s));
    auto *form = m_window->shareTokenForm();
    m_window->setCurrentForm(form);
    in<QLineEdit>(form, "applicantIdLineEdit")->setText(u"63e092c51b7b4030f2e01154"_s);
    in<QLineEdit>(form, "forClientIdLineEdit")->setText(u"CoolCoinLtd"_s);
    m_window->issue();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isIssuing(), 10000);
    const QString headline = in<QLabel>(m_window, "errorHeadlineLabel")->text();
    QVERIFY2(headline.contains(u"history could not be written, so nothing was sent"_s), qPrintable(headline));
    QVERIFY(in<QLabel>(m_window, "errorHeadlineLabel")->isVisible());
    QCOMPARE(m_parts->emulator().requestLog().size(), 0);
    QCOMPARE(in<QLineEdit>(form, "applicantIdLineEdit")->text(), u"63e092c51b7b4030f2e01154"_s);
    QCOMPARE(in<QLineEdit>(form, "forClientIdLineEdit")->text(), u"CoolCoinLtd"_s);
    QVERIFY(QSqlQuery(db).exec(u"ROLLBACK"_s));
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(u"locker"_s);
    // Freed, the same form issues.
    m_window->issue();
    QTRY_VERIFY_WITH_TIMEOUT(m_parts->emulator().requestLog().size() == 1 && !m_window->isIssuing(), 10000);
    QCOMPARE(column(HistoryModel::Outcome).value(0), u"issued"_s);
}

// A reason is kept as typed, but a right-to-left override or a zero-width space in it is shown for what it
// is, so that the history reads as it was written.
void TestHistoryGui::invisibleCharactersInAReasonAreShown()
{
    issue(u"63e092c51b7b4030f2e01154"_s, u"TICKET-12\u202e34\u200b"_s);
    QCOMPARE(column(HistoryModel::Reason).value(0), u"TICKET-12[U+202E]34[U+200B]"_s);
    QCOMPARE(m_parts->history()->query({}).value(0).reason, u"TICKET-12\u202e34\u200b"_s); // kept as typed
}

// The attempts whose outcome was never recorded are the ones to follow up: the outcome filter finds them.
void TestHistoryGui::outcomeUnknownIsAFilter()
{
    issue(u"63e092c51b7b4030f2e01154"_s); // issued
    kyc::HistoryEntry lost = m_parts->history()->query({}).value(0);
    lost.partner = u"LostPartner"_s;
    QVERIFY(m_parts->history()->recordIntent(lost) > 0); // sent, and then the program was killed
    m_window->historyPanel()->model()->reload();
    auto *outcome = m_window->historyPanel()->findChild<QComboBox *>(u"outcomeComboBox"_s);
    outcome->setCurrentIndex(outcome->findText(u"Outcome unknown"_s));
    QTRY_COMPARE(column(HistoryModel::Partner), QStringList{u"LostPartner"_s});
    QCOMPARE(column(HistoryModel::Outcome), QStringList{u"outcome unknown"_s});
    outcome->setCurrentIndex(outcome->findText(u"Issued"_s));
    QTRY_COMPARE(column(HistoryModel::Partner), QStringList{u"CoolCoinLtd"_s});
}

QStringList TestHistoryGui::column(int column) const
{
    HistoryModel *model = m_window->historyPanel()->model();
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, column).data().toString();
    return out;
}

void TestHistoryGui::showsFiltersCopiesAndExports()
{
    HistoryPanel *panel = m_window->historyPanel();
    QVERIFY(panel);
    HistoryModel *model = panel->model();
    issue(u"63e092c51b7b4030f2e01154"_s);
    const QString token = m_parts->emulator().shareTokens().last().token;
    issue(u"0123456789abcdef01234567"_s); // unknown to the emulator: 404
    QTRY_COMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, HistoryModel::Outcome).data().toString(), u"failed: not-found"_s);
    QVERIFY(!model->index(0, HistoryModel::CorrelationId).data().toString().isEmpty());
    QCOMPARE(model->index(1, HistoryModel::Subject).data().toString(), u"63e092c51b7b4030f2e01154"_s);
    QVERIFY(model->index(1, HistoryModel::Remaining).data().toString().startsWith(u"9 min"_s) ||
            model->index(1, HistoryModel::Remaining).data().toString().startsWith(u"10 min"_s));
    if (const QString dir = qEnvironmentVariable("KYC_SCREENSHOT_DIR"); !dir.isEmpty())
        m_window->grab().save(dir + u"/history.png"_s);

    // Ctrl+F, then the filters.
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    auto *find = in<QLineEdit>(panel, "filterLineEdit");
    QCOMPARE(QApplication::focusWidget(), find);
    QTest::keyClicks(find, u"0123456789ab"_s);
    QTRY_COMPARE(model->rowCount(), 1);
    find->clear();
    Q_EMIT find->textEdited({});
    QTRY_COMPARE(model->rowCount(), 2);
    in<QComboBox>(panel, "outcomeComboBox")->setCurrentIndex(1); // issued only
    QTRY_COMPARE(model->rowCount(), 1);

    // Copy the token again from its row while it lives.
    QCOMPARE(panel->liveTokenAt(0), token);
    panel->copyTokenAt(0);
    QCOMPARE(QGuiApplication::clipboard()->text(), token);

    QString error;
    const QString csv = m_parts->filePath(u"export.csv"_s);
    QVERIFY2(panel->exportTo(csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray exported = file.readAll();
    QVERIFY(exported.contains("63e092c51b7b4030f2e01154"));
    QVERIFY(!exported.contains("0123456789abcdef01234567")); // the filter applies to the export
    QVERIFY(!exported.contains(token.toUtf8()));

    // Once expired, the token is gone from memory.
    m_parts->setNow(QDateTime::currentDateTimeUtc().addSecs(601));
    QCOMPARE(panel->liveTokenAt(0), QString());
    QTRY_COMPARE(model->index(0, HistoryModel::Remaining).data().toString(), u"expired"_s);
}

void TestHistoryGui::filtersByOperationAndPeriod()
{
    HistoryPanel *panel = m_window->historyPanel();
    HistoryModel *model = panel->model();
    // Twenty days ago, for the console and the provider alike.
    m_parts->setNow(QDateTime::currentDateTimeUtc().addDays(-20));
    m_parts->emulator().setClockOffsetSecs(-20 * 86400);
    issue(u"63e092c51b7b4030f2e01154"_s, u"TICKET-OLD"_s);
    m_parts->setNow({});
    m_parts->emulator().setClockOffsetSecs(0);
    issue(u"63e092c51b7b4030f2e01154"_s, u"TICKET-NEW"_s);
    issueComplyCube(u"5eb04fcd0f3e360008035eb1"_s, u"https://*.example.com/*"_s);
    QTRY_COMPARE(model->rowCount(), 3);
    QCOMPARE(column(HistoryModel::Reason), (QStringList{QString(), u"TICKET-NEW"_s, u"TICKET-OLD"_s}));
    QCOMPARE(column(HistoryModel::Outcome), (QStringList{u"issued"_s, u"issued"_s, u"issued"_s}));

    auto *operation = in<QComboBox>(panel, "operationComboBox");
    operation->setCurrentIndex(operation->findText(u"ComplyCube SDK token"_s));
    QCOMPARE(column(HistoryModel::Subject), QStringList{u"5eb04fcd0f3e360008035eb1"_s});
    operation->setCurrentIndex(operation->findText(u"Sumsub: all"_s));
    QCOMPARE(column(HistoryModel::Reason), (QStringList{u"TICKET-NEW"_s, u"TICKET-OLD"_s}));
    QCOMPARE(model->totalCount(), 2);

    auto *period = in<QComboBox>(panel, "periodComboBox");
    auto *from = in<QDateEdit>(panel, "fromDateEdit");
    QVERIFY(!from->isVisible()); // the dates only for a range of one's own
    period->setCurrentIndex(period->findText(u"Last 7 days"_s));
    QCOMPARE(column(HistoryModel::Reason), QStringList{u"TICKET-NEW"_s});
    period->setCurrentIndex(period->findText(u"Dates…"_s));
    QVERIFY(from->isVisible());
    const QDate old = QDateTime::currentDateTimeUtc().addDays(-20).toLocalTime().date();
    from->setDate(old.addDays(-1));
    in<QDateEdit>(panel, "toDateEdit")->setDate(old); // both days included
    QCOMPARE(column(HistoryModel::Reason), QStringList{u"TICKET-OLD"_s});
    if (const QString dir = qEnvironmentVariable("KYC_SCREENSHOT_DIR"); !dir.isEmpty())
        m_window->grab().save(dir + u"/history-filters.png"_s);
    operation->setCurrentIndex(0);
    period->setCurrentIndex(0);
    QCOMPARE(model->rowCount(), 3);
}

void TestHistoryGui::sortsByClickingAColumn()
{
    HistoryPanel *panel = m_window->historyPanel();
    issue(u"63e092c51b7b4030f2e01154"_s, u"B-2"_s);
    issue(u"63e092c51b7b4030f2e01154"_s, u"A-1"_s);
    issue(u"63e092c51b7b4030f2e01154"_s, u"C-3"_s);
    QTRY_COMPARE(column(HistoryModel::Reason), (QStringList{u"C-3"_s, u"A-1"_s, u"B-2"_s})); // newest first
    auto *view = in<QTableView>(panel, "historyTableView");
    QHeaderView *header = view->horizontalHeader();
    const QPoint reasonHeader(header->sectionViewportPosition(HistoryModel::Reason) + 5,
                              header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, reasonHeader);
    const QStringList ascending{u"A-1"_s, u"B-2"_s, u"C-3"_s};
    const QStringList descending{u"C-3"_s, u"B-2"_s, u"A-1"_s};
    const QStringList first = column(HistoryModel::Reason);
    QVERIFY2(first == ascending || first == descending, qPrintable(first.join(u',')));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, reasonHeader);
    QCOMPARE(column(HistoryModel::Reason), first == ascending ? descending : ascending);
    // A filter keeps the order chosen.
    in<QComboBox>(panel, "outcomeComboBox")->setCurrentIndex(1);
    QCOMPARE(column(HistoryModel::Reason), first == ascending ? descending : ascending);
}

void TestHistoryGui::issueAgainFillsTheForm()
{
    HistoryPanel *panel = m_window->historyPanel();
    issueComplyCube(u"5eb04fcd0f3e360008035eb1"_s, u"https://*.example.com/*"_s);
    issue(u"63e092c51b7b4030f2e01154"_s, u"TICKET-9"_s);
    QTRY_COMPARE(panel->model()->rowCount(), 2);

    // Somebody else's values in the forms, which Issue again replaces.
    in<QLineEdit>(m_window->shareTokenForm(), "applicantIdLineEdit")->setText(u"ffffffffffffffffffffffff"_s);
    in<QLineEdit>(m_window->shareTokenForm(), "reasonLineEdit")->clear();
    in<QRadioButton>(m_window->complyCubeForm(), "mobileSdkRadioButton")->setChecked(true);
    m_window->setCurrentForm(m_window->idShareForm());

    panel->issueAgainAt(1); // the ComplyCube row
    QCOMPARE(m_window->findChild<QTabWidget *>(u"operationTabWidget"_s)->currentIndex(), 3);
    QVERIFY(in<QRadioButton>(m_window->complyCubeForm(), "webSdkRadioButton")->isChecked());
    QCOMPARE(in<QLineEdit>(m_window->complyCubeForm(), "clientIdLineEdit")->text(),
             u"5eb04fcd0f3e360008035eb1"_s);
    QCOMPARE(in<QLineEdit>(m_window->complyCubeForm(), "referrerLineEdit")->text(),
             u"https://*.example.com/*"_s);

    panel->issueAgainAt(0); // the share token
    QCOMPARE(m_window->findChild<QTabWidget *>(u"operationTabWidget"_s)->currentIndex(), 0);
    auto *form = m_window->shareTokenForm();
    QCOMPARE(in<QLineEdit>(form, "applicantIdLineEdit")->text(), u"63e092c51b7b4030f2e01154"_s);
    QCOMPARE(in<QLineEdit>(form, "forClientIdLineEdit")->text(), u"CoolCoinLtd"_s);
    QCOMPARE(in<QLineEdit>(form, "reasonLineEdit")->text(), u"TICKET-9"_s);
    QCOMPARE(in<QSpinBox>(form, "ttlSpinBox")->value(), 600);
    const qsizetype sent = m_parts->emulator().requestLog().size();
    QTest::qWait(50);
    QCOMPARE(m_parts->emulator().requestLog().size(), sent); // filled in, not sent: the operator issues
    QTest::keyClick(m_window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(panel->model()->rowCount(), 3);
    QCOMPARE(column(HistoryModel::Reason).first(), u"TICKET-9"_s);
}

void TestHistoryGui::partnersAreCompletedAndNamed()
{
    HistoryPanel *panel = m_window->historyPanel();
    kyc::PartnerBook &book = m_parts->partners(); // the window's

    // Saved from the share form's partner field...
    auto *share = m_window->shareTokenForm();
    auto *partner = in<QLineEdit>(share, "forClientIdLineEdit");
    partner->setText(u"CoolCoinLtd"_s);
    QVERIFY(partner->findChild<QAction *>(u"savePartnerAction"_s));
    QCOMPARE(share->partnerCompleter(partner)->saveCurrent(u"CoolCoin Ltd"_s), QString());
    QCOMPARE(book.nameFor(kyc::Provider::Sumsub, u"CoolCoinLtd"_s), u"CoolCoin Ltd"_s);

    // ...offered by name in the Sumsub ID share form, and chosen by its ID.
    m_window->setCurrentForm(m_window->idShareForm());
    auto *idPartner = in<QLineEdit>(m_window->idShareForm(), "forClientIdLineEdit");
    idPartner->setFocus();
    QTest::keyClicks(idPartner, u"coin"_s);
    QCompleter *completer = idPartner->completer();
    QVERIFY(completer);
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionModel()->rowCount(), 1);
    QCOMPARE(completer->currentCompletion(), u"CoolCoinLtd"_s);
    QCOMPARE(completer->popup()->model()->index(0, 0).data().toString(), u"CoolCoin Ltd — CoolCoinLtd"_s);
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(idPartner->text(), u"CoolCoinLtd"_s);
    QVERIFY(!m_window->isIssuing()); // the Return that chose it issues nothing
    QCOMPARE(panel->model()->rowCount(), 0);
    // ComplyCube partners are its own.
    QVERIFY(m_window->complyCubeForm()
                ->partnerCompleter(in<QLineEdit>(m_window->complyCubeForm(), "referrerLineEdit"))
                ->completionModel()
                ->rowCount() == 0);

    // The history names the partner.
    issue(u"63e092c51b7b4030f2e01154"_s);
    QTRY_COMPARE(column(HistoryModel::Partner), QStringList{u"CoolCoin Ltd (CoolCoinLtd)"_s});
}

QTEST_MAIN(TestHistoryGui)
#include "tst_historygui.moc"
