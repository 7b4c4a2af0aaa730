#include "gui/MainWindow.h"

#include "core/history/HistoryEntry.h"
#include "core/history/HistoryStore.h"
#include "core/history/PostgresHistoryStore.h"
#include "core/issuing/Issuer.h"
#include "core/profiles/ProfileStore.h"
#include "core/secrets/RefreshTokenVault.h"
#include "core/secrets/SecretStore.h"
#include "core/tokens/OperationSpec.h"
#include "gui/ApprovalsPanel.h"
#include "gui/BatchDialog.h"
#include "gui/Clipboard.h"
#include "gui/ComplyCubeSdkForm.h"
#include "gui/Confirm.h"
#include "gui/HistoryModel.h"
#include "gui/HistoryPanel.h"
#include "gui/Icons.h"
#include "gui/PartnersDialog.h"
#include "gui/PreferencesDialog.h"
#include "gui/ProfileSwitcher.h"
#include "gui/ProfilesDialog.h"
#include "gui/ResultPanel.h"
#include "gui/ShareReportDialog.h"
#include "gui/Style.h"
#include "gui/SumsubIdConnectForm.h"
#include "gui/SumsubIdShareForm.h"
#include "gui/SumsubRedeemForm.h"
#include "gui/SumsubShareTokenForm.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_issuer(services.issuer)
    , m_store(services.store)
    , m_secrets(services.secrets)
    , m_sessionSecrets(services.sessionSecrets)
    , m_partners(services.partners)
    , m_settings(services.settings)
    , m_demo(services.demo)
    , m_clipboard(new Clipboard(this))
{
    kyc::Issuer *issuer = m_issuer;
    m_ui->setupUi(this);
    m_switcher = new ProfileSwitcher(m_ui->profileComboBox, m_store, services.profiles, !m_demo, this);
    // In TabIndex order.
    m_tabs = {
        {kyc::Operation::SumsubShareToken, SumsubShareTokenForm::title(),
         [] { return new SumsubShareTokenForm; }, u"SumsubShareTokenForm"_s},
        {kyc::Operation::SumsubIdConnectToken, SumsubIdConnectForm::title(),
         [] { return new SumsubIdConnectForm; }, u"SumsubIdConnectForm"_s},
        {kyc::Operation::SumsubIdShareToken, SumsubIdShareForm::title(), [] { return new SumsubIdShareForm; },
         u"SumsubIdShareForm"_s},
        {kyc::Operation::ComplyCubeSdkToken, ComplyCubeSdkForm::title(), [] { return new ComplyCubeSdkForm; },
         u"ComplyCubeSdkForm"_s},
        {kyc::Operation::SumsubReuse, SumsubRedeemForm::title(), [] { return new SumsubRedeemForm; },
         u"SumsubRedeemForm"_s},
    };
    for (int i = 0; i < m_tabs.size(); ++i) {
        // Each form scrolled on a small screen; the form itself comes when the tab is first shown.
        auto *scroll = new QScrollArea;
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        m_tabs[i].page = scroll;
        m_ui->operationTabWidget->addTab(scroll, u"&%1 %2"_s.arg(i + 1).arg(m_tabs.at(i).title));
    }

    // The form gets what the result leaves (and scrolls when that is not enough).
    m_ui->centralLayout->setStretchFactor(m_ui->operationTabWidget, 1);
    m_result = new ResultPanel(m_clipboard, m_ui->resultContainer);
    m_result->setClock([issuer] { return issuer->now(); });
    m_ui->resultLayout->addWidget(m_result);
    m_ui->noticeFrame->hide();
    connect(m_result, &ResultPanel::useConnectTokenRequested, this, [this](const QString &token) {
        idShareForm()->setConnectToken(token);
        setCurrentForm(idShareForm());
    });

    createActions();
    // A tab's form is built before the tab is first painted.
    connect(m_ui->operationTabWidget, &QTabWidget::currentChanged, this, &MainWindow::formAt);
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
        connect(m_ui->findAction, &QAction::triggered, m_history, &HistoryPanel::focusFilter);
        connect(m_history, &HistoryPanel::issueAgainRequested, this, &MainWindow::issueAgain);
        // Which history this is, always in sight: the operator's own file or the team's database.
        auto *store = new QLabel(tr("History: %1").arg(issuer->history()->description()));
        store->setObjectName(u"historyStoreLabel"_s);
        store->setTextFormat(Qt::PlainText);
        statusBar()->addPermanentWidget(store);
        if (auto *team = dynamic_cast<kyc::PostgresHistoryStore *>(issuer->history()))
            addApprovals(team, dock);
    }
    m_ui->findAction->setEnabled(m_history != nullptr);

    m_ui->profilesPushButton->setVisible(m_store != nullptr); // demo mode keeps no profiles
    m_ui->profilesAction->setVisible(m_store != nullptr);
    connect(m_ui->profilesPushButton, &QPushButton::clicked, this, &MainWindow::openProfilesDialog);
    connect(m_switcher, &ProfileSwitcher::chosen, this, [this] {
        updateEnvironment();
        if (m_ui->operationTabWidget->currentIndex() == IdConnectTab)
            offerStoredRefreshToken();
    });
    if (m_history)
        m_history->model()->setPartnerBook(m_partners);
    m_result->setPartnerBook(m_partners);
    if (m_demo)
        showNotice(tr("Demo mode: tokens come from the built-in emulator. They are not real and work nowhere "
                      "else."));
    applyPreferences(kyc::Preferences::load(*m_settings));
    restoreSession();
}

