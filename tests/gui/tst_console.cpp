// The whole console as main() puts it together (Console), offscreen: the first start, demo mode,
// the keyboard, Preferences and what the window remembers. Demo mode's emulator answers over real sockets.
#include "ConsentBrowser.h"
#include "FindChild.h"
#include "core/credentials/EnvironmentCredentialSource.h"
#include "core/history/SqliteHistoryStore.h"
#include "core/profiles/ProfileStore.h"
#include "gui/Console.h"
#include "gui/HistoryPanel.h"
#include "gui/MainWindow.h"
#include "gui/PreferencesDialog.h"
#include "gui/ProfilesDialog.h"
#include "gui/ResultPanel.h"
#include "gui/SumsubIdConnectForm.h"
#include "gui/SumsubIdShareForm.h"
#include "gui/SumsubShareTokenForm.h"
#include "gui/WelcomeDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstStartWelcomesAndDemoModeIssuesEveryToken();
    void welcomeStartsAProfileOfTheChosenProvider();
    void noWelcomeOnceThereIsAProfile();
    void everyActionHasItsKey();
    void everyInputIsNamedForScreenReaders();
    void preferencesChangeTheClearTimeAndTheMessage();
    void aBrokenMessageCannotBeSaved();
    void theWindowRemembersOperationProfileAndSize();
    void onlyTheFormInFrontIsBuiltAtStart();
    void raisingRestoresAMinimisedWindow();

private:
    void startConsole(bool demo);
    MainWindow *window() const { return m_console->window(); }
    QString resultPage() const
    {
        return in<QStackedWidget>(window()->resultPanel(), "pagesStackedWidget")
            ->currentWidget()
            ->objectName();
    }
    void issueShareToken(const QString &partner);
    void screenshot(QWidget *widget, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Console> m_console;
};

void TestConsole::initTestCase()
{
    qRegisterMetaType<MainWindow *>();
    // A first start has no account in the environment either.
    for (const char *name : {kyc::EnvironmentCredentialSource::kSumsubAppToken,
                             kyc::EnvironmentCredentialSource::kSumsubSecretKey,
                             kyc::EnvironmentCredentialSource::kComplyCubeApiKey})
        qunsetenv(name);
}

void TestConsole::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.conf"_s), QSettings::IniFormat);
}

void TestConsole::cleanup()
{
    m_console.reset();
    m_settings.reset();
    m_dir.reset();
    QGuiApplication::clipboard()->clear();
}

void TestConsole::startConsole(bool demo)
{
    Console::Options options;
    options.demo = demo;
    options.historyPath = m_dir->filePath(u"history.sqlite"_s);
    m_console = std::make_unique<Console>(m_settings.get(), options);
    QCOMPARE(m_console->start(), QString());
    QVERIFY(QTest::qWaitForWindowExposed(window()));
}

void TestConsole::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("KYC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + u".png"_s);
}

