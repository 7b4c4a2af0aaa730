#include "MainWindow.h"

#include "Clipboard.h"
#include "Issuer.h"
#include "ResultPanel.h"
#include "Style.h"
#include "SumsubShareTokenForm.h"
#include "ui_MainWindow.h"

#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(kyc::Issuer *issuer, const kyc::Profile &profile, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_issuer(issuer)
    , m_profile(profile)
    , m_clipboard(new Clipboard(this))
{
    m_ui->setupUi(this);
    m_form = new SumsubShareTokenForm(m_ui->formGroupBox);
    m_ui->formGroupLayout->addWidget(m_form);
    m_result = new ResultPanel(m_clipboard, m_ui->resultContainer);
    m_result->setClock([issuer] { return issuer->now(); });
    m_ui->resultLayout->addWidget(m_result);
    m_ui->noticeFrame->hide();

    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->quitAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::about);
    connect(m_form, &SumsubShareTokenForm::issueRequested, this, &MainWindow::issue);
    connect(m_result, &ResultPanel::cancelRequested, this, &MainWindow::cancel);
    connect(m_result, &ResultPanel::announce, this,
            [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_ui->noticePushButton, &QPushButton::clicked, this, [this] {
        if (m_noticeAction)
            m_noticeAction();
    });
    connect(m_clipboard, &Clipboard::secondsLeftChanged, this, [this](int left) {
        if (left > 0)
            statusBar()->showMessage(tr("Token copied. The clipboard is cleared in %1 s.").arg(left));
        else
            statusBar()->showMessage(tr("Clipboard cleared."), 5000);
    });

    auto *issueShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(issueShortcut, &QShortcut::activated, this, &MainWindow::issue);
    auto *copyShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this);
    connect(copyShortcut, &QShortcut::activated, m_result, &ResultPanel::copyToken);
    auto *cancelShortcut = new QShortcut(QKeySequence::Cancel, this);
    connect(cancelShortcut, &QShortcut::activated, this, &MainWindow::cancel);

    updateEnvironment();
    m_form->setFocus(Qt::OtherFocusReason);
}

MainWindow::~MainWindow()
{
    if (m_pending)
        m_pending->cancel();
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
    const QString environment = m_demo ? tr("DEMO") : kyc::environmentDisplayName(m_profile.environment);
    Style::makeBadge(m_ui->environmentBadgeLabel, environment,
                     m_demo ? Style::demoColor() : Style::environmentColor(m_profile.environment));
    m_ui->connectionLabel->setText(tr("%1 · %2 · %3")
                                       .arg(kyc::providerDisplayName(m_profile.provider), m_profile.name,
                                            m_profile.baseUrl.toDisplayString()));
    // The platform appends the application's display name: "SANDBOX — KYC Share Console".
    setWindowTitle(environment);
}

void MainWindow::issue()
{
    if (m_pending) // one request at a time: a second click sends nothing
        return;
    m_form->clearFieldErrors();
    m_form->setBusy(true);
    m_result->showBusy();
    statusBar()->showMessage(tr("Issuing…"));
    m_pending = m_issuer->issue(m_profile, m_form->request());
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
    m_form->setBusy(false);
    if (!outcome.isIssued() && outcome.failure().kind == kyc::FailureKind::InvalidInput &&
        !outcome.failure().fieldErrors.isEmpty()) {
        m_result->showEmpty();
        m_form->showFieldErrors(outcome.failure().fieldErrors);
        statusBar()->showMessage(kyc::Outcome::headline(outcome.failure()));
        return;
    }
    m_result->showOutcome(outcome);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About KYC Share Console"),
                       tr("<p><b>KYC Share Console</b> %1</p>"
                          "<p>Issues KYC share tokens by hand: Sumsub share tokens for Reusable KYC.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}
