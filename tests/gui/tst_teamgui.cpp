// Team mode in the console, the whole of it as main() puts it together, with a real PostgreSQL server
// the test starts itself: the team's history chosen in Preferences, requests of others arriving in the
// Approvals pane as they are made (LISTEN/NOTIFY), approved with the button, and one's own request
// waiting, then issued once another member approved it.
#include "CliRunner.h"
#include "EmulatorProcess.h"
#include "FindChild.h"
#include "PostgresServer.h"
#include "core/credentials/EnvironmentCredentialSource.h"
#include "core/settings/Preferences.h"
#include "gui/ApprovalsPanel.h"
#include "gui/Console.h"
#include "gui/MainWindow.h"
#include "gui/ResultPanel.h"
#include "gui/ShareReportDialog.h"
#include "gui/SumsubShareTokenForm.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {
const QString kApplicant = u"63e092c51b7b4030f2e01154"_s;
const QString kDatabase = u"kyc"_s;
} // namespace

class TestTeamGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theStatusBarNamesTheTeamHistory();
    void anotherMembersRequestArrivesAndIsApproved();
    void myRequestWaitsThenIsIssued();
    void theServerGoesAwayAndComesBack();
    void theSharesReportNamesWhoAskedAndWhoApproved();

private:
    CliRun cli(const QString &role, const QStringList &args);
    QString query(const QString &statement);
    MainWindow *window() const { return m_console->window(); }
    ApprovalsPanel *panel() const { return window()->approvalsPanel(); }
    void select(qint64 request);
    void screenshot(const QString &name, QWidget *widget = nullptr);

    PostgresServer m_server;
    EmulatorProcess m_emulator;
    QProcessEnvironment m_env;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Console> m_console;
};

CliRun TestTeamGui::cli(const QString &role, const QStringList &args)
{
    return runCli(QStringList{u"--history-url"_s, m_server.url(role, kDatabase)} + args, m_env);
}

QString TestTeamGui::query(const QString &statement)
{
    return m_server.query(statement, kDatabase);
}

void TestTeamGui::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(m_emulator.start());
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(u"KYC_SHARE_SUMSUB_APP_TOKEN"_s, QString::fromLatin1(EmulatorProcess::kAppToken));
    m_env.insert(u"KYC_SHARE_SUMSUB_SECRET_KEY"_s, QString::fromLatin1(EmulatorProcess::kSecretKey));
    m_env.remove(u"KYC_SHARE_HISTORY_URL"_s);
    qunsetenv("KYC_SHARE_HISTORY_URL");
    const QString admin = QString::fromLatin1(PostgresServer::kAdmin);
    for (const QString &statement :
         {u"CREATE ROLE alice LOGIN; CREATE ROLE bob LOGIN"_s, u"CREATE DATABASE kyc"_s})
        QVERIFY2(m_server.sql(statement, admin, u"postgres"_s, nullptr, &error), qPrintable(error));
    const CliRun init = runCli({u"--history-url"_s, m_server.url(admin, kDatabase), u"team"_s, u"init"_s,
                                u"--require-approval"_s, u"all"_s},
                               m_env);
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    QVERIFY2(m_server.sql(u"GRANT kyc_operator TO alice, bob"_s, admin, kDatabase, nullptr, &error),
             qPrintable(error));

    // Bob's console: his account in the environment, the team's history chosen in Preferences.
    qputenv(kyc::EnvironmentCredentialSource::kSumsubAppToken, EmulatorProcess::kAppToken);
    qputenv(kyc::EnvironmentCredentialSource::kSumsubSecretKey, EmulatorProcess::kSecretKey);
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.conf"_s), QSettings::IniFormat);
    kyc::Preferences preferences;
    preferences.historyUrl = m_server.url(u"bob"_s, kDatabase);
    preferences.save(m_settings.get());
    Console::Options options;
    options.baseUrl = m_emulator.baseUrl().toString();
    m_console = std::make_unique<Console>(m_settings.get(), options);
    QCOMPARE(m_console->start(), QString());
    QVERIFY(QTest::qWaitForWindowExposed(window()));
    QVERIFY(panel());
}

void TestTeamGui::cleanupTestCase()
{
    m_console.reset();
}

void TestTeamGui::screenshot(const QString &name, QWidget *widget)
{
    const QString dir = qEnvironmentVariable("KYC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        (widget ? widget : window())->grab().save(dir + u'/' + name + u".png"_s);
}

void TestTeamGui::select(qint64 request)
{
    QTreeWidget *list = panel()->list();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(0) == QString::number(request))
            list->setCurrentItem(list->topLevelItem(i));
    }
    QCOMPARE(list->currentItem()->text(0), QString::number(request));
}

