#include "gui/ResultPanel.h"

#include "core/partners/PartnerBook.h"
#include "core/settings/ShareMessage.h"
#include "gui/Clipboard.h"
#include "gui/Icons.h"
#include "gui/Style.h"
#include "ui_ResultPanel.h"

#include <QDesktopServices>
#include <QFontDatabase>
#include <QGridLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;
using kyc::Failure;
using kyc::Outcome;

ResultPanel::ResultPanel(Clipboard *clipboard, QWidget *parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::ResultPanel>())
    , m_clipboard(clipboard)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_messageTemplate(kyc::ShareMessage::defaultTemplate())
{
    m_ui->setupUi(this);
    m_ui->tokenLineEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->correlationIdLineEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QFont bold = m_ui->tokenTitleLabel->font();
    bold.setBold(true);
    m_ui->tokenTitleLabel->setFont(bold);
    m_ui->errorHeadlineLabel->setFont(bold);

    // Never taller than what it shows: the form above takes the room that is left.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->copyPushButton->setIcon(Icons::copy());
    m_ui->copyMessagePushButton->setIcon(Icons::message());
    m_ui->revealToolButton->setIcon(Icons::reveal());
    m_ui->revealToolButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_ui->cancelPushButton->setIcon(Icons::cancel());

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ResultPanel::refreshRemaining);
    connect(m_ui->cancelPushButton, &QPushButton::clicked, this, &ResultPanel::cancelRequested);
    connect(m_ui->copyPushButton, &QPushButton::clicked, this, &ResultPanel::copyToken);
    connect(m_ui->copyMessagePushButton, &QPushButton::clicked, this, &ResultPanel::copyMessage);
    connect(m_ui->revealToolButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->tokenLineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->revealToolButton->setText(shown ? tr("&Hide") : tr("S&how"));
    });
    connect(m_ui->copyRefreshTokenPushButton, &QPushButton::clicked, this,
            [this] { m_clipboard->copySecret(m_ui->refreshTokenLineEdit->text()); });
    connect(m_ui->useConnectTokenPushButton, &QPushButton::clicked, this, [this] {
        if (hasLiveToken())
            Q_EMIT useConnectTokenRequested(m_ui->tokenLineEdit->text());
    });
    m_ui->idTokenClaimsPlainTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // A few lines of claims; the form above needs the room more (it scrolls).
    m_ui->idTokenClaimsPlainTextEdit->setMaximumHeight(
        m_ui->idTokenClaimsPlainTextEdit->fontMetrics().lineSpacing() * 6);
    m_ui->sharingLabel->setFont(m_ui->tokenTitleLabel->font());
    connect(m_ui->copyCorrelationIdPushButton, &QPushButton::clicked, this, [this] {
        m_clipboard->copyText(m_ui->correlationIdLineEdit->text());
        Q_EMIT announce(tr("Correlation ID copied."));
    });
    buildReceivedPage();
    showEmpty();
}

ResultPanel::~ResultPanel() = default;

