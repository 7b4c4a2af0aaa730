#include "MainWindow.h"

#include "Clipboard.h"
#include "ComplyCubeSdkForm.h"
#include "Confirm.h"
#include "HistoryModel.h"
#include "HistoryPanel.h"
#include "Issuer.h"
#include "ProfilesDialog.h"
#include "ResultPanel.h"
#include "Style.h"
#include "SumsubIdConnectForm.h"
#include "SumsubIdShareForm.h"
#include "SumsubShareTokenForm.h"
#include "history/HistoryEntry.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"
#include "ui_MainWindow.h"

#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>

#include <algorithm>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(kyc::Issuer *issuer, const QList<kyc::Profile> &profiles, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_issuer(issuer)
    , m_profiles(profiles)
    , m_clipboard(new Clipboard(this))
{
    m_ui->setupUi(this);
    m_shareForm = new SumsubShareTokenForm;
    m_connectForm = new SumsubIdConnectForm;
    m_idShareForm = new SumsubIdShareForm;
    m_complyCubeForm = new ComplyCubeSdkForm;
    m_forms = {m_shareForm, m_connectForm, m_idShareForm, m_complyCubeForm};
    for (int i = 0; i < m_forms.size(); ++i) {
        OperationForm *form = m_forms.at(i);
        // Each form in its own margins, so the tab page does not crowd it.
        auto *page = new QWidget;
        auto *layout = new QVBoxLayout(page);
        layout->addWidget(form);
        layout->addStretch();
        m_ui->operationTabWidget->addTab(page, u"&%1 %2"_s.arg(i + 1).arg(form->title()));
        connect(form, &OperationForm::issueRequested, this, &MainWindow::issue);
        connect(form, &OperationForm::announce, this,
                [this](const QString &text) { statusBar()->showMessage(text); });
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, form] { setCurrentForm(form); });
    }
    connect(m_connectForm, &SumsubIdConnectForm::copyRequested, m_clipboard, &Clipboard::copyText);

    m_result = new ResultPanel(m_clipboard, m_ui->resultContainer);
    m_result->setClock([issuer] { return issuer->now(); });
    m_ui->resultLayout->addWidget(m_result);
    m_ui->noticeFrame->hide();
    connect(m_result, &ResultPanel::useConnectTokenRequested, this, [this](const QString &token) {
        m_idShareForm->setConnectToken(token);
        setCurrentForm(m_idShareForm);
    });

    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->quitAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->operationTabWidget, &QTabWidget::currentChanged, this, &MainWindow::refreshProfileSwitcher);
    connect(m_result, &ResultPanel::cancelRequested, this, &MainWindow::cancel);
    connect(m_result, &ResultPanel::announce, this,
            [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_ui->noticePushButton, &QPushButton::clicked, this, [this] {
        if (m_noticeAction)
            m_noticeAction();
    });
    connect(m_clipboard, &Clipboard::secondsLeftChanged, this, [this](int left) {
        if (left > 0)
            statusBar()->showMessage(tr("Copied. The clipboard is cleared in %1 s.").arg(left));
        else
            statusBar()->showMessage(tr("Clipboard cleared."), 5000);
    });

    if (issuer->history()) {
        m_history = new HistoryPanel(issuer, m_clipboard);
        auto *dock = new QDockWidget(tr("History"), this);
        dock->setObjectName(u"historyDockWidget"_s);
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
        dock->setWidget(m_history);
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        auto *find = new QShortcut(QKeySequence::Find, this);
        connect(find, &QShortcut::activated, m_history, &HistoryPanel::focusFilter);
        connect(m_history, &HistoryPanel::issueAgainRequested, this, &MainWindow::issueAgain);
    }
    auto *issueShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(issueShortcut, &QShortcut::activated, this, &MainWindow::issue);
    auto *copyShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this);
    connect(copyShortcut, &QShortcut::activated, m_result, &ResultPanel::copyToken);
    auto *cancelShortcut = new QShortcut(QKeySequence::Cancel, this);
    connect(cancelShortcut, &QShortcut::activated, this, &MainWindow::cancel);

    m_ui->profilesPushButton->hide(); // until there is a store to manage
    connect(m_ui->profilesPushButton, &QPushButton::clicked, this, &MainWindow::openProfilesDialog);
    connect(m_ui->profileComboBox, &QComboBox::activated, this, [this](int index) {
        const OperationForm *form = currentForm();
        if (form && index >= 0)
            m_activeName.insert(form->provider(), m_ui->profileComboBox->itemData(index).toString());
        updateEnvironment();
        if (currentForm() == m_connectForm)
            offerStoredRefreshToken();
    });
    refreshProfileSwitcher();
    m_shareForm->setFocus(Qt::OtherFocusReason);
}

