// The real main window, offscreen, issuing against the emulator over real sockets.
#include "ConsentBrowser.h"
#include "ConsoleParts.h"
#include "EmulatorTls.h"
#include "FindChild.h"
#include "core/credentials/FixedCredentialSource.h"
#include "core/issuing/Issuer.h"
#include "core/net/Transport.h"
#include "core/partners/PartnerBook.h"
#include "emulator/Emulator.h"
#include "gui/Clipboard.h"
#include "gui/ComplyCubeSdkForm.h"
#include "gui/Confirm.h"
#include "gui/MainWindow.h"
#include "gui/PartnersDialog.h"
#include "gui/ResultPanel.h"
#include "gui/SumsubIdConnectForm.h"
#include "gui/SumsubIdShareForm.h"
#include "gui/SumsubRedeemForm.h"
#include "gui/SumsubShareTokenForm.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslConfiguration>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;
using kyc::emulator::Emulator;
using kyc::emulator::EmulatorConfig;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void issuesAndShowsTheToken();
    void badApplicantIdShowsAFieldError();
    void aPartnersTtlCapIsShownAtTheTtl();
    void providerErrorShowsStatusCodeAndCorrelationId();
    void faultsAreToldInTheWindow_data();
    void faultsAreToldInTheWindow();
    void doubleClickSendsOneRequest();
    void cancelStopsTheRequestInFlight();
    void copyMarksTheTokenSecretAndClearsIt();
    void countdownExpiresTheToken();
    void pastingADashboardLinkGivesTheApplicantId();
    void sumsubIdFlowThroughTheWindow();
    void connectFormShowsFieldErrors();
    void textFromOutsideIsNeverRichText();
    void aReferrerForEverySiteAsksFirst();
    void complyCubeWebAndMobile();
    void redeemsAShareTokenThroughTheWindow();

