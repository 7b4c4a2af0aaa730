#include "gui/ApprovalsPanel.h"

#include "core/tokens/Operation.h"
#include "core/tokens/Validators.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using kyc::ApprovalRequest;

ApprovalsPanel::ApprovalsPanel(kyc::PostgresHistoryStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_list(new QTreeWidget)
    , m_emptyLabel(new QLabel)
    , m_approveButton(new QPushButton(tr("Appro&ve…")))
    , m_rejectButton(new QPushButton(tr("Re&ject…")))
    , m_issueButton(new QPushButton(tr("Iss&ue approved")))
    , m_refreshButton(new QPushButton(tr("Re&load")))
{
    m_list->setObjectName(u"approvalsTreeWidget"_s);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Requests waiting for approval"));
    m_list->setHeaderLabels({tr("Request"), tr("State"), tr("Asked"), tr("By"), tr("Operation"),
                             tr("Applicant"), tr("Partner"), tr("TTL"), tr("Reason")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setWordWrap(true);
    m_approveButton->setObjectName(u"approvePushButton"_s);
    m_rejectButton->setObjectName(u"rejectPushButton"_s);
    m_issueButton->setObjectName(u"issueApprovedPushButton"_s);
    m_approveButton->setToolTip(tr("Approve the selected request of another member of the team"));
    m_rejectButton->setToolTip(tr("Reject the selected request, saying why"));
    m_issueButton->setToolTip(tr("Issue your selected request, now that it is approved"));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_approveButton, m_rejectButton, m_issueButton})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &ApprovalsPanel::updateButtons);
    connect(m_approveButton, &QPushButton::clicked, this, [this] { askAndDecide(true); });
    connect(m_rejectButton, &QPushButton::clicked, this, [this] { askAndDecide(false); });
    connect(m_refreshButton, &QPushButton::clicked, this, &ApprovalsPanel::refresh);
    connect(m_issueButton, &QPushButton::clicked, this, [this] {
        if (const std::optional<ApprovalRequest> r = selected())
            Q_EMIT issueRequested(*r);
    });
    if (!m_store->listen(this, [this](const QString &what) { onNotification(what); }))
        m_notice = tr("The team's database cannot tell this console of new requests: use Reload.");
    refresh();
}

ApprovalsPanel::~ApprovalsPanel() = default;

void ApprovalsPanel::refresh()
{
    const qint64 current = selected() ? selected()->request.id : 0;
    m_requests = m_store->approvalRequests(true);
    m_list->clear();
    const auto safe = &kyc::Validators::showInvisible;
    for (const ApprovalRequest &a : std::as_const(m_requests)) {
        const kyc::HistoryEntry &r = a.request;
        const bool mine = r.operatorName == m_store->role();
        const std::optional<kyc::Operation> op = kyc::operationFromKey(r.operation);
        auto *item = new QTreeWidgetItem(
            m_list, {QString::number(r.id), a.stateText(), r.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                     mine ? tr("%1 (you)").arg(r.operatorName) : r.operatorName,
                     op ? kyc::operationDisplayName(*op) : r.operation, safe(r.subject), safe(r.partner),
                     r.ttlSecs > 0 ? tr("%1 s").arg(r.ttlSecs) : QString(), safe(r.reason)});
        item->setData(0, Qt::UserRole, r.id);
        if (r.id == current)
            m_list->setCurrentItem(item);
    }
    const int waiting = waitingForYou();
    m_emptyLabel->setText(m_requests.isEmpty()
                              ? tr("No request is waiting. Where the team requires it, a "
                                   "production request waits here for a second person.")
                              : tr("Waiting for your decision: %1. Your own requests are issued "
                                   "here once another member approved them.")
                                    .arg(waiting));
    if (!m_store->error().isEmpty() && m_requests.isEmpty())
        m_emptyLabel->setText(tr("The team's requests could not be read: %1").arg(m_store->error()));
    if (!m_notice.isEmpty())
        m_emptyLabel->setText(m_emptyLabel->text() + u' ' + m_notice);
    updateButtons();
    Q_EMIT waitingChanged(waiting);
}

int ApprovalsPanel::waitingForYou() const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(), [this](const ApprovalRequest &a) {
        return a.state == ApprovalRequest::State::Pending && a.request.operatorName != m_store->role();
    }));
}

std::optional<ApprovalRequest> ApprovalsPanel::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    for (const ApprovalRequest &a : m_requests) {
        if (a.request.id == id)
            return a;
    }
    return std::nullopt;
}

void ApprovalsPanel::updateButtons()
{
    const std::optional<ApprovalRequest> r = selected();
    const bool mine = r && r->request.operatorName == m_store->role();
    const bool pending = r && r->state == ApprovalRequest::State::Pending;
    m_approveButton->setEnabled(pending && !mine);
    m_rejectButton->setEnabled(pending && !mine);
    m_issueButton->setEnabled(mine && r->state == ApprovalRequest::State::Approved);
}

bool ApprovalsPanel::approve(qint64 id, const QString &reason)
{
    if (m_store->recordDecision(id, true, reason) == 0) {
        Q_EMIT announce(tr("Request %1 was not approved: %2").arg(id).arg(m_store->error()));
        return false;
    }
    refresh();
    Q_EMIT announce(tr("Request %1 approved; its maker may issue it now.").arg(id));
    return true;
}

bool ApprovalsPanel::reject(qint64 id, const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        Q_EMIT announce(
            tr("Say why request %1 is rejected: its maker reads it, and so does the auditor.").arg(id));
        return false;
    }
    if (m_store->recordDecision(id, false, reason.trimmed()) == 0) {
        Q_EMIT announce(tr("Request %1 was not rejected: %2").arg(id).arg(m_store->error()));
        return false;
    }
    refresh();
    Q_EMIT announce(tr("Request %1 rejected.").arg(id));
    return true;
}

void ApprovalsPanel::askAndDecide(bool approving)
{
    const std::optional<ApprovalRequest> r = selected();
    if (!r)
        return;
    const kyc::HistoryEntry &e = r->request;
    const QString what = tr("Request %1 from %2: %3 for %4 to %5.")
                             .arg(e.id)
                             .arg(e.operatorName, e.operation, e.subject.isEmpty() ? tr("(none)") : e.subject,
                                  e.partner.isEmpty() ? tr("(none)") : e.partner);
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, approving ? tr("Approve request %1").arg(e.id) : tr("Reject request %1").arg(e.id),
        what + u"\n\n"_s + (approving ? tr("A note for the record (optional):") : tr("Why is it rejected?")),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (approving)
        approve(e.id, reason.trimmed());
    else
        reject(e.id, reason);
}

void ApprovalsPanel::onNotification(const QString &what)
{
    const int before = waitingForYou();
    refresh();
    // "request 12": another console asked; say so when it waits for this operator.
    if (what.startsWith(u"request "_s) && waitingForYou() > before) {
        const qint64 id = what.mid(8).toLongLong();
        for (const ApprovalRequest &a : std::as_const(m_requests)) {
            if (a.request.id == id)
                Q_EMIT requestArrived(
                    tr("Request %1 from %2 waits for your approval.").arg(id).arg(a.request.operatorName));
        }
    }
}