OperationForm *MainWindow::formAt(int index)
{
    if (index < 0 || index >= m_tabs.size())
        return nullptr;
    FormTab &tab = m_tabs[index];
    if (tab.form)
        return tab.form;
    OperationForm *form = tab.make();
    tab.form = form;
    // In its own margins, so that the tab page does not crowd it.
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(form);
    layout->addStretch();
    tab.page->setWidget(page);
    // The button that sends, in each form, with the same icon as Operation > Issue.
    for (const QString &name : {u"issuePushButton"_s, u"exchangePushButton"_s}) {
        if (auto *button = form->findChild<QPushButton *>(name))
            button->setIcon(Icons::issue());
    }
    connect(form, &OperationForm::issueRequested, this, &MainWindow::issue);
    connect(form, &OperationForm::announce, this,
            [this](const QString &text) { statusBar()->showMessage(text); });
    form->setPartnerBook(m_partners);
    form->setBusy(m_busy);
    if (auto *connectForm = qobject_cast<SumsubIdConnectForm *>(form)) {
        connect(connectForm, &SumsubIdConnectForm::copyRequested, m_clipboard, &Clipboard::copyText);
        connectForm->setApiBaseUrl(activeProfile(kyc::Provider::Sumsub).baseUrl);
    }
    return form;
}

int MainWindow::indexOf(const OperationForm *form) const
{
    for (int i = 0; i < m_tabs.size(); ++i) {
        if (m_tabs.at(i).form == form)
            return i;
    }
    return -1;
}

SumsubShareTokenForm *MainWindow::shareTokenForm()
{
    return static_cast<SumsubShareTokenForm *>(formAt(ShareTokenTab));
}

SumsubIdConnectForm *MainWindow::idConnectForm()
{
    return static_cast<SumsubIdConnectForm *>(formAt(IdConnectTab));
}

SumsubIdShareForm *MainWindow::idShareForm()
{
    return static_cast<SumsubIdShareForm *>(formAt(IdShareTab));
}

ComplyCubeSdkForm *MainWindow::complyCubeForm()
{
    return static_cast<ComplyCubeSdkForm *>(formAt(ComplyCubeTab));
}

SumsubRedeemForm *MainWindow::redeemForm()
{
    return static_cast<SumsubRedeemForm *>(formAt(RedeemTab));
}