private:
    void fill(const QString &applicant, const QString &partner, int ttl = 600);
    // A widget of the share-token form, or else of the window (field names repeat across forms).
    template<typename T> T *find(const char *name) const
    {
        T *w = m_window->shareTokenForm()->findChild<T *>(QLatin1String(name));
        if (!w)
            w = m_window->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    QString currentPage() const
    {
        return find<QStackedWidget>("pagesStackedWidget")->currentWidget()->objectName();
    }
    void screenshot(const QString &name);

    std::unique_ptr<ConsoleParts> m_parts;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::init()
{
    m_parts = std::make_unique<ConsoleParts>();
    QVERIFY(m_parts->start());
    QCOMPARE(m_parts->emulator().baseUrl().scheme(), testUsesTls() ? u"https"_s : u"http"_s);
    m_window = m_parts->window();
}

void TestMainWindow::cleanup()
{
    m_window = nullptr;
    m_parts.reset();
}

void TestMainWindow::screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("KYC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        m_window->grab().save(dir + u'/' + name + u".png"_s);
}

void TestMainWindow::fill(const QString &applicant, const QString &partner, int ttl)
{
    auto *applicantEdit = find<QLineEdit>("applicantIdLineEdit");
    auto *partnerEdit = find<QLineEdit>("forClientIdLineEdit");
    applicantEdit->clear();
    partnerEdit->clear();
    QTest::keyClicks(applicantEdit, applicant);
    QTest::keyClicks(partnerEdit, partner);
    find<QSpinBox>("ttlSpinBox")->setValue(ttl);
}

void TestMainWindow::issuesAndShowsTheToken()
{
    fill(u"63e092c51b7b4030f2e01154"_s, u"CoolCoinLtd"_s, 900);
    QTest::mouseClick(find<QPushButton>("issuePushButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), u"tokenPage"_s, 10000);

    QCOMPARE(m_parts->emulator().shareTokens().size(), 1);
    const auto &issued = m_parts->emulator().shareTokens().first();
    QCOMPARE(issued.applicantId, u"63e092c51b7b4030f2e01154"_s);
    QCOMPARE(issued.forClientId, u"CoolCoinLtd"_s);
    auto *tokenEdit = find<QLineEdit>("tokenLineEdit");
    QCOMPARE(tokenEdit->text(), issued.token);
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password); // hidden until revealed
    QCOMPARE(find<QLabel>("partnerLabel")->text(), u"CoolCoinLtd"_s);
    QVERIFY2(find<QLabel>("remainingLabel")->text().startsWith(u"14 min"_s) ||
                 find<QLabel>("remainingLabel")->text().startsWith(u"15 min"_s),
             qPrintable(find<QLabel>("remainingLabel")->text()));
    QVERIFY(find<QLabel>("expiresLabel")->text().contains(u"UTC"_s));
    QVERIFY(find<QPushButton>("issuePushButton")->isEnabled());
    QCOMPARE(find<QLabel>("environmentBadgeLabel")->text(), u"SANDBOX"_s); // always in sight
    QCOMPARE(m_window->windowTitle(), u"SANDBOX"_s);
    screenshot(u"share-token-issued"_s);
}

void TestMainWindow::aPartnersTtlCapIsShownAtTheTtl()
{
    // The partner told the operator it takes share tokens of at most 1200 s; she keeps that in the address
    // book with File > Partners….
    kyc::PartnerBook &book = m_parts->partners();
    QCOMPARE(book.save({kyc::Provider::Sumsub, u"CoolCoin Ltd"_s, u"CoolCoinLtd"_s, {}}), QString());
    m_window->findChild<QAction *>(u"partnersAction"_s)->trigger();
    auto *dialog = m_window->findChild<PartnersDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->select(kyc::Provider::Sumsub, u"CoolCoinLtd"_s);
    auto *cap = in<QSpinBox>(dialog, "maxTtlSpinBox");
    cap->setFocus();
    cap->selectAll();
    QTest::keyClicks(cap, u"1200"_s);
    QTest::mouseClick(in<QPushButton>(dialog, "saveRulesPushButton"), Qt::LeftButton);
    QVERIFY2(in<QLabel>(dialog, "partnersStatusLabel")->text().contains(u"CoolCoin Ltd (CoolCoinLtd)"_s),
             qPrintable(in<QLabel>(dialog, "partnersStatusLabel")->text()));
    QCOMPARE(book.find(kyc::Provider::Sumsub, u"CoolCoinLtd"_s)->rules.maxTtlSecs, 1200);
    dialog->close();
    m_window->activateWindow(); // as the window manager gives it back
    QVERIFY(QTest::qWaitForWindowActive(m_window));

    fill(u"63e092c51b7b4030f2e01154"_s, u"CoolCoinLtd"_s, 3600);
    // Named under the partner's field as soon as the field names the partner.
    auto *rulesLine = find<QLabel>("forClientIdLineEditRulesLabel");
    QVERIFY(rulesLine->isVisible());
    QVERIFY2(rulesLine->text().contains(u"CoolCoin Ltd (CoolCoinLtd): at most 1200 s"_s),
             qPrintable(rulesLine->text()));
    QTest::keyClick(m_window, Qt::Key_Return, Qt::ControlModifier);
    auto *error = find<QLabel>("ttlErrorLabel");
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"CoolCoin Ltd (CoolCoinLtd)"_s) && error->text().contains(u"1200 s"_s),
             qPrintable(error->text()));
    QCOMPARE(QApplication::focusWidget(), find<QSpinBox>("ttlSpinBox"));
    QCOMPARE(m_parts->emulator().requestLog().size(), 0); // nothing was sent

    // At the cap, it is issued.
    find<QSpinBox>("ttlSpinBox")->setValue(1200);
    QTest::keyClick(m_window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(currentPage(), u"tokenPage"_s);
    QCOMPARE(m_parts->emulator().shareTokens().size(), 1);
    // Another partner has no rules to show.
    find<QLineEdit>("forClientIdLineEdit")->setText(u"OtherPartner"_s);
    QVERIFY(!rulesLine->isVisible());
}

void TestMainWindow::badApplicantIdShowsAFieldError()
{
    fill(u"63e092c51b7b4030f2e0115"_s, u"CoolCoinLtd"_s);
    QTest::keyClick(m_window, Qt::Key_Return, Qt::ControlModifier);
    auto *error = find<QLabel>("applicantIdErrorLabel");
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"23 characters"_s), qPrintable(error->text()));
    QVERIFY(!find<QLabel>("forClientIdErrorLabel")->isVisible());
    QCOMPARE(QApplication::focusWidget(), find<QLineEdit>("applicantIdLineEdit"));
    QCOMPARE(m_parts->emulator().requestLog().size(), 0); // nothing was sent
    screenshot(u"field-error"_s);

    // Typing in the field takes the complaint away.
    QTest::keyClicks(find<QLineEdit>("applicantIdLineEdit"), u"4"_s);
    QVERIFY(!error->isVisible());
}