void ResultPanel::buildReceivedPage()
{
    ReceivedPage &r = m_received;
    r.page = new QWidget;
    r.page->setObjectName(u"receivedPage"_s);
    auto *grid = new QGridLayout(r.page);
    grid->setContentsMargins(0, 0, 0, 0);
    r.title = new QLabel(r.page);
    r.title->setObjectName(u"receivedTitleLabel"_s);
    r.title->setFont(m_ui->tokenTitleLabel->font());
    r.details = new QLabel(r.page);
    r.details->setObjectName(u"receivedDetailsLabel"_s);
    r.applicantId = new QLineEdit(r.page);
    r.applicantId->setObjectName(u"receivedApplicantIdLineEdit"_s);
    r.applicantId->setReadOnly(true);
    r.applicantId->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    r.applicantId->setAccessibleName(tr("New applicant ID"));
    auto *idCaption = new QLabel(tr("&Applicant:"), r.page);
    idCaption->setObjectName(u"receivedApplicantIdCaptionLabel"_s);
    idCaption->setBuddy(r.applicantId);
    r.copyId = new QPushButton(Icons::copy(), tr("Copy &ID"), r.page);
    r.copyId->setObjectName(u"copyApplicantIdPushButton"_s);
    r.openDashboard = new QPushButton(tr("Open in &dashboard"), r.page);
    r.openDashboard->setObjectName(u"openDashboardPushButton"_s);
    for (QLabel *label : {r.title, r.details, idCaption}) {
        label->setTextFormat(Qt::PlainText); // Sumsub's words, never read as markup
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    grid->addWidget(r.title, 0, 0, 1, 4);
    grid->addWidget(idCaption, 1, 0);
    grid->addWidget(r.applicantId, 1, 1);
    grid->addWidget(r.copyId, 1, 2);
    grid->addWidget(r.openDashboard, 1, 3);
    grid->addWidget(r.details, 2, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    m_ui->pagesStackedWidget->addWidget(r.page);
    connect(r.copyId, &QPushButton::clicked, this, [this] {
        m_clipboard->copyText(m_received.applicantId->text());
        Q_EMIT announce(tr("Applicant ID copied."));
    });
    connect(r.openDashboard, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(m_received.dashboard); });
}

void ResultPanel::showReceived(const kyc::ReceivedApplicant &received)
{
    forgetToken();
    ReceivedPage &r = m_received;
    r.dashboard = received.dashboardUrl();
    const bool made = !received.id.isEmpty();
    const bool copied = made && received.levelName.isEmpty();
    r.applicantId->setText(received.id);
    for (QWidget *w : {static_cast<QWidget *>(r.applicantId), static_cast<QWidget *>(r.copyId),
                       static_cast<QWidget *>(r.openDashboard),
                       r.page->findChild<QWidget *>(u"receivedApplicantIdCaptionLabel"_s)})
        w->setVisible(made);
    const QString donor = received.donorClientId.isEmpty() ? tr("not said") : received.donorClientId;
    QStringList lines;
    if (received.preview) {
        r.title->setText(
            tr("Preview passed: the share token can be reused for level %1.").arg(received.levelName));
        lines << tr("Nothing was copied, and the token still works once: Reuse creates the applicant.");
    } else if (copied) {
        r.title->setText(tr("Applicant copied, without rechecks: this is NOT a KYC procedure."));
    } else {
        r.title->setText(tr("Applicant created for level %1.").arg(received.levelName));
    }
    if (made) {
        QString status = received.reviewStatus.isEmpty() ? tr("not said") : received.reviewStatus;
        if (!received.reviewAnswer.isEmpty())
            status += u" ("_s + received.reviewAnswer + u')';
        lines << tr("Status: %1").arg(status);
        if (!received.externalUserId.isEmpty())
            lines << tr("External user ID: %1").arg(received.externalUserId);
    }
    lines << tr("Shared by: %1").arg(donor);
    r.details->setText(lines.join(u'\n'));
    showPage(r.page);
    (made ? static_cast<QWidget *>(r.copyId) : r.title)->setFocus(Qt::OtherFocusReason);
    Q_EMIT announce(r.title->text());
}

void ResultPanel::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void ResultPanel::showEmpty()
{
    forgetToken();
    showPage(m_ui->emptyPage);
}

void ResultPanel::showBusy()
{
    forgetToken();
    showPage(m_ui->busyPage);
}

void ResultPanel::showOutcome(const Outcome &outcome)
{
    if (outcome.isIssued() && outcome.issued().received)
        showReceived(*outcome.issued().received);
    else if (outcome.isIssued())
        showToken(outcome.issued());
    else
        showFailure(outcome.failure());
}

void ResultPanel::forgetToken()
{
    m_tick.stop();
    m_expiresAt = {};
    m_issued = {};
    m_ui->tokenLineEdit->clear();
    m_ui->tokenLineEdit->setPlaceholderText({});
    m_ui->revealToolButton->setChecked(false);
    m_ui->refreshTokenLineEdit->clear();
    m_ui->idTokenClaimsPlainTextEdit->clear();
}

void ResultPanel::showToken(const kyc::IssuedToken &token)
{
    forgetToken();
    m_issued = token;
    m_ui->tokenTitleLabel->setText(tr("%1 issued").arg(kyc::operationDisplayName(token.operation)));
    m_ui->tokenLineEdit->setText(token.token);
    showExtras(token);
    m_expiresAt = token.expiresAt;
    m_ui->expiresLabel->setText(tr("%1 UTC (%2 local time)")
                                    .arg(token.expiresAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s),
                                         token.expiresAt.toLocalTime().toString(u"HH:mm:ss"_s)));
    refreshRemaining();
    m_tick.start();
    showPage(m_ui->tokenPage);
    m_ui->copyPushButton->setFocus(Qt::OtherFocusReason);
    const QString remaining = formatRemaining(m_clock().secsTo(token.expiresAt));
    Q_EMIT announce(
        token.partner.isEmpty()
            ? tr("%1 issued; it expires in %2.").arg(kyc::operationDisplayName(token.operation), remaining)
            : tr("Token issued for %1; it expires in %2.").arg(token.partner, remaining));
}

