#pragma once

#include "core/history/PostgresHistoryStore.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

// Team mode's four eyes in the console: the team's open requests, newest last; those of others may be
// approved or rejected (with a reason), one's own approved ones issued. The list follows the team at
// once: every console records requests and decisions in the same database, which tells the others.
class ApprovalsPanel : public QWidget
{
    Q_OBJECT

public:
    ApprovalsPanel(kyc::PostgresHistoryStore *store, QWidget *parent = nullptr);
    ~ApprovalsPanel() override;

    void refresh();
    QTreeWidget *list() const { return m_list; }
    // The open requests as shown, in order.
    const QList<kyc::ApprovalRequest> &requests() const { return m_requests; }
    // How many wait for this operator's decision.
    int waitingForYou() const;
    // The decisions, as the buttons make them; reason empty for an approval without one. False (and
    // announce() says why) when the database refused.
    bool approve(qint64 id, const QString &reason);
    bool reject(qint64 id, const QString &reason);

Q_SIGNALS:
    // The operator's own approved request, to be issued at this desk.
    void issueRequested(const kyc::ApprovalRequest &request);
    void announce(const QString &text);
    // Another member of the team asked for a decision: a notice for the status bar.
    void requestArrived(const QString &text);
    void waitingChanged(int waitingForYou);

private:
    std::optional<kyc::ApprovalRequest> selected() const;
    void updateButtons();
    void askAndDecide(bool approve);
    void onNotification(const QString &what);

    kyc::PostgresHistoryStore *m_store;
    QList<kyc::ApprovalRequest> m_requests;
    QTreeWidget *m_list;
    QLabel *m_emptyLabel;
    QPushButton *m_approveButton;
    QPushButton *m_rejectButton;
    QPushButton *m_issueButton;
    QPushButton *m_refreshButton;
    QString m_notice; // when the database cannot tell this console of new requests
};