void TestMainWindow::providerErrorShowsStatusCodeAndCorrelationId()
{
    m_parts->setNow(QDateTime::currentDateTimeUtc().addSecs(-600)); // this computer's clock ten minutes slow
    fill(u"63e092c51b7b4030f2e01154"_s, u"CoolCoinLtd"_s);
    find<QPushButton>("issuePushButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), u"errorPage"_s, 10000);
    QVERIFY(find<QLabel>("errorStatusLabel")->text().contains(u"HTTP 401"_s));
    QVERIFY(find<QLabel>("errorStatusLabel")->text().contains(u"4004"_s));
    QVERIFY(find<QLabel>("errorStatusLabel")->text().contains(u"app-token-request-expired"_s));
    QVERIFY2(find<QLabel>("errorAdviceLabel")->text().contains(u"behind the server's"_s),
             qPrintable(find<QLabel>("errorAdviceLabel")->text()));
    auto *correlation = find<QLineEdit>("correlationIdLineEdit");
    QVERIFY(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(correlation->text()).hasMatch());
    QVERIFY(correlation->isReadOnly());
    screenshot(u"error"_s);

    find<QPushButton>("copyCorrelationIdPushButton")->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), correlation->text());
}

void TestMainWindow::faultsAreToldInTheWindow_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("advice");
    QTest::newRow("a proxy's 503 page") << u"html:503"_s << u"internal error (HTTP 503)"_s
                                        << u"a proxy or gateway"_s << u"the time of the attempt"_s;
    QTest::newRow("429 with Retry-After")
        << u"rate-limit:7"_s << u"Too many requests"_s << u"Too many requests"_s << u"Try again in 7 s."_s;
    QTest::newRow("closed mid-answer") << u"close"_s << u"failed on the network"_s << u"before its end"_s
                                       << u"may have received the request"_s;
}