void TestTeamGui::theStatusBarNamesTheTeamHistory()
{
    const QLabel *store = in<QLabel>(window(), "historyStoreLabel");
    QCOMPARE(store->text(), u"History: PostgreSQL bob@127.0.0.1:%1/kyc"_s.arg(m_server.port()));
    QVERIFY(store->isVisible());
}

// Alice asks from her desk (the CLI); Bob's console hears of it at once, without a refresh, and he
// approves it with the button and a note; Alice can then issue it.
void TestTeamGui::anotherMembersRequestArrivesAndIsApproved()
{
    const CliRun asked =
        cli(u"alice"_s, {u"--base-url"_s, m_emulator.baseUrl().toString(), u"--json"_s, u"sumsub"_s,
                         u"share-token"_s, u"--applicant-id"_s, kApplicant, u"--for-client-id"_s,
                         u"CoolCoinLtd"_s, u"--reason"_s, u"TICKET-11"_s});
    QCOMPARE(asked.exitCode, 9);
    const qint64 id = asked.json().value(u"pending"_s).toObject().value(u"id"_s).toInt();
    QTRY_COMPARE(panel()->waitingForYou(), 1);
    QTRY_VERIFY(window()->statusBar()->currentMessage().contains(
        u"Request %1 from alice waits for your approval"_s.arg(id)));
    const auto *dock = in<QDockWidget>(window(), "approvalsDockWidget");
    QCOMPARE(dock->windowTitle(), u"Approvals (1)"_s);
    select(id);
    auto *approve = in<QPushButton>(panel(), "approvePushButton");
    QVERIFY(approve->isEnabled());
    QVERIFY(!in<QPushButton>(panel(), "issueApprovedPushButton")->isEnabled()); // not Bob's to issue
    screenshot(u"team-approvals"_s);

    // The note is typed into the dialog the button opens.
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setTextValue(u"checked with the partner"_s);
        dialog->accept();
    });
    approve->click();
    QCOMPARE(
        query(
            u"SELECT operator || ' ' || reason FROM kyc_share.records WHERE kind = 'approval' AND intent_id = %1"_s
                .arg(id)),
        u"bob checked with the partner"_s);
    QCOMPARE(panel()->waitingForYou(), 0);
    QCOMPARE(dock->windowTitle(), u"Approvals"_s);
    const CliRun issued = cli(u"alice"_s, {u"--base-url"_s, m_emulator.baseUrl().toString(), u"approvals"_s,
                                           u"issue"_s, QString::number(id)});
    QVERIFY2(issued.exitCode == 0, qPrintable(issued.err));
    QTRY_COMPARE(panel()->requests().size(), 0); // issued: no longer open
}

// Bob's own request waits, and nothing is sent; he cannot approve it himself; once Alice has, the button
// issues it and the token is shown.
void TestTeamGui::myRequestWaitsThenIsIssued()
{
    SumsubShareTokenForm *form = window()->shareTokenForm();
    window()->setCurrentForm(form);
    in<QLineEdit>(form, "applicantIdLineEdit")->setText(kApplicant);
    in<QLineEdit>(form, "forClientIdLineEdit")->setText(u"OtherBank"_s);
    const QStringList sent = m_emulator.requestLog();
    window()->issue();
    const auto *pages = in<QStackedWidget>(window()->resultPanel(), "pagesStackedWidget");
    QTRY_COMPARE(pages->currentWidget()->objectName(), u"errorPage"_s);
    QVERIFY(in<QLabel>(window()->resultPanel(), "errorHeadlineLabel")
                ->text()
                .contains(u"waits for a second person"_s));
    QVERIFY(in<QLabel>(window()->resultPanel(), "errorStatusLabel")->text().contains(u"nothing was sent"_s));
    QCOMPARE(m_emulator.requestLog(), sent);
    QTRY_COMPARE(panel()->requests().size(), 1);
    const qint64 id = panel()->requests().constFirst().request.id;
    select(id);
    QVERIFY(!in<QPushButton>(panel(), "approvePushButton")->isEnabled()); // four eyes: not his own
    QVERIFY(!in<QPushButton>(panel(), "issueApprovedPushButton")->isEnabled());
    // And the database would refuse it anyway.
    QVERIFY(!panel()->approve(id, QString()));
    QVERIFY(window()->statusBar()->currentMessage().contains(u"who cannot also decide it"_s));

    const CliRun approved = cli(u"alice"_s, {u"approvals"_s, u"approve"_s, QString::number(id)});
    QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
    // Told by the database: the row turns approved and the button wakes, with no refresh.
    auto *issue = in<QPushButton>(panel(), "issueApprovedPushButton");
    QTRY_VERIFY(issue->isEnabled());
    issue->click();
    QTRY_COMPARE(pages->currentWidget()->objectName(), u"tokenPage"_s);
    QVERIFY(in<QLineEdit>(window()->resultPanel(), "tokenLineEdit")->text().startsWith(u"eyJ"_s));
    QCOMPARE(m_emulator.requestLog().size(), sent.size() + 1);
    QCOMPARE(query(u"SELECT count(*) FROM kyc_share.records WHERE kind = 'outcome' AND ok = 1 AND partner = "
                   u"'OtherBank'"
                   " AND operator = 'bob'"_s),
             u"1"_s);
}