void MainWindow::addApprovals(kyc::PostgresHistoryStore *team, QDockWidget *besides)
{
    m_approvals = new ApprovalsPanel(team);
    auto *dock = new QDockWidget(tr("Approvals"), this);
    dock->setObjectName(u"approvalsDockWidget"_s);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    dock->setWidget(m_approvals);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    tabifyDockWidget(besides, dock);
    const auto title = [dock](int waiting) {
        dock->setWindowTitle(waiting > 0 ? tr("Approvals (%1)").arg(waiting) : tr("Approvals"));
    };
    title(m_approvals->waitingForYou());
    connect(m_approvals, &ApprovalsPanel::waitingChanged, dock, title);
    connect(m_approvals, &ApprovalsPanel::announce, this,
            [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_approvals, &ApprovalsPanel::requestArrived, this, [this](const QString &text) {
        statusBar()->showMessage(text);
        QApplication::alert(this); // the taskbar's attention, when the console is not in front
    });
    connect(m_approvals, &ApprovalsPanel::issueRequested, this, &MainWindow::issueApproved);
}

void MainWindow::issueApproved(const kyc::ApprovalRequest &approved)
{
    const kyc::HistoryEntry &e = approved.request;
    const std::optional<kyc::TokenRequest> repeated = e.repeatRequest();
    OperationForm *form = repeated ? formFor(repeated->operation()) : nullptr;
    if (!repeated || !form || m_pending)
        return;
    kyc::TokenRequest request = *repeated;
    for (const kyc::Field field : kyc::TokenRequest::fieldsOf(request.operation())) {
        if (kyc::specOf(field).kept != kyc::FieldSpec::Kept::SubjectFingerprint)
            continue;
        // A token is never kept (a connect token, a share token): the one in the form, if its maker
        // pasted it again.
        request.set(field, form->request().value(field));
        if (request.value(field).trimmed().isEmpty()) {
            setCurrentForm(form);
            showNotice(tr("Request %1 is approved. Paste the \"%2\" into this form again, then choose Issue "
                          "approved again: a token is never kept.")
                           .arg(e.id)
                           .arg(kyc::fieldDisplayName(field)));
            return;
        }
    }
    setCurrentForm(form);
    send(form, activeProfile(kyc::providerOf(request.operation())), request, e.id);
}

namespace {
// The platform's keys for a standard action; some platforms (and Qt's generic theme) have none for
// Quit or Preferences, and a keyboard user still needs one.
QList<QKeySequence> standardKeys(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    return keys.isEmpty() ? QList<QKeySequence>{fallback} : keys;
}
} // namespace

void MainWindow::createActions()
{
    // Every action is in a menu (reachable with Alt and the arrows) and on the window itself, so that its
    // shortcut works wherever the focus is.
    const auto setUp = [this](QAction *action, const QList<QKeySequence> &keys, const QIcon &icon = {}) {
        action->setShortcuts(keys);
        action->setIcon(icon);
        addAction(action);
    };
    setUp(m_ui->issueAction,
          {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}, Icons::issue());
    connect(m_ui->issueAction, &QAction::triggered, this, &MainWindow::issue);
    setUp(m_ui->cancelAction, standardKeys(QKeySequence::Cancel, QKeySequence(Qt::Key_Escape)),
          Icons::cancel());
    connect(m_ui->cancelAction, &QAction::triggered, this, &MainWindow::cancel);
    for (int i = 0; i < m_tabs.size(); ++i) {
        auto *action = new QAction(u"&%1 %2"_s.arg(i + 1).arg(m_tabs.at(i).title), this);
        action->setObjectName(u"operation%1Action"_s.arg(i + 1));
        setUp(action, {QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i))});
        m_ui->operationMenu->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] { setCurrentForm(formAt(i)); });
    }
    m_ui->operationMenu->addSeparator();
    auto *batchAction = new QAction(tr("Issue a &batch from a CSV…"), this);
    batchAction->setObjectName(u"batchAction"_s);
    setUp(batchAction, {QKeySequence(Qt::CTRL | Qt::Key_B)});
    m_ui->operationMenu->addAction(batchAction);
    connect(batchAction, &QAction::triggered, this, [this] { openBatchDialog(); });
    setUp(m_ui->copyTokenAction, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}, Icons::copy());
    connect(m_ui->copyTokenAction, &QAction::triggered, m_result, &ResultPanel::copyToken);
    setUp(m_ui->copyMessageAction, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)}, Icons::message());
    connect(m_ui->copyMessageAction, &QAction::triggered, m_result, &ResultPanel::copyMessage);
    setUp(m_ui->findAction, standardKeys(QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_F)),
          Icons::find());
    setUp(m_ui->preferencesAction,
          standardKeys(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)),
          Icons::preferences());
    connect(m_ui->preferencesAction, &QAction::triggered, this, &MainWindow::openPreferencesDialog);
    setUp(m_ui->profilesAction, {}, Icons::profiles());
    connect(m_ui->profilesAction, &QAction::triggered, this, &MainWindow::openProfilesDialog);
    setUp(m_ui->quitAction, standardKeys(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)),
          Icons::quit());
    m_ui->quitAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->verifyHistoryAction, &QAction::triggered, this, &MainWindow::verifyHistory);
    connect(m_ui->shareReportAction, &QAction::triggered, this, [this] { openShareReport(); });
    connect(m_ui->partnersAction, &QAction::triggered, this, [this] { openPartnersDialog(); });
    m_ui->profilesPushButton->setIcon(Icons::profiles());
}