void TestMainWindow::faultsAreToldInTheWindow()
{
    QFETCH(QString, fault);
    QFETCH(QString, headline);
    QFETCH(QString, detail);
    QFETCH(QString, advice);
    QString error;
    m_parts->emulator().faults().add(*kyc::emulator::Fault::parse(fault, &error));
    fill(u"63e092c51b7b4030f2e01154"_s, u"CoolCoinLtd"_s);
    find<QPushButton>("issuePushButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), u"errorPage"_s, 10000);
    QVERIFY2(find<QLabel>("errorHeadlineLabel")->text().contains(headline),
             qPrintable(find<QLabel>("errorHeadlineLabel")->text()));
    QVERIFY2(find<QLabel>("errorDescriptionLabel")->text().contains(detail),
             qPrintable(find<QLabel>("errorDescriptionLabel")->text()));
    QVERIFY2(find<QLabel>("errorAdviceLabel")->text().contains(advice),
             qPrintable(find<QLabel>("errorAdviceLabel")->text()));
    QVERIFY(find<QPushButton>("issuePushButton")->isEnabled()); // the operator may try again, when she says
    screenshot(u"fault-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
    QTest::qWait(300);
    QCOMPARE(m_parts->emulator().requestLog().size(), 1); // and nothing was sent again by itself
}

void TestMainWindow::doubleClickSendsOneRequest()
{
    fill(u"63e092c51b7b4030f2e01154"_s, u"CoolCoinLtd"_s);
    auto *button = find<QPushButton>("issuePushButton");
    button->click();
    QVERIFY(!button->isEnabled());
    m_window->issue(); // e.g. Ctrl+Return while the first is in flight
    QTest::keyClick(m_window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), u"tokenPage"_s, 10000);
    QTest::qWait(200);
    QCOMPARE(m_parts->emulator().requestLog().size(), 1);
}

void TestMainWindow::cancelStopsTheRequestInFlight()
{
    kyc::emulator::Fault hang;
    hang.kind = kyc::emulator::Fault::Kind::Hang;
    hang.count = 2;
    m_parts->emulator().faults().add(hang);

    // Escape while the provider does not answer.
    fill(u"63e092c51b7b4030f2e01154"_s, u"CoolCoinLtd"_s);
    QTest::keyClick(m_window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(currentPage(), u"busyPage"_s);
    QVERIFY(m_window->isIssuing());
    QVERIFY(find<QPushButton>("cancelPushButton")->isVisible());
    QVERIFY(!find<QPushButton>("issuePushButton")->isEnabled());
    QTRY_COMPARE(m_parts->emulator().requestLog().size(), 1);
    QTest::keyClick(m_window, Qt::Key_Escape);
    QTRY_COMPARE(currentPage(), u"errorPage"_s);
    QCOMPARE(find<QLabel>("errorHeadlineLabel")->text(), u"The request was cancelled."_s);
    QVERIFY(!m_window->isIssuing());
    QVERIFY(find<QPushButton>("issuePushButton")->isEnabled());

    // The Cancel button does the same; nothing is sent again by itself.
    find<QPushButton>("issuePushButton")->click();
    QTRY_COMPARE(m_parts->emulator().requestLog().size(), 2);
    find<QPushButton>("cancelPushButton")->click();
    QTRY_COMPARE(currentPage(), u"errorPage"_s);
    QTest::qWait(300);
    QCOMPARE(m_parts->emulator().requestLog().size(), 2);

    // And the next request goes through as usual.
    find<QPushButton>("issuePushButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), u"tokenPage"_s, 10000);
}

void TestMainWindow::copyMarksTheTokenSecretAndClearsIt()
{
    m_window->clipboard()->setClearAfterSecs(2);
    fill(u"63e092c51b7b4030f2e01154"_s, u"CoolCoinLtd"_s);
    find<QPushButton>("issuePushButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), u"tokenPage"_s, 10000);
    const QString token = find<QLineEdit>("tokenLineEdit")->text();

    find<QPushButton>("copyPushButton")->click();
    QClipboard *cb = QGuiApplication::clipboard();
    QCOMPARE(cb->text(), token);
    QCOMPARE(cb->mimeData()->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));
    // What keeps it out of Windows' clipboard history and cloud clipboard, marked the same way.
    QCOMPARE(cb->mimeData()->data(u"application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\""_s),
             QByteArray(4, '\0'));
    QCOMPARE(cb->mimeData()->data(u"application/x-qt-windows-mime;value=\"CanUploadToCloudClipboard\""_s),
             QByteArray(4, '\0'));
    QVERIFY(cb->mimeData()->hasFormat(
        u"application/x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\""_s));
    QVERIFY(!cb->supportsSelection() || cb->text(QClipboard::Selection) != token); // never the X11 selection
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"cleared in 2 s"_s));
    QTRY_VERIFY_WITH_TIMEOUT(cb->text().isEmpty(), 5000);

    // Copied again, then the user copies something else: that is never cleared.
    QTest::keyClick(m_window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(cb->text(), token);
    cb->setText(u"the user's own text"_s);
    QTest::qWait(3000);
    QCOMPARE(cb->text(), u"the user's own text"_s);
}

void TestMainWindow::pastingADashboardLinkGivesTheApplicantId()
{
    auto *applicant = find<QLineEdit>("applicantIdLineEdit");
    applicant->clear();
    applicant->setFocus();
    QGuiApplication::clipboard()->setText(
        u"https://cockpit.sumsub.com/checkus/#/applicant/63e092c51b7b4030f2e01154/basicInfo?clientId=acme"_s);
    QTest::keyClick(applicant, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(applicant->text(), u"63e092c51b7b4030f2e01154"_s);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"taken from the dashboard link"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
    QTest::keyClicks(find<QLineEdit>("forClientIdLineEdit"), u"CoolCoinLtd"_s);
    QTest::keyClick(m_window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), u"tokenPage"_s, 10000);
    QCOMPARE(m_parts->emulator().shareTokens().last().applicantId, u"63e092c51b7b4030f2e01154"_s);
}

void TestMainWindow::countdownExpiresTheToken()
{
    fill(u"63e092c51b7b4030f2e01154"_s, u"CoolCoinLtd"_s, 60);
    find<QPushButton>("issuePushButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), u"tokenPage"_s, 10000);
    QVERIFY(find<QPushButton>("copyPushButton")->isEnabled());
    m_parts->setNow(QDateTime::currentDateTimeUtc().addSecs(61)); // a minute passes
    QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>("remainingLabel")->text(), u"expired"_s, 3000);
    QVERIFY(find<QLineEdit>("tokenLineEdit")->text().isEmpty());
    QVERIFY(!find<QPushButton>("copyPushButton")->isEnabled());
}

void TestMainWindow::sumsubIdFlowThroughTheWindow()
{
    QTest::keyClick(m_window, Qt::Key_2, Qt::ControlModifier);
    SumsubIdConnectForm *connectForm = m_window->idConnectForm();
    QTRY_VERIFY(connectForm->isVisible());
    QTest::keyClicks(in<QLineEdit>(connectForm, "idClientIdLineEdit"), u"emulator-demo-client"_s);
    QTest::keyClicks(in<QLineEdit>(connectForm, "redirectUriLineEdit"),
                     u"https://partner.example/callback"_s);
    in<QCheckBox>(connectForm, "openidScopeCheckBox")->setChecked(true);
    in<QCheckBox>(connectForm, "offlineAccessScopeCheckBox")->setChecked(true);
    QVERIFY(in<QCheckBox>(connectForm, "shareScopeCheckBox")->isChecked()); // on by default
    in<QPushButton>(connectForm, "makeUrlPushButton")->click();
    const QString url = in<QLineEdit>(connectForm, "authorizeUrlLineEdit")->text();
    QVERIFY(url.startsWith(m_parts->emulator().baseUrl().toString() + u"/api/snsId/oauth/authorize?"_s));
    QVERIFY(!in<QLineEdit>(connectForm, "stateLineEdit")->text().isEmpty());
    QCOMPARE(in<QLineEdit>(connectForm, "codeVerifierLineEdit")->text().size(), 64);
    QCOMPARE(QApplication::focusWidget(), in<QLineEdit>(connectForm, "authorizationResponseLineEdit"));

    // The operator pastes the whole address the browser ended on.
    const QString redirect = followConsent(QUrl(url));
    QVERIFY(redirect.startsWith(u"https://partner.example/callback?code="_s));
    QTest::keyClicks(in<QLineEdit>(connectForm, "authorizationResponseLineEdit"), redirect);
    screenshot(u"sumsub-id-connect-form"_s);
    QTest::keyClick(m_window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), u"tokenPage"_s, 10000);
    const QString access = find<QLineEdit>("tokenLineEdit")->text();
    QVERIFY(m_parts->emulator().state().accessTokens.contains(access));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"Sumsub ID Connect access token issued; it expires in 23 h 59 min."_s);
    QVERIFY(find<QLineEdit>("refreshTokenLineEdit")->text().startsWith(u"snd-id-con-r-"_s));
    QVERIFY(find<QPlainTextEdit>("idTokenClaimsPlainTextEdit")->toPlainText().contains(u"sid-alice"_s));
    QVERIFY(find<QLabel>("idTokenClaimsCaptionLabel")->text().contains(u"not verified"_s));
    QVERIFY(find<QLabel>("remainingLabel")->text().startsWith(u"23 h"_s) ||
            find<QLabel>("remainingLabel")->text().startsWith(u"1 d"_s));
    // The refresh token is kept in the form for a later refresh.
    QCOMPARE(in<QLineEdit>(connectForm, "refreshTokenLineEdit")->text(),
             find<QLineEdit>("refreshTokenLineEdit")->text());
    screenshot(u"sumsub-id-connect-token"_s);

    // Straight to the next step.
    find<QPushButton>("useConnectTokenPushButton")->click();
    SumsubIdShareForm *shareForm = m_window->idShareForm();
    QTRY_VERIFY(shareForm->isVisible());
    QCOMPARE(in<QLineEdit>(shareForm, "connectTokenLineEdit")->text(), access);
    QTest::keyClicks(in<QLineEdit>(shareForm, "forClientIdLineEdit"), u"CoolCoinLtd"_s);
    QCOMPARE(in<QSpinBox>(shareForm, "ttlSpinBox")->value(), 1800);
    in<QPushButton>(shareForm, "issuePushButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), u"tokenPage"_s, 10000);
    QCOMPARE(find<QLineEdit>("tokenLineEdit")->text(), m_parts->emulator().shareTokens().last().token);
    QVERIFY2(find<QLabel>("sharingLabel")->text().contains(u"Sharing allowed"_s),
             qPrintable(find<QLabel>("sharingLabel")->text()));
    screenshot(u"sumsub-id-share-token"_s);

    // A partner the user has not consented to: said prominently.
    in<QLineEdit>(shareForm, "forClientIdLineEdit")->clear();
    QTest::keyClicks(in<QLineEdit>(shareForm, "forClientIdLineEdit"), u"OtherPartner"_s);
    in<QPushButton>(shareForm, "issuePushButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("sharingLabel")->text().contains(u"NOT allowed"_s), 10000);
    QVERIFY(find<QLabel>("sharingLabel")->isVisible());
}

void TestMainWindow::connectFormShowsFieldErrors()
{
    m_window->setCurrentForm(m_window->idConnectForm());
    SumsubIdConnectForm *connectForm = m_window->idConnectForm();
    in<QPushButton>(connectForm, "makeUrlPushButton")->click(); // nothing filled in
    QVERIFY(in<QLabel>(connectForm, "idClientIdErrorLabel")->isVisible());
    QVERIFY(in<QLabel>(connectForm, "redirectUriErrorLabel")->text().contains(u"https://"_s));
    QVERIFY(in<QLineEdit>(connectForm, "authorizeUrlLineEdit")->text().isEmpty());

    in<QPushButton>(connectForm, "exchangePushButton")->click();
    QTRY_VERIFY(in<QLabel>(connectForm, "authorizationResponseErrorLabel")->isVisible());
    QVERIFY(in<QLabel>(connectForm, "codeVerifierErrorLabel")->isVisible());
    QCOMPARE(m_parts->emulator().requestLog().size(), 0);
}

// A consent page's error_description (or anything pasted, a vendor's words, a history row) is shown as
// the characters it is: HTML in it is not rendered, and no label guesses a text format.
void TestMainWindow::textFromOutsideIsNeverRichText()
{
    m_window->setCurrentForm(m_window->idConnectForm());
    SumsubIdConnectForm *connectForm = m_window->idConnectForm();
    in<QLineEdit>(connectForm, "authorizationResponseLineEdit")
        ->setText(
            u"https://app.example/callback?error=access_denied&error_description="
            "%3Ch1%3EClick%20%3Ca%20href%3D%22https%3A%2F%2Fevil.example%22%3Ehere%3C%2Fa%3E%3C%2Fh1%3E"_s);
    in<QLineEdit>(connectForm, "codeVerifierLineEdit")->setText(QString(43, u'a'));
    in<QPushButton>(connectForm, "exchangePushButton")->click();
    auto *error = in<QLabel>(connectForm, "authorizationResponseErrorLabel");
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"<h1>Click <a href=\"https://evil.example\">here</a></h1>"_s),
             qPrintable(error->text()));
    QCOMPARE(error->textFormat(), Qt::PlainText);
    QCOMPARE(m_parts->emulator().requestLog().size(), 0);
    // Every label of the window, its forms and its result panel.
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        if (label->objectName().startsWith(u"qt_"_s))
            continue; // Qt's own, in its own widgets
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }
}