// The database server stops mid-session: issuing says the history cannot be written, nothing is sent;
// when it is back, the console carries on with the same connection's settings, hears of requests again,
// and nothing written before is lost.
void TestTeamGui::theServerGoesAwayAndComesBack()
{
    const QString before = query(u"SELECT count(*) || ':' || max(hash) FROM kyc_share.records"_s);
    m_server.stop();
    SumsubShareTokenForm *form = window()->shareTokenForm();
    window()->setCurrentForm(form);
    in<QLineEdit>(form, "applicantIdLineEdit")->setText(kApplicant);
    in<QLineEdit>(form, "forClientIdLineEdit")->setText(u"ThirdBank"_s);
    const QStringList sent = m_emulator.requestLog();
    window()->issue();
    const auto *pages = in<QStackedWidget>(window()->resultPanel(), "pagesStackedWidget");
    QTRY_COMPARE(pages->currentWidget()->objectName(), u"errorPage"_s);
    const QString headline = in<QLabel>(window()->resultPanel(), "errorHeadlineLabel")->text();
    QVERIFY2(headline.contains(u"history could not be written, so nothing was sent"_s), qPrintable(headline));
    QCOMPARE(m_emulator.requestLog(), sent);

    QString error;
    QVERIFY2(m_server.restart(&error), qPrintable(error));
    QCOMPARE(query(u"SELECT count(*) || ':' || max(hash) FROM kyc_share.records"_s), before);
    const int open = int(panel()->requests().size());
    window()->issue();
    QTRY_VERIFY(in<QLabel>(window()->resultPanel(), "errorHeadlineLabel")
                    ->text()
                    .contains(u"waits for a second person"_s));
    QTRY_COMPARE(panel()->requests().size(), open + 1);
    QCOMPARE(m_emulator.requestLog(), sent);
    // Alice's request, made from elsewhere, still reaches this console: it listens again.
    const CliRun asked =
        cli(u"alice"_s, {u"--base-url"_s, m_emulator.baseUrl().toString(), u"sumsub"_s, u"share-token"_s,
                         u"--applicant-id"_s, kApplicant, u"--for-client-id"_s, u"FourthBank"_s});
    QCOMPARE(asked.exitCode, 9);
    QTRY_COMPARE(panel()->waitingForYou(), 1);
    const CliRun verify = cli(u"alice"_s, {u"history"_s, u"verify"_s});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
}

// History > Shares report…: the applicant's shares from the whole team, each with its approver.
void TestTeamGui::theSharesReportNamesWhoAskedAndWhoApproved()
{
    auto *action = window()->findChild<QAction *>(u"shareReportAction"_s);
    QVERIFY(action && action->isEnabled());
    action->trigger();
    auto *dialog = window()->findChild<ShareReportDialog *>(u"shareReportDialog"_s);
    QVERIFY(dialog);
    QTest::keyClicks(in<QLineEdit>(dialog, "reportIdLineEdit"), kApplicant);
    QTest::keyClick(in<QLineEdit>(dialog, "reportIdLineEdit"), Qt::Key_Return);
    QTreeWidget *list = in<QTreeWidget>(dialog, "reportTreeWidget");
    // Alice's share to CoolCoinLtd (approved by Bob) and Bob's to OtherBank (approved by Alice); the
    // requests that wait, or failed to be written, issued nothing and are not shares.
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(3), u"CoolCoinLtd"_s);
    QCOMPARE(list->topLevelItem(0)->text(4), u"alice"_s);
    QCOMPARE(list->topLevelItem(0)->text(5), u"bob"_s);
    QCOMPARE(list->topLevelItem(1)->text(3), u"OtherBank"_s);
    QCOMPARE(list->topLevelItem(1)->text(4), u"bob"_s);
    QCOMPARE(list->topLevelItem(1)->text(5), u"alice"_s);
    QVERIFY(in<QLabel>(dialog, "reportSummaryLabel")->text().contains(u"PostgreSQL bob@"_s));
    screenshot(u"team-report"_s, dialog);
    QString error;
    const QString csv = m_dir->filePath(u"shares.csv"_s);
    QVERIFY2(dialog->exportTo(csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(1).contains(",alice,bob,"));
    dialog->close();
}

QTEST_MAIN(TestTeamGui)
#include "tst_teamgui.moc"