void ResultPanel::showExtras(const kyc::IssuedToken &token)
{
    const bool connect = token.isAccessToken();
    const bool complyCube = token.isSdkToken();

    QString caption = tr("Partner:");
    QString partner = token.partner;
    if (complyCube) {
        caption = token.sdk == kyc::SdkKind::Web ? tr("Referrer:") : tr("App ID:");
        partner = tr("%1 (client %2)").arg(token.partner, token.clientId);
    } else if (connect) {
        caption = tr("Token type:");
        partner = token.tokenType;
    }
    m_ui->partnerCaptionLabel->setText(caption);
    m_ui->partnerLabel->setText(partner);

    const bool sharing = token.sharingAllowed.has_value();
    m_ui->sharingLabel->setVisible(sharing);
    if (sharing) {
        const bool allowed = *token.sharingAllowed;
        QPalette p = m_ui->sharingLabel->palette();
        p.setColor(QPalette::WindowText,
                   allowed ? palette().color(QPalette::WindowText) : Style::errorColor(palette()));
        m_ui->sharingLabel->setPalette(p);
        m_ui->sharingLabel->setText(
            allowed
                ? tr("✓ Sharing allowed: the user has consented to sharing with %1.").arg(token.partner)
                : tr("✗ Sharing NOT allowed yet: the Sumsub ID user must first consent to sharing with %1 "
                     "(a share link). The token alone will not work.")
                      .arg(token.partner));
    }

    const QString &refresh = token.refreshToken;
    m_ui->refreshTokenLineEdit->setText(refresh);
    m_ui->refreshTokenLineEdit->setPlaceholderText(tr("not granted (ask for offline_access)"));
    for (QWidget *w : {static_cast<QWidget *>(m_ui->refreshTokenCaptionLabel),
                       static_cast<QWidget *>(m_ui->refreshTokenLineEdit)})
        w->setVisible(connect);
    m_ui->copyRefreshTokenPushButton->setVisible(connect && !refresh.isEmpty());

    const bool hasClaims = token.idTokenClaims || token.idTokenUnreadable;
    m_ui->idTokenClaimsCaptionLabel->setVisible(hasClaims);
    m_ui->idTokenClaimsPlainTextEdit->setVisible(hasClaims);
    if (hasClaims) {
        m_ui->idTokenClaimsPlainTextEdit->setPlainText(
            token.idTokenClaims
                ? QString::fromUtf8(QJsonDocument(*token.idTokenClaims).toJson(QJsonDocument::Indented))
                : tr("The id_token could not be decoded."));
    }
    m_ui->useConnectTokenPushButton->setVisible(connect);
    // A connect access token is for this console's next step, not for a partner.
    m_ui->copyMessagePushButton->setVisible(!connect);
}