// A referrer any site can match is valid, but the window asks before issuing it, and saying no sends
// nothing.
void TestMainWindow::aReferrerForEverySiteAsksFirst()
{
    QTest::keyClick(m_window, Qt::Key_4, Qt::ControlModifier);
    ComplyCubeSdkForm *form = m_window->complyCubeForm();
    QTRY_VERIFY(form->isVisible());
    QTest::keyClicks(in<QLineEdit>(form, "clientIdLineEdit"), u"5eb04fcd0f3e360008035eb1"_s);
    QTest::keyClicks(in<QLineEdit>(form, "referrerLineEdit"), u"*://*/*"_s);
    const int asked = Confirm::askedCount();
    Confirm::setNextAnswer(false);
    in<QPushButton>(form, "issuePushButton")->click();
    QCOMPARE(Confirm::askedCount(), asked + 1);
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Nothing was issued."_s);
    QTest::qWait(200);
    QCOMPARE(m_parts->emulator().requestLog().size(), 0);
    Confirm::setNextAnswer(true);
    in<QPushButton>(form, "issuePushButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), u"tokenPage"_s, 10000);
    QCOMPARE(m_parts->emulator().requestLog().size(), 1);
}

void TestMainWindow::complyCubeWebAndMobile()
{
    QTest::keyClick(m_window, Qt::Key_4, Qt::ControlModifier);
    ComplyCubeSdkForm *form = m_window->complyCubeForm();
    QTRY_VERIFY(form->isVisible());
    QCOMPARE(find<QLabel>("environmentBadgeLabel")->text(), u"SANDBOX"_s);
    QVERIFY(find<QLabel>("connectionLabel")->text().startsWith(u"ComplyCube"_s));
    QTest::keyClicks(in<QLineEdit>(form, "clientIdLineEdit"), u"5eb04fcd0f3e360008035eb1"_s);
    QTest::keyClicks(in<QLineEdit>(form, "referrerLineEdit"), u"https://*.example.com/*"_s);
    in<QPushButton>(form, "issuePushButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), u"tokenPage"_s, 10000);
    QCOMPARE(find<QLineEdit>("tokenLineEdit")->text(), m_parts->emulator().state().sdkTokens.last());
    QCOMPARE(find<QLabel>("partnerCaptionLabel")->text(), u"Referrer:"_s);
    QVERIFY(find<QLabel>("remainingLabel")->text().startsWith(u"59 min"_s) ||
            find<QLabel>("remainingLabel")->text().startsWith(u"1 h"_s));
    screenshot(u"complycube-sdk-token"_s);

    // Mobile SDK without an app ID: the app ID field says so, nothing is sent.
    const qsizetype sent = m_parts->emulator().requestLog().size();
    in<QRadioButton>(form, "mobileSdkRadioButton")->click();
    QVERIFY(!in<QLineEdit>(form, "referrerLineEdit")->isEnabled());
    in<QPushButton>(form, "issuePushButton")->click();
    QTRY_VERIFY(in<QLabel>(form, "appIdErrorLabel")->isVisible());
    QVERIFY(!in<QLabel>(form, "referrerErrorLabel")->isVisible());
    QCOMPARE(m_parts->emulator().requestLog().size(), sent);
    QTest::keyClicks(in<QLineEdit>(form, "appIdLineEdit"), u"com.myapp.demo.app"_s);
    in<QPushButton>(form, "issuePushButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>("partnerCaptionLabel")->text(), u"App ID:"_s, 10000);
    QCOMPARE(find<QLineEdit>("tokenLineEdit")->text(), m_parts->emulator().state().sdkTokens.last());
}

// The receiving side in the window, with the keyboard: the token pasted into the Redeem tab, Preview
// (nothing made), Reuse (the applicant, its status and its link), the token then used up, and Copy
// applicant only after the operator has read that it is not KYC.
void TestMainWindow::redeemsAShareTokenThroughTheWindow()
{
    // A token the emulator's account issued for itself, as a partner's would arrive.
    fill(u"63e092c51b7b4030f2e01154"_s, u"emulator-demo-client"_s, 600);
    QTest::mouseClick(find<QPushButton>("issuePushButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), u"tokenPage"_s, 10000);
    const QString token = m_parts->emulator().shareTokens().last().token;

    auto *tabs = m_window->findChild<QTabWidget *>(u"operationTabWidget"_s);
    QTest::keyClick(m_window, Qt::Key_5, Qt::ControlModifier);
    QTRY_COMPARE(tabs->currentWidget()->findChild<SumsubRedeemForm *>(), m_window->redeemForm());
    SumsubRedeemForm *form = m_window->redeemForm();
    auto *tokenEdit = form->findChild<QLineEdit *>(u"shareTokenLineEdit"_s);
    auto *levelEdit = form->findChild<QLineEdit *>(u"levelNameLineEdit"_s);
    QTRY_VERIFY(tokenEdit->hasFocus());
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(tokenEdit, token);
    QTest::keyClick(tokenEdit, Qt::Key_Tab);
    QVERIFY(levelEdit->hasFocus());
    QTest::keyClicks(levelEdit, u"basic-kyc-level"_s);

    QTest::mouseClick(form->findChild<QPushButton *>(u"previewPushButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), u"receivedPage"_s, 10000);
    QVERIFY2(find<QLabel>("receivedTitleLabel")->text().startsWith(u"Preview passed"_s),
             qPrintable(find<QLabel>("receivedTitleLabel")->text()));
    QVERIFY(!find<QLineEdit>("receivedApplicantIdLineEdit")->isVisible());
    QVERIFY(!m_parts->emulator().shareTokens().last().consumed);

    QTest::keyClick(levelEdit, Qt::Key_Return); // Return reuses
    QTRY_VERIFY_WITH_TIMEOUT(m_parts->emulator().shareTokens().last().consumed, 10000);
    QTRY_COMPARE(find<QLabel>("receivedTitleLabel")->text(),
                 u"Applicant created for level basic-kyc-level."_s);
    const QString id = find<QLineEdit>("receivedApplicantIdLineEdit")->text();
    QCOMPARE(id.size(), 24);
    QVERIFY(find<QLabel>("receivedDetailsLabel")->text().contains(u"Status: completed (GREEN)"_s));
    QVERIFY(find<QLabel>("receivedDetailsLabel")->text().contains(u"Shared by: emulator-demo-client"_s));
    QVERIFY(find<QPushButton>("openDashboardPushButton")->isVisible());
    screenshot(u"redeemed"_s);

    // Used up: told in words the operator can act on.
    QTest::mouseClick(form->findChild<QPushButton *>(u"issuePushButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(), u"errorPage"_s, 10000);
    QCOMPARE(find<QLabel>("errorHeadlineLabel")->text(), u"Sumsub did not accept the share token."_s);
    QVERIFY(find<QLabel>("errorAdviceLabel")->text().contains(u"Ask the donor for a new share token"_s));

    // Copy applicant: declined, nothing is sent; accepted, it is sent (and refused: the token is used up).
    const auto imports = [this] {
        int n = 0;
        for (const auto &entry : m_parts->emulator().requestLog())
            n += entry.path == u"/resources/applicants/-/import" ? 1 : 0;
        return n;
    };
    const int asked = Confirm::askedCount();
    Confirm::setNextAnswer(false);
    QTest::mouseClick(form->findChild<QPushButton *>(u"copyApplicantPushButton"_s), Qt::LeftButton);
    QCOMPARE(Confirm::askedCount(), asked + 1);
    QCOMPARE(imports(), 0);
    Confirm::setNextAnswer(true);
    QTest::keyClick(m_window, Qt::Key_Return,
                    Qt::ControlModifier); // the last button chosen: Copy, asked again
    QCOMPARE(Confirm::askedCount(), asked + 2);
    QTRY_COMPARE_WITH_TIMEOUT(imports(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isIssuing(), 10000);
    QCOMPARE(currentPage(), u"errorPage"_s); // the token was used up by the reuse
    QCOMPARE(find<QLabel>("errorHeadlineLabel")->text(), u"Sumsub did not accept the share token."_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