void TestConsole::issueShareToken(const QString &partner)
{
    window()->activateWindow(); // shortcuts go to the active window; a dialog may have been in front
    QVERIFY(QTest::qWaitForWindowActive(window()));
    QTest::keyClick(window(), Qt::Key_1, Qt::ControlModifier);
    auto *form = window()->findChild<QWidget *>(u"SumsubShareTokenForm"_s);
    auto *applicant = in<QLineEdit>(form, "applicantIdLineEdit");
    auto *partnerEdit = in<QLineEdit>(form, "forClientIdLineEdit");
    applicant->clear();
    partnerEdit->clear();
    QTest::keyClicks(applicant, u"63e092c51b7b4030f2e01154"_s);
    QTest::keyClicks(partnerEdit, partner);
    QTest::keyClick(window(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(resultPage(), u"tokenPage"_s, 10000);
}

void TestConsole::firstStartWelcomesAndDemoModeIssuesEveryToken()
{
    startConsole(false);
    QTRY_VERIFY(m_console->welcome() && m_console->welcome()->isVisible());
    QVERIFY(!m_console->isDemo());
    // No account at all: a neutral state, never a red PRODUCTION.
    QCOMPARE(in<QLabel>(window(), "environmentBadgeLabel")->text(), u"NO ACCOUNT"_s);
    QCOMPARE(window()->windowTitle(), u"NO ACCOUNT"_s);
    screenshot(m_console->welcome(), u"welcome"_s);

    QSignalSpy replaced(m_console.get(), &Console::windowChanged);
    in<QCommandLinkButton>(m_console->welcome(), "demoCommandLinkButton")->click();
    QTRY_COMPARE(replaced.size(), 1);
    QVERIFY(m_console->isDemo());
    QVERIFY(QTest::qWaitForWindowExposed(window()));
    QCOMPARE(window()->windowTitle(), u"DEMO"_s);
    QVERIFY(in<QLabel>(window(), "noticeLabel")->text().contains(u"not real"_s));

    // Every kind of token, with no account.
    issueShareToken(u"CoolCoinLtd"_s);
    QVERIFY(in<QLabel>(window(), "tokenTitleLabel")->text().contains(u"share token"_s));
    QVERIFY(!in<QLineEdit>(window(), "tokenLineEdit")->text().isEmpty());

    QTest::keyClick(window(), Qt::Key_2, Qt::ControlModifier);
    SumsubIdConnectForm *connect = window()->idConnectForm();
    QTRY_VERIFY(connect->isVisible());
    QTest::keyClicks(in<QLineEdit>(connect, "idClientIdLineEdit"), u"emulator-demo-client"_s);
    QTest::keyClicks(in<QLineEdit>(connect, "redirectUriLineEdit"), u"https://partner.example/callback"_s);
    in<QPushButton>(connect, "makeUrlPushButton")->click();
    const QString redirect = followConsent(QUrl(in<QLineEdit>(connect, "authorizeUrlLineEdit")->text()));
    QTest::keyClicks(in<QLineEdit>(connect, "authorizationResponseLineEdit"), redirect);
    QTest::keyClick(window(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(resultPage(), u"tokenPage"_s, 10000);
    QVERIFY(in<QLabel>(window(), "tokenTitleLabel")->text().contains(u"Connect"_s));

    in<QPushButton>(window(), "useConnectTokenPushButton")->click();
    SumsubIdShareForm *idShare = window()->idShareForm();
    QTRY_VERIFY(idShare->isVisible());
    QTest::keyClicks(in<QLineEdit>(idShare, "forClientIdLineEdit"), u"CoolCoinLtd"_s);
    QTest::keyClick(window(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(in<QLabel>(window(), "sharingLabel")->text().contains(u"Sharing allowed"_s),
                             10000);

    QTest::keyClick(window(), Qt::Key_4, Qt::ControlModifier);
    auto *complyCube = window()->findChild<QWidget *>(u"ComplyCubeSdkForm"_s);
    QTRY_VERIFY(complyCube->isVisible());
    QTest::keyClicks(in<QLineEdit>(complyCube, "clientIdLineEdit"), u"5eb04fcd0f3e360008035eb1"_s);
    QTest::keyClicks(in<QLineEdit>(complyCube, "referrerLineEdit"), u"https://*.example.com/*"_s);
    QTest::keyClick(window(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(in<QLabel>(window(), "tokenTitleLabel")->text().startsWith(u"ComplyCube"_s),
                             10000);

    // Demo tokens stay out of the audit trail on disk.
    kyc::SqliteHistoryStore history;
    QVERIFY(history.open(m_dir->filePath(u"history.sqlite"_s)).ok);
    QCOMPARE(history.count({}), 0);
}

void TestConsole::welcomeStartsAProfileOfTheChosenProvider()
{
    startConsole(false);
    QTRY_VERIFY(m_console->welcome() && m_console->welcome()->isVisible());
    in<QCommandLinkButton>(m_console->welcome(), "addComplyCubeCommandLinkButton")->click();
    ProfilesDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window()->findChild<ProfilesDialog *>()) && dialog->isVisible());
    QVERIFY(!m_console->isDemo());
    QCOMPARE(in<QComboBox>(dialog, "providerComboBox")->currentText(), u"ComplyCube"_s);
    QVERIFY(in<QLineEdit>(dialog, "nameLineEdit")->isEnabled());
}

void TestConsole::noWelcomeOnceThereIsAProfile()
{
    kyc::ProfileStore store(m_settings.get());
    kyc::Profile profile;
    profile.name = u"Sandbox"_s;
    profile.provider = kyc::Provider::Sumsub;
    profile.baseUrl = kyc::Profile::defaultBaseUrl(kyc::Provider::Sumsub);
    store.save(profile);
    startConsole(false);
    QTest::qWait(200); // the welcome would be opened from the event loop
    QVERIFY(!m_console->welcome());
    QVERIFY(in<QComboBox>(window(), "profileComboBox")->currentText().startsWith(u"Sandbox"_s));
}

void TestConsole::everyActionHasItsKey()
{
    startConsole(true);
    auto *tabs = in<QTabWidget>(window(), "operationTabWidget");
    for (int i = 3; i >= 0; --i) {
        QTest::keyClick(window(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), i);
    }

    QTest::keyClick(window(), Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(),
                 window()->historyPanel()->findChild<QLineEdit *>(u"filterLineEdit"_s));

    issueShareToken(u"CoolCoinLtd"_s); // Ctrl+Return
    const QString token = in<QLineEdit>(window(), "tokenLineEdit")->text();
    QTest::keyClick(window(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), token);
    QTest::keyClick(window(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(QGuiApplication::clipboard()->text().contains(token));
    QVERIFY(QGuiApplication::clipboard()->text().contains(u"CoolCoinLtd"_s));
    QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(u"x-kde-passwordManagerHint"_s), "secret");

    auto *preferences = in<QAction>(window(), "preferencesAction");
    QVERIFY(!preferences->shortcut().isEmpty());
    QTest::keySequence(window(), preferences->shortcut());
    PreferencesDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window()->findChild<PreferencesDialog *>()) && dialog->isVisible());
    dialog->reject();
    window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window()));

    // Every menu is reachable with Alt and its letter, and no two share one.
    QSet<QChar> mnemonics;
    for (QAction *menu : window()->menuBar()->actions()) {
        const QString text = menu->text();
        const qsizetype amp = text.indexOf(u'&');
        QVERIFY2(amp >= 0 && amp + 1 < text.size(), qPrintable(text));
        QVERIFY2(!mnemonics.contains(text.at(amp + 1).toLower()), qPrintable(text));
        mnemonics.insert(text.at(amp + 1).toLower());
    }

    auto *quit = in<QAction>(window(), "quitAction");
    const QList<QKeySequence> platformQuit = QKeySequence::keyBindings(QKeySequence::Quit);
    QCOMPARE(quit->shortcut(), platformQuit.isEmpty() ? QKeySequence(u"Ctrl+Q"_s) : platformQuit.first());
    QTest::keySequence(window(), quit->shortcut());
    QTRY_VERIFY(!window()->isVisible());
}

void TestConsole::everyInputIsNamedForScreenReaders()
{
    startConsole(true);
    // Every operation's form (each is built when its tab is first shown).
    for (const Qt::Key key : {Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_1})
        QTest::keyClick(window(), key, Qt::ControlModifier);
    QCOMPARE(window()->findChildren<OperationForm *>().size(), 4);
    QHash<QWidget *, QLabel *> buddies;
    for (QLabel *label : window()->findChildren<QLabel *>()) {
        if (label->buddy())
            buddies.insert(label->buddy(), label);
    }
    QStringList unnamed;
    QStringList noMnemonic;
    const auto inputs = window()->findChildren<QWidget *>();
    for (QWidget *w : inputs) {
        const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
                           qobject_cast<QComboBox *>(w) || qobject_cast<QPlainTextEdit *>(w);
        auto *button = qobject_cast<QAbstractButton *>(w);
        if (!input && !button)
            continue;
        if (w->isHidden() || w->objectName().startsWith(u"qt_"_s) || !w->parentWidget() ||
            w->parentWidget()->inherits("QAbstractSpinBox") || w->parentWidget()->inherits("QComboBox"))
            continue; // Qt's own parts of a widget
        if (input && w->accessibleName().isEmpty() && !buddies.contains(w))
            unnamed.append(w->objectName() + u':' + QString::fromLatin1(w->metaObject()->className()));
        if (button && button->text().isEmpty() && w->accessibleName().isEmpty())
            unnamed.append(w->objectName() + u':' +
                           QString::fromLatin1(w->parentWidget()->metaObject()->className()));
        if (auto *label = buddies.value(w); label && !label->text().contains(u'&'))
            noMnemonic.append(label->objectName());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    QVERIFY2(noMnemonic.isEmpty(), qPrintable(noMnemonic.join(u", "_s)));
}

void TestConsole::preferencesChangeTheClearTimeAndTheMessage()
{
    startConsole(true);
    PreferencesDialog *dialog = window()->openPreferencesDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *secs = in<QSpinBox>(dialog, "clearClipboardSpinBox");
    QCOMPARE(secs->value(), 30);
    secs->setValue(7);
    auto *message = in<QPlainTextEdit>(dialog, "messageTemplatePlainTextEdit");
    message->setPlainText(u"For {partner} until {expires}: {token}"_s);
    screenshot(dialog, u"preferences"_s);
    in<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(kyc::Preferences::load(*m_settings).clearClipboardSecs, 7); // saved at once

    issueShareToken(u"CoolCoinLtd"_s);
    const QString token = in<QLineEdit>(window(), "tokenLineEdit")->text();
    in<QPushButton>(window(), "copyMessagePushButton")->click();
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(u"For CoolCoinLtd until 20"_s), qPrintable(copied));
    QVERIFY(copied.endsWith(u" UTC: "_s + token));
    QVERIFY2(window()->statusBar()->currentMessage().contains(u"cleared in 7 s"_s),
             qPrintable(window()->statusBar()->currentMessage()));

    // The next start has them too.
    m_console.reset();
    startConsole(true);
    QCOMPARE(window()->preferences().clearClipboardSecs, 7);
    QCOMPARE(window()->preferences().messageTemplate, u"For {partner} until {expires}: {token}"_s);
}

void TestConsole::aBrokenMessageCannotBeSaved()
{
    startConsole(true);
    PreferencesDialog *dialog = window()->openPreferencesDialog();
    auto *message = in<QPlainTextEdit>(dialog, "messageTemplatePlainTextEdit");
    QPushButton *ok = in<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    message->setPlainText(u"Here it is: {tokn}"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY(in<QLabel>(dialog, "problemLabel")->text().contains(u"{tokn}"_s));
    in<QPushButton>(dialog, "restoreTemplatePushButton")->click();
    QVERIFY(ok->isEnabled());
    QVERIFY(in<QLabel>(dialog, "problemLabel")->isHidden());
}

void TestConsole::theWindowRemembersOperationProfileAndSize()
{
    kyc::ProfileStore store(m_settings.get());
    for (const QString &name : {u"First"_s, u"Second"_s}) {
        kyc::Profile profile;
        profile.name = name;
        profile.provider = kyc::Provider::Sumsub;
        profile.baseUrl = kyc::Profile::defaultBaseUrl(kyc::Provider::Sumsub);
        store.save(profile);
    }
    startConsole(false);
    // The first start fits the screen it opens on (offscreen: 800 × 800), status bar and all.
    const QSize available = window()->screen()->availableSize();
    QVERIFY2(window()->width() <= available.width() && window()->height() <= available.height(),
             qPrintable(u"%1 x %2 on a screen of %3 x %4"_s.arg(window()->width())
                            .arg(window()->height())
                            .arg(available.width())
                            .arg(available.height())));
    window()->selectProfile(u"Second"_s);
    QTest::keyClick(window(), Qt::Key_3, Qt::ControlModifier);
    window()->resize(1000, 720);
    QTRY_COMPARE(window()->size(), QSize(1000, 720));
    window()->close();
    m_console.reset();

    startConsole(false);
    QCOMPARE(in<QTabWidget>(window(), "operationTabWidget")->currentIndex(), 2);
    QTRY_VERIFY(window()->findChild<SumsubIdShareForm *>() &&
                window()->findChild<SumsubIdShareForm *>()->isVisible());
    QVERIFY2(in<QComboBox>(window(), "profileComboBox")->currentText().startsWith(u"Second"_s),
             qPrintable(in<QComboBox>(window(), "profileComboBox")->currentText()));
    QCOMPARE(window()->size(), QSize(1000, 720));
}

void TestConsole::onlyTheFormInFrontIsBuiltAtStart()
{
    startConsole(true);
    // What a start builds is what is in sight; the other forms come when their tabs are chosen.
    QCOMPARE(window()->findChildren<OperationForm *>().size(), 1);
    QVERIFY(window()->findChild<SumsubShareTokenForm *>()->isVisible());
    QTest::keyClick(window(), Qt::Key_2, Qt::ControlModifier);
    auto *connect = window()->findChild<SumsubIdConnectForm *>();
    QVERIFY(connect);
    QTRY_VERIFY(connect->isVisible());
    QTRY_VERIFY(connect->isAncestorOf(QApplication::focusWidget()));
    // Built once: back and forth again adds none.
    QTest::keyClick(window(), Qt::Key_1, Qt::ControlModifier);
    QTest::keyClick(window(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window()->findChildren<OperationForm *>().size(), 2);
}

void TestConsole::raisingRestoresAMinimisedWindow()
{
    startConsole(true);
    window()->showMinimized();
    QTRY_VERIFY(window()->isMinimized());
    m_console->raiseWindow(); // what a second start asks for
    QTRY_VERIFY(!window()->isMinimized());
    QVERIFY(window()->isVisible());
}

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