void ResultPanel::showFailure(const Failure &f)
{
    forgetToken();
    // A request waiting for a second person is not an error: it is told in the panel's own colours.
    const bool waiting = f.kind == kyc::FailureKind::AwaitingApproval;
    QPalette p = m_ui->errorHeadlineLabel->palette();
    p.setColor(QPalette::WindowText,
               waiting ? palette().color(QPalette::WindowText) : Style::errorColor(palette()));
    m_ui->errorHeadlineLabel->setPalette(p);
    m_ui->errorHeadlineLabel->setText(Outcome::headline(f));
    const QString advice = Outcome::advice(f);
    m_ui->errorAdviceLabel->setText(advice);
    m_ui->errorAdviceLabel->setVisible(!advice.isEmpty());

    QString status;
    if (f.httpStatus != 0)
        status = tr("HTTP %1").arg(f.httpStatus);
    if (!f.providerCode.isEmpty())
        status += (status.isEmpty() ? QString() : u" · "_s) + tr("error code %1").arg(f.providerCode);
    if (!f.name.isEmpty())
        status += u" · "_s + f.name;
    if (status.isEmpty())
        status = waiting ? tr("Waiting for approval: nothing was sent to the provider")
                         : tr("No answer from the provider");
    m_ui->errorStatusLabel->setText(status);

    const bool showMessage = !f.message.isEmpty() && f.message != advice;
    m_ui->errorDescriptionLabel->setText(f.message);
    m_ui->errorDescriptionLabel->setVisible(showMessage);
    m_ui->errorDescriptionCaptionLabel->setVisible(showMessage);

    const bool hasCorrelation = !f.correlationId.isEmpty();
    m_ui->correlationIdLineEdit->setText(f.correlationId);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->correlationIdCaptionLabel),
                       static_cast<QWidget *>(m_ui->correlationIdLineEdit),
                       static_cast<QWidget *>(m_ui->copyCorrelationIdPushButton)})
        w->setVisible(hasCorrelation);

    showPage(m_ui->errorPage);
    Q_EMIT announce(Outcome::headline(f));
}

void ResultPanel::showPage(QWidget *page)
{
    // The panel is as tall as the page in sight, not as the tallest page: the form above gets the rest.
    for (int i = 0; i < m_ui->pagesStackedWidget->count(); ++i) {
        QWidget *p = m_ui->pagesStackedWidget->widget(i);
        p->setSizePolicy(QSizePolicy::Preferred, p == page ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    m_ui->pagesStackedWidget->setCurrentWidget(page);
    // Laid out again at once, by the layout: adjustSize() would shrink the stack to the page's own width
    // (an empty page's words then wrapped at half the panel) until something else moved it.
    m_ui->pagesStackedWidget->updateGeometry();
    if (layout())
        layout()->activate();
    updateGeometry();
}

bool ResultPanel::hasLiveToken() const
{
    return m_expiresAt.isValid() && m_clock() < m_expiresAt && !m_ui->tokenLineEdit->text().isEmpty();
}

void ResultPanel::copyToken()
{
    if (!hasLiveToken())
        return;
    m_clipboard->copySecret(m_ui->tokenLineEdit->text());
}

void ResultPanel::copyMessage()
{
    if (!hasLiveToken())
        return;
    const kyc::Provider provider = kyc::providerOf(m_issued.operation);
    const QString name = m_partners ? m_partners->nameFor(provider, m_issued.partner) : QString();
    m_clipboard->copySecret(kyc::ShareMessage::render(m_messageTemplate, m_issued, name));
}

QString ResultPanel::formatRemaining(qint64 secs)
{
    return secs <= 0 ? tr("expired") : kyc::Outcome::describeDuration(secs);
}

void ResultPanel::refreshRemaining()
{
    if (!m_expiresAt.isValid())
        return;
    const qint64 left = m_clock().secsTo(m_expiresAt);
    m_ui->remainingLabel->setText(formatRemaining(left));
    if (left <= 0) {
        // An expired token is useless and still sensitive: drop it.
        m_tick.stop();
        m_ui->tokenLineEdit->clear();
        m_ui->tokenLineEdit->setPlaceholderText(tr("Expired: issue a new token"));
        m_ui->copyPushButton->setEnabled(false);
        m_ui->copyMessagePushButton->setEnabled(false);
        m_ui->revealToolButton->setEnabled(false);
        m_ui->useConnectTokenPushButton->setEnabled(false);
        Q_EMIT announce(tr("The token has expired."));
    } else {
        m_ui->copyPushButton->setEnabled(true);
        m_ui->copyMessagePushButton->setEnabled(true);
        m_ui->revealToolButton->setEnabled(true);
        m_ui->useConnectTokenPushButton->setEnabled(true);
    }
}