MainWindow::~MainWindow()
{
    m_clipboard->disconnect(this); // its last word must not reach a window being taken apart
    if (m_pending)
        m_pending->cancel();
}

QList<kyc::Profile> MainWindow::allProfiles() const
{
    QList<kyc::Profile> all = m_store ? m_store->profiles() : QList<kyc::Profile>{};
    all += m_profiles;
    return all;
}

kyc::Profile MainWindow::profileFor(kyc::Provider provider) const
{
    const QString chosen = m_activeName.value(provider);
    const QList<kyc::Profile> all = allProfiles();
    for (const kyc::Profile &p : all) {
        if (p.provider == provider && p.name == chosen)
            return p;
    }
    for (const kyc::Profile &p : all) {
        if (p.provider == provider)
            return p;
    }
    kyc::Profile none;
    none.provider = provider;
    none.name = tr("none");
    none.baseUrl = kyc::Profile::defaultBaseUrl(provider);
    return none;
}

OperationForm *MainWindow::currentForm() const
{
    const int index = m_ui->operationTabWidget->currentIndex();
    return index >= 0 && index < m_forms.size() ? m_forms.at(index) : nullptr;
}

void MainWindow::setCurrentForm(OperationForm *form)
{
    m_ui->operationTabWidget->setCurrentIndex(int(m_forms.indexOf(form)));
    form->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::setPartnerBook(kyc::PartnerBook *book)
{
    for (OperationForm *form : std::as_const(m_forms))
        form->setPartnerBook(book);
    if (m_history)
        m_history->model()->setPartnerBook(book);
}

OperationForm *MainWindow::formFor(kyc::Operation operation) const
{
    switch (operation) {
    case kyc::Operation::SumsubShareToken:
        return m_shareForm;
    case kyc::Operation::SumsubIdConnectToken:
    case kyc::Operation::SumsubIdConnectRefresh:
        return m_connectForm;
    case kyc::Operation::SumsubIdShareToken:
        return m_idShareForm;
    case kyc::Operation::ComplyCubeSdkToken:
        return m_complyCubeForm;
    }
    return nullptr;
}

void MainWindow::issueAgain(const kyc::HistoryEntry &entry)
{
    const std::optional<kyc::TokenRequest> request = entry.repeatRequest();
    if (!request) {
        statusBar()->showMessage(tr("This console does not know the operation \"%1\".").arg(entry.operation));
        return;
    }
    OperationForm *form = formFor(request->operation());
    const kyc::Provider provider = form->provider();
    const QList<kyc::Profile> all = allProfiles();
    const bool profileExists = std::any_of(all.cbegin(), all.cend(), [&](const kyc::Profile &p) {
        return p.provider == provider && p.name == entry.profile;
    });
    if (profileExists)
        m_activeName.insert(provider, entry.profile);
    form->prefill(*request);
    setCurrentForm(form);
    refreshProfileSwitcher();
    statusBar()->showMessage(
        profileExists
            ? tr("Filled in from the history. Check it, then issue with Ctrl+Return.")
            : tr("Filled in from the history. Its profile \"%1\" no longer exists: check the profile, "
                 "then issue with Ctrl+Return.")
                  .arg(entry.profile));
}

void MainWindow::setProfileStore(kyc::ProfileStore *store, kyc::SecretStore *secrets,
                                 kyc::SecretStore *session)
{
    m_store = store;
    m_secrets = secrets;
    m_sessionSecrets = session;
    m_ui->profilesPushButton->setVisible(store != nullptr);
    refreshProfileSwitcher();
}

ProfilesDialog *MainWindow::openProfilesDialog()
{
    if (!m_store)
        return nullptr;
    auto *dialog = new ProfilesDialog(m_store, m_secrets, this);
    dialog->setIssuer(m_issuer);
    dialog->setSessionStore(m_sessionSecrets);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const OperationForm *form = currentForm();
    const kyc::Profile current = profileFor(form ? form->provider() : kyc::Provider::Sumsub);
    if (!current.id.isEmpty())
        dialog->selectProfile(current.id);
    connect(dialog, &ProfilesDialog::profilesChanged, this, &MainWindow::refreshProfileSwitcher);
    dialog->open();
    return dialog;
}

void MainWindow::selectProfile(const QString &name)
{
    const QList<kyc::Profile> all = allProfiles();
    const auto chosen =
        std::find_if(all.cbegin(), all.cend(), [&name](const kyc::Profile &p) { return p.name == name; });
    if (chosen == all.cend())
        return;
    m_activeName.insert(chosen->provider, name);
    // Show an operation of that profile's provider, if another provider's is in front.
    if (currentForm() && currentForm()->provider() != chosen->provider) {
        const auto form = std::find_if(m_forms.cbegin(), m_forms.cend(), [&chosen](const OperationForm *f) {
            return f->provider() == chosen->provider;
        });
        if (form != m_forms.cend())
            setCurrentForm(*form);
    }
    refreshProfileSwitcher();
}

void MainWindow::storeRefreshToken(const kyc::Profile &profile, const QString &refreshToken,
                                   const QString &codeVerifier)
{
    if (!m_secrets || profile.id.isEmpty()) // the environment's and demo mode's accounts keep nothing
        return;
    const QJsonObject entry{{u"refreshToken"_s, refreshToken}, {u"codeVerifier"_s, codeVerifier}};
    m_secrets->write(profile.secretKey(kyc::Secret::SumsubIdRefreshToken),
                     QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)),
                     [this](const kyc::SecretResult &r) {
                         if (r.error != kyc::SecretError::None)
                             statusBar()->showMessage(
                                 tr("The refresh token was not kept: %1").arg(r.message));
                     });
}