void MainWindow::applyPreferences(const kyc::Preferences &preferences)
{
    m_preferences = preferences;
    m_clipboard->setClearAfterSecs(preferences.clearClipboardSecs);
    m_result->setMessageTemplate(preferences.messageTemplate);
}

PreferencesDialog *MainWindow::openPreferencesDialog()
{
    auto *dialog = new PreferencesDialog(m_preferences, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        applyPreferences(dialog->preferences());
        m_preferences.save(m_settings);
        statusBar()->showMessage(tr("Preferences saved."), 5000);
    });
    dialog->open();
    return dialog;
}

namespace {
const QString kGeometry = u"window/geometry"_s;
const QString kState = u"window/state"_s;
const QString kOperation = u"window/operation"_s;
} // namespace

void MainWindow::restoreSession()
{
    // The first start's size (the form's 900 × 780) is cut to the screen it opens on: on a 1366 × 768
    // laptop the status bar, which names the history in use, would be below the screen's edge.
    if (!restoreGeometry(m_settings->value(kGeometry).toByteArray()) && screen())
        resize(size().boundedTo(screen()->availableSize()));
    restoreState(m_settings->value(kState).toByteArray());
    const QString operation = m_settings->value(kOperation).toString();
    for (int i = 0; i < m_tabs.size(); ++i) {
        if (m_tabs.at(i).name == operation)
            m_ui->operationTabWidget->setCurrentIndex(i);
    }
    m_switcher->restore(*m_settings);
    refreshProfileSwitcher();
    currentForm()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::saveSession() const
{
    m_settings->setValue(kGeometry, saveGeometry());
    m_settings->setValue(kState, saveState());
    if (const int index = m_ui->operationTabWidget->currentIndex(); index >= 0 && index < m_tabs.size())
        m_settings->setValue(kOperation, m_tabs.at(index).name);
    m_switcher->save(*m_settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    QMainWindow::closeEvent(event);
}

MainWindow::~MainWindow()
{
    m_clipboard->disconnect(this); // its last word must not reach a window being taken apart
    if (m_pending)
        m_pending->cancel();
}

kyc::Profile MainWindow::activeProfile(kyc::Provider provider) const
{
    return m_switcher->active(provider);
}

OperationForm *MainWindow::currentForm()
{
    return formAt(m_ui->operationTabWidget->currentIndex());
}

kyc::Provider MainWindow::currentProvider() const
{
    const int index = m_ui->operationTabWidget->currentIndex();
    return index >= 0 && index < m_tabs.size() ? kyc::providerOf(m_tabs.at(index).operation)
                                               : kyc::Provider::Sumsub;
}

void MainWindow::setCurrentForm(OperationForm *form)
{
    m_ui->operationTabWidget->setCurrentIndex(indexOf(form));
    form->setFocus(Qt::ShortcutFocusReason);
}

OperationForm *MainWindow::formFor(kyc::Operation operation)
{
    // A refresh is issued from the connect token's form, a preview and a copy from the redeem form.
    const kyc::Operation first = kyc::commandOperation(operation);
    for (int i = 0; i < m_tabs.size(); ++i) {
        if (m_tabs.at(i).operation == first)
            return formAt(i);
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
    const bool profileExists = m_switcher->choose(form->provider(), entry.profile);
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

ProfilesDialog *MainWindow::openProfilesDialog()
{
    if (!m_store)
        return nullptr;
    auto *dialog = new ProfilesDialog(m_store, m_secrets, this);
    dialog->setIssuer(m_issuer);
    dialog->setSessionStore(m_sessionSecrets);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const kyc::Profile current = activeProfile(currentProvider());
    if (!current.id.isEmpty())
        dialog->selectProfile(current.id);
    connect(dialog, &ProfilesDialog::profilesChanged, this, &MainWindow::refreshProfileSwitcher);
    dialog->open();
    return dialog;
}

void MainWindow::selectProfile(const QString &name)
{
    const std::optional<kyc::Provider> provider = m_switcher->choose(name);
    if (!provider)
        return;
    // Show an operation of that profile's provider, if another provider's is in front.
    if (currentProvider() != *provider) {
        for (int i = 0; i < m_tabs.size(); ++i) {
            if (kyc::providerOf(m_tabs.at(i).operation) == *provider) {
                setCurrentForm(formAt(i));
                break;
            }
        }
    }
    refreshProfileSwitcher();
}

void MainWindow::storeRefreshToken(const kyc::Profile &profile, const QString &refreshToken,
                                   const QString &codeVerifier)
{
    kyc::RefreshTokenVault(m_secrets).keep(
        profile, {refreshToken, codeVerifier},
        [window = QPointer<MainWindow>(this)](const kyc::SecretResult &r) {
            if (window && r.error != kyc::SecretError::None)
                window->statusBar()->showMessage(tr("The refresh token was not kept: %1").arg(r.message));
        });
}

void MainWindow::offerStoredRefreshToken()
{
    QPointer<SumsubIdConnectForm> form(idConnectForm());
    kyc::RefreshTokenVault(m_secrets).find(
        activeProfile(kyc::Provider::Sumsub), [form](std::optional<kyc::RefreshTokenVault::Entry> entry) {
            if (form && entry)
                form->offerStoredRefresh(entry->refreshToken, entry->codeVerifier);
        });
}

void MainWindow::refreshProfileSwitcher()
{
    m_switcher->show(currentProvider());
    updateEnvironment();
    if (m_ui->operationTabWidget->currentIndex() == IdConnectTab)
        offerStoredRefreshToken();
}

void MainWindow::showNotice(const QString &text, const QString &buttonText, std::function<void()> action)
{
    m_ui->noticeLabel->setText(text);
    m_ui->noticePushButton->setText(buttonText);
    m_ui->noticePushButton->setVisible(!buttonText.isEmpty());
    m_noticeAction = std::move(action);
    m_ui->noticeFrame->show();
}

PartnersDialog *MainWindow::openPartnersDialog()
{
    auto *dialog = new PartnersDialog(m_partners, this);
    dialog->setObjectName(u"partnersDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

BatchDialog *MainWindow::openBatchDialog()
{
    if (!m_blockedReason.isEmpty()) {
        statusBar()->showMessage(m_blockedReason);
        return nullptr;
    }
    if (m_batch) {
        m_batch->raise();
        m_batch->activateWindow();
        return m_batch;
    }
    // The operation in front, when batches issue it.
    const OperationForm *form = currentForm();
    const kyc::Operation in = form ? form->operation() : kyc::Operation::SumsubShareToken;
    const kyc::Operation operation =
        kyc::BatchCsv::operations().contains(in) ? in : kyc::Operation::SumsubShareToken;
    BatchDialog::Services services{m_issuer, [this](kyc::Provider p) { return activeProfile(p); }, m_partners,
                                   m_clipboard, m_preferences.messageTemplate};
    m_batch = new BatchDialog(services, operation, this);
    m_batch->setAttribute(Qt::WA_DeleteOnClose);
    m_batch->show();
    return m_batch;
}

ShareReportDialog *MainWindow::openShareReport()
{
    kyc::HistoryStore *history = m_issuer->history();
    if (!history) {
        statusBar()->showMessage(tr("No history is open, so there is nothing to report."));
        return nullptr;
    }
    auto *dialog = new ShareReportDialog(history, this);
    dialog->setObjectName(u"shareReportDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::verifyHistory()
{
    kyc::HistoryStore *history = m_issuer->history();
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(u"verifyHistoryMessageBox"_s);
    box->setWindowTitle(tr("Verify the history"));
    box->setTextFormat(Qt::PlainText);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    if (!history) {
        box->setIcon(QMessageBox::Warning);
        box->setText(tr("No history is open, so there is nothing to verify."));
    } else {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const kyc::AuditVerdict verdict = history->verify();
        QGuiApplication::restoreOverrideCursor();
        if (verdict.intact) {
            box->setIcon(QMessageBox::Information);
            const QString checkpoint = kyc::AuditCheckpoint{verdict.count, verdict.headHash}.toString();
            box->setText(tr("The history is intact: none of its %1 records was changed, removed, inserted or "
                            "reordered since it was written.")
                             .arg(verdict.count));
            box->setInformativeText(tr("Its checkpoint is below. Keep it somewhere the history's writers "
                                       "cannot change (a ticket, an "
                                       "e-mail): a later verification against it also proves that no records "
                                       "were cut off the end "
                                       "and that the chain was not rebuilt.\n\n%1")
                                        .arg(checkpoint));
        } else {
            box->setIcon(QMessageBox::Critical);
            box->setText(tr("The history FAILED verification: it was changed outside the console."));
            box->setInformativeText(
                verdict.problem + u"\n\n"_s +
                tr("Keep the history as it is for your investigation: %1").arg(history->description()));
        }
    }
    box->open();
}

void MainWindow::updateEnvironment()
{
    // The consent page belongs to whichever Sumsub account is chosen.
    if (auto *connectForm = static_cast<SumsubIdConnectForm *>(m_tabs.at(IdConnectTab).form))
        connectForm->setApiBaseUrl(activeProfile(kyc::Provider::Sumsub).baseUrl);
    const kyc::Profile profile = activeProfile(currentProvider());
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
    m_busy = busy;
    for (const FormTab &tab : std::as_const(m_tabs)) {
        if (tab.form)
            tab.form->setBusy(busy);
    }
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
    const kyc::Profile profile = activeProfile(form->provider());
    if (!m_demo && m_preferences.confirmProduction && kyc::treatedAsProduction(profile.environment) &&
        !Confirm::ask(this, tr("Issue on PRODUCTION"),
                      tr("This issues a real %1 with the production profile \"%2\". Go ahead?")
                          .arg(kyc::operationDisplayName(form->request().operation()), profile.name),
                      tr("&Issue on production"))) {
        statusBar()->showMessage(tr("Nothing was issued."));
        return;
    }
    // A copy without rechecks is not a KYC procedure: never sent without the operator's word on that.
    if (form->operation() == kyc::Operation::SumsubCopyApplicant &&
        !Confirm::ask(
            this, tr("Copy without rechecks?"),
            tr("Copy applicant takes the donor's applicant into your account WITHOUT rechecking it. "
               "Under most regulations this does NOT count as a KYC procedure, and Sumsub sells it "
               "as a separate product.\n\nReuse rechecks the applicant for your level and counts as "
               "KYC. Copy all the same?"),
            tr("&Copy without rechecks"))) {
        statusBar()->showMessage(tr("Nothing was copied."));
        return;
    }
    // Valid, but more than any vendor documents as needed: the operator says so first (an invalid request
    // has no cautions: the Issuer shows its field errors).
    QStringList concerns;
    for (const kyc::TokenRequest::Concern &concern : form->request().cautions())
        concerns << concern.message;
    if (!concerns.isEmpty() &&
        !Confirm::ask(this, tr("Issue all the same?"),
                      concerns.join(u"\n\n"_s) + u"\n\n"_s + tr("Issue it all the same?"),
                      tr("Issue &anyway"))) {
        statusBar()->showMessage(tr("Nothing was issued."));
        return;
    }
    send(form, profile, form->request(), 0);
}

void MainWindow::send(OperationForm *form, const kyc::Profile &profile, const kyc::TokenRequest &request,
                      qint64 approvedRequest)
{
    form->clearFieldErrors();
    setBusy(true);
    m_result->showBusy();
    statusBar()->showMessage(tr("Issuing…"));
    m_issuingForm = form;
    m_issuingProfile = profile;
    m_pending = m_issuer->issue(profile, request, approvedRequest);
    m_issuingRequest = m_pending->request(); // empty when the input was refused
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
        const QString refresh = outcome.issued().refreshToken;
        if (!refresh.isEmpty() && m_issuingRequest) {
            idConnectForm()->setRefreshToken(refresh);
            // The verifier the token was asked with goes with it: a refresh must send the same one.
            const auto &params = m_issuingRequest->params();
            const QString verifier = std::visit(
                kyc::Overloaded{[](const kyc::IdConnectCodeParams &p) { return p.codeVerifier; },
                                [](const kyc::IdConnectRefreshParams &p) { return p.codeVerifier; },
                                [](const auto &) { return QString(); }},
                params);
            storeRefreshToken(m_issuingProfile, refresh, verifier);
        }
    }
    m_result->showOutcome(outcome);
    fitResult();
    if (m_approvals && (outcome.isIssued() || outcome.failure().kind == kyc::FailureKind::AwaitingApproval))
        m_approvals->refresh();
}

void MainWindow::fitResult()
{
    // The splitter keeps the heights it had; an outcome whose words wrap onto more lines than the last
    // one's would be cut off at the bottom, so the result gets the height it needs at its width, taken
    // from the form above (which scrolls).
    QLayout *layout = m_ui->resultContainer->layout();
    layout->activate();
    const int width = m_ui->resultContainer->width();
    const int needed = qMax(layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                                        : layout->totalSizeHint().height(),
                            layout->totalMinimumSize().height());
    QList<int> sizes = m_ui->formResultSplitter->sizes();
    if (sizes.size() != 2 || sizes.at(1) >= needed)
        return;
    const int total = sizes.at(0) + sizes.at(1);
    sizes = {qMax(total - needed, m_ui->formResultSplitter->widget(0)->minimumSizeHint().height()), needed};
    m_ui->formResultSplitter->setSizes(sizes);
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
