// kyc-share-screenshots: the console as main() starts it (Console), driven through a newcomer's first
// minutes in demo mode, saving a PNG of each step. scripts/screenshots runs it under Xvfb for the README.
// It uses no secret: demo mode's emulator and made-up values only.
#include "ConsentBrowser.h"
#include "FindChild.h"
#include "core/batch/BatchRun.h"
#include "emulator/EmulatorState.h"
#include "gui/BatchDialog.h"
#include "gui/ComplyCubeSdkForm.h"
#include "gui/Console.h"
#include "gui/HistoryPanel.h"
#include "gui/MainWindow.h"
#include "gui/PartnerCompleter.h"
#include "gui/PartnersDialog.h"
#include "gui/PreferencesDialog.h"
#include "gui/ProfilesDialog.h"
#include "gui/ResultPanel.h"
#include "gui/SumsubIdConnectForm.h"
#include "gui/SumsubIdShareForm.h"
#include "gui/SumsubRedeemForm.h"
#include "gui/SumsubShareTokenForm.h"
#include "gui/WelcomeDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {
QString g_outDir;
int g_failures = 0;

void waitFor(const std::function<bool()> &condition, const char *what, int timeoutMs = 10000)
{
    if (!QTest::qWaitFor(condition, timeoutMs)) {
        std::fprintf(stderr, "kyc-share-screenshots: waited in vain for %s\n", what);
        std::exit(1);
    }
}

void waitExposed(QWidget *widget)
{
    waitFor([widget] { return QTest::qWaitForWindowExposed(widget); }, "a window to show");
}

void save(QWidget *widget, const QString &name)
{
    QTest::qWait(150); // let the last repaint (and the countdown's second) land
    const QString path = g_outDir + u'/' + name + u".png"_s;
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "kyc-share-screenshots: could not write %s\n", qPrintable(path));
        ++g_failures;
        return;
    }
    std::printf("%s\n", qPrintable(path));
}

QString resultPage(MainWindow *window)
{
    return in<QStackedWidget>(window->resultPanel(), "pagesStackedWidget")->currentWidget()->objectName();
}

void issue(MainWindow *window, const QString &expectedPage = u"tokenPage"_s)
{
    window->issue();
    waitFor([&] { return resultPage(window) == expectedPage; }, "the result");
}