void MainWindow::offerStoredRefreshToken()
{
    const kyc::Profile profile = profileFor(kyc::Provider::Sumsub);
    if (!m_secrets || profile.id.isEmpty())
        return;
    QPointer<SumsubIdConnectForm> form(m_connectForm);
    m_secrets->read(profile.secretKey(kyc::Secret::SumsubIdRefreshToken), [form](const kyc::SecretResult &r) {
        if (!form || r.error != kyc::SecretError::None || !r.value)
            return;
        const QJsonObject entry = QJsonDocument::fromJson(r.value->toUtf8()).object();
        form->offerStoredRefresh(entry.value(u"refreshToken"_s).toString(),
                                 entry.value(u"codeVerifier"_s).toString());
    });
}

void MainWindow::refreshProfileSwitcher()
{
    const OperationForm *form = currentForm();
    const kyc::Provider provider = form ? form->provider() : kyc::Provider::Sumsub;
    const kyc::Profile active = profileFor(provider);
    QSignalBlocker block(m_ui->profileComboBox);
    m_ui->profileComboBox->clear();
    for (const kyc::Profile &p : allProfiles()) {
        if (p.provider != provider)
            continue;
        m_ui->profileComboBox->addItem(tr("%1 (%2)").arg(p.name, kyc::environmentDisplayName(p.environment)),
                                       p.name);
        if (p.name == active.name)
            m_ui->profileComboBox->setCurrentIndex(m_ui->profileComboBox->count() - 1);
    }
    m_ui->profileComboBox->setVisible(m_ui->profileComboBox->count() > 0);
    updateEnvironment();
    if (currentForm() == m_connectForm)
        offerStoredRefreshToken();
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    if (demo) {
        showNotice(tr("Demo mode: tokens come from the built-in emulator. They are not real and work nowhere "
                      "else."));
    }
    updateEnvironment();
}

void MainWindow::showNotice(const QString &text, const QString &buttonText, std::function<void()> action)
{
    m_ui->noticeLabel->setText(text);
    m_ui->noticePushButton->setText(buttonText);
    m_ui->noticePushButton->setVisible(!buttonText.isEmpty());
    m_noticeAction = std::move(action);
    m_ui->noticeFrame->show();
}

void MainWindow::updateEnvironment()
{
    // The consent page belongs to whichever Sumsub account is chosen.
    m_connectForm->setApiBaseUrl(profileFor(kyc::Provider::Sumsub).baseUrl);
    const OperationForm *form = currentForm();
    const kyc::Profile profile = profileFor(form ? form->provider() : kyc::Provider::Sumsub);
    const QString environment = m_demo ? tr("DEMO") : kyc::environmentDisplayName(profile.environment);
    Style::makeBadge(m_ui->environmentBadgeLabel, environment,
                     m_demo ? Style::demoColor() : Style::environmentColor(profile.environment));
    m_ui->connectionLabel->setText(
        tr("%1 · %2").arg(kyc::providerDisplayName(profile.provider), profile.baseUrl.toDisplayString()));
    // The platform appends the application's display name: "SANDBOX — KYC Share Console".
    setWindowTitle(environment);
}

void MainWindow::setBusy(bool busy)
{
    for (OperationForm *form : std::as_const(m_forms))
        form->setBusy(busy);
}

void MainWindow::issue()
{
    OperationForm *form = currentForm();
    if (m_pending || !form) // one request at a time: a second click sends nothing
        return;
    if (!m_blockedReason.isEmpty()) {
        m_result->showEmpty();
        statusBar()->showMessage(m_blockedReason);
        showNotice(m_blockedReason);
        return;
    }
    const kyc::Profile profile = profileFor(form->provider());
    if (!m_demo && m_confirmProduction && profile.environment == kyc::Environment::Production &&
        !Confirm::ask(this, tr("Issue on PRODUCTION"),
                      tr("This issues a real %1 with the production profile \"%2\". Go ahead?")
                          .arg(kyc::operationDisplayName(form->request().operation()), profile.name),
                      tr("&Issue on production"))) {
        statusBar()->showMessage(tr("Nothing was issued."));
        return;
    }
    form->clearFieldErrors();
    setBusy(true);
    m_result->showBusy();
    statusBar()->showMessage(tr("Issuing…"));
    m_issuingForm = form;
    m_issuingProfile = profile;
    m_issuingRequest = form->request();
    m_pending = m_issuer->issue(profile, m_issuingRequest);
    connect(m_pending, &kyc::PendingIssue::finished, this, &MainWindow::onFinished);
}

void MainWindow::cancel()
{
    if (m_pending)
        m_pending->cancel();
}

void MainWindow::onFinished(const kyc::Outcome &outcome)
{
    m_pending.clear();
    setBusy(false);
    if (!outcome.isIssued() && outcome.failure().kind == kyc::FailureKind::InvalidInput &&
        !outcome.failure().fieldErrors.isEmpty() && m_issuingForm) {
        m_result->showEmpty();
        m_issuingForm->showFieldErrors(outcome.failure().fieldErrors);
        statusBar()->showMessage(kyc::Outcome::headline(outcome.failure()));
        return;
    }
    if (outcome.isIssued()) {
        const QString refresh = outcome.issued().extras.value(u"refreshToken"_s).toString();
        if (!refresh.isEmpty()) {
            m_connectForm->setRefreshToken(refresh);
            storeRefreshToken(m_issuingProfile, refresh,
                              m_issuingRequest.normalized().value(kyc::Field::CodeVerifier));
        }
    }
    m_result->showOutcome(outcome);
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About KYC Share Console"),
        tr("<p><b>KYC Share Console</b> %1</p>"
           "<p>Issues KYC share tokens by hand: Sumsub share tokens for Reusable KYC, Sumsub ID "
           "Connect and Sumsub ID share tokens, and ComplyCube SDK tokens.</p>")
            .arg(QCoreApplication::applicationVersion()));
}