void type(QWidget *scope, const char *name, const QString &text)
{
    auto *edit = in<QLineEdit>(scope, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Console::describeApplication();

    g_outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"docs/screenshots"_s;
    QDir().mkpath(g_outDir);
    QTemporaryDir home; // settings and history of a machine that has never seen the console
    QSettings settings(home.filePath(u"settings.conf"_s), QSettings::IniFormat);
    Console::Options options;
    options.historyPath = home.filePath(u"history.sqlite"_s);
    Console console(&settings, options);
    if (const QString problem = console.start(); !problem.isEmpty()) {
        std::fprintf(stderr, "kyc-share-screenshots: %s\n", qPrintable(problem));
        return 1;
    }
    MainWindow *window = console.window();
    window->resize(980, 900);
    waitExposed(window);

    // First start: the welcome, then a Sumsub profile begun (its secrets are made up and never saved).
    waitFor([&] { return console.welcome() && console.welcome()->isVisible(); }, "the welcome");
    save(console.welcome(), u"welcome"_s);
    in<QCommandLinkButton>(console.welcome(), "addSumsubCommandLinkButton")->click();
    ProfilesDialog *profiles = nullptr;
    waitFor([&] { return (profiles = window->findChild<ProfilesDialog *>()) && profiles->isVisible(); },
            "the profiles dialog");
    type(profiles, "nameLineEdit", u"Sumsub sandbox"_s);
    type(profiles, "secret1LineEdit", u"sbx:made-up-app-token-for-the-screenshot"_s);
    type(profiles, "secret2LineEdit", u"made-up-secret-key"_s);
    profiles->resize(760, 520);
    save(profiles, u"profiles"_s);
    profiles->reject();

    // The notice's way into demo mode.
    bool replaced = false;
    QObject::connect(&console, &Console::windowChanged, [&replaced] { replaced = true; });
    in<QPushButton>(window, "noticePushButton")->click();
    waitFor([&] { return replaced; }, "demo mode");
    window = console.window();
    window->resize(980, 900);
    waitExposed(window);

    window->setCurrentForm(window->shareTokenForm());
    type(window->shareTokenForm(), "applicantIdLineEdit", u"63e092c51b7b4030f2e01154"_s);
    type(window->shareTokenForm(), "forClientIdLineEdit", u"CoolCoinLtd"_s);
    type(window->shareTokenForm(), "reasonLineEdit", u"TICKET-4711 partner onboarding"_s);
    issue(window);
    save(window, u"share-token"_s);

    // The partner kept in the address book (the save button beside its field), and what it takes.
    auto *partnerEdit = in<QLineEdit>(window->shareTokenForm(), "forClientIdLineEdit");
    window->shareTokenForm()->partnerCompleter(partnerEdit)->saveCurrent(u"CoolCoin Ltd"_s);
    window->findChild<QAction *>(u"partnersAction"_s)->trigger();
    auto *partners = window->findChild<PartnersDialog *>();
    waitExposed(partners);
    partners->select(kyc::Provider::Sumsub, u"CoolCoinLtd"_s);
    in<QCheckBox>(partners, "sumsub-share-tokenCheckBox")->setChecked(true);
    in<QCheckBox>(partners, "sumsub-id-share-tokenCheckBox")->setChecked(true);
    in<QSpinBox>(partners, "maxTtlSpinBox")->setValue(1200);
    type(partners, "levelNameLineEdit", u"basic-kyc-level"_s);
    type(partners, "noteLineEdit", u"Ask for Anna in their onboarding team"_s);
    in<QPushButton>(partners, "saveRulesPushButton")->click();
    save(partners, u"partners"_s);
    partners->close();

    window->setCurrentForm(window->idConnectForm());
    SumsubIdConnectForm *connect = window->idConnectForm();
    type(connect, "idClientIdLineEdit", u"emulator-demo-client"_s);
    type(connect, "redirectUriLineEdit", u"https://partner.example/callback"_s);
    in<QPushButton>(connect, "makeUrlPushButton")->click();
    type(connect, "authorizationResponseLineEdit",
         followConsent(QUrl(in<QLineEdit>(connect, "authorizeUrlLineEdit")->text())));
    issue(window);
    save(window, u"sumsub-id-connect"_s);

    in<QPushButton>(window->resultPanel(), "useConnectTokenPushButton")->click();
    type(window->idShareForm(), "forClientIdLineEdit", u"CoolCoinLtd"_s);
    in<QSpinBox>(window->idShareForm(), "ttlSpinBox")->setValue(1200); // the partner's cap, from its rules
    issue(window);
    save(window, u"sumsub-id-share"_s);

    window->setCurrentForm(window->complyCubeForm());
    QWidget *complyCube = window->findChild<QWidget *>(u"ComplyCubeSdkForm"_s);
    type(complyCube, "clientIdLineEdit", u"5eb04fcd0f3e360008035eb1"_s);
    type(complyCube, "referrerLineEdit", u"https://*.example.com/*"_s);
    issue(window);
    save(window, u"complycube-sdk-token"_s);

    // The receiving side: a share token made out to this (demo) account, redeemed for one of its levels.
    window->setCurrentForm(window->shareTokenForm());
    type(window->shareTokenForm(), "forClientIdLineEdit", u"emulator-demo-client"_s);
    type(window->shareTokenForm(), "reasonLineEdit", QString());
    issue(window);
    const QString shareToken = in<QLineEdit>(window->resultPanel(), "tokenLineEdit")->text();
    window->setCurrentForm(window->redeemForm());
    SumsubRedeemForm *redeem = window->redeemForm();
    type(redeem, "shareTokenLineEdit", shareToken);
    type(redeem, "levelNameLineEdit", u"basic-kyc-level"_s);
    type(redeem, "reasonLineEdit", u"TICKET-4712 onboarding from a partner"_s);
    in<QPushButton>(redeem, "issuePushButton")->click();
    waitFor([&] { return resultPage(window) == u"receivedPage"_s; }, "the redeemed applicant");
    save(window, u"redeem"_s);

    // A batch for a partner (demo mode's emulator knows 100 more applicants), caught half-way.
    {
        QFile csv(home.filePath(u"onboarding-coolcoin.csv"_s));
        if (csv.open(QIODevice::WriteOnly)) {
            csv.write("applicantId;ttlInSecs\n");
            for (int n = 1; n <= 40; ++n)
                csv.write(kyc::emulator::EmulatorState::seededId(n).toLatin1() + ";1200\n");
            csv.close();
        }
        BatchDialog *batch = window->openBatchDialog();
        waitExposed(batch);
        batch->resize(980, 640);
        batch->setCsvFile(csv.fileName());
        type(batch, "forClientIdLineEdit", u"CoolCoinLtd"_s);
        type(batch, "reasonLineEdit", u"TICKET-4713 onboarding CoolCoin"_s);
        batch->check();
        batch->start();
        waitFor([&] { return batch->run()->count(kyc::BatchRowState::Issued) >= 24; }, "half the batch");
        in<QTableView>(batch, "batchTableView")
            ->scrollTo(in<QTableView>(batch, "batchTableView")->model()->index(27, 0));
        save(batch, u"batch"_s);
        waitFor([&] { return !batch->isRunning(); }, "the batch's end");
        batch->close();
    }

    // An applicant the provider does not know: the error, with what to do.
    window->setCurrentForm(window->shareTokenForm());
    type(window->shareTokenForm(), "applicantIdLineEdit", u"0123456789abcdef01234567"_s);
    issue(window, u"errorPage"_s);
    save(window, u"error"_s);

    save(window->historyPanel(), u"history"_s);

    // History > Verify…: the hash chain re-computed, the checkpoint to keep elsewhere.
    window->findChild<QAction *>(u"verifyHistoryAction"_s)->trigger();
    auto *verified = window->findChild<QMessageBox *>(u"verifyHistoryMessageBox"_s);
    waitExposed(verified);
    save(verified, u"verify"_s);
    verified->close();

    PreferencesDialog *preferences = window->openPreferencesDialog();
    waitExposed(preferences);
    save(preferences, u"preferences"_s);
    preferences->reject();

    return g_failures == 0 ? 0 : 1;
}
