#pragma once

#include "core/tokens/Outcome.h"

#include <QDateTime>
#include <QGroupBox>
#include <QTimer>

#include <functional>
#include <memory>

class Clipboard;
class QLabel;
class QLineEdit;
class QPushButton;
namespace kyc {
class PartnerBook;
}
namespace Ui {
class ResultPanel;
}

// Shows what an issuance gave: the token (hidden until revealed) with a Copy button, the partner
// and a live expiry countdown; or the failure with the provider's status, code, message and a
// copyable correlation ID.
class ResultPanel : public QGroupBox
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit ResultPanel(Clipboard *clipboard, QWidget *parent = nullptr);
    ~ResultPanel() override;

    void setClock(Clock clock);
    // What "Copy as message" copies (ShareMessage), and where it finds the partner's name.
    void setMessageTemplate(const QString &messageTemplate) { m_messageTemplate = messageTemplate; }
    void setPartnerBook(kyc::PartnerBook *book) { m_partners = book; }
    void showEmpty();
    void showBusy();
    void showOutcome(const kyc::Outcome &outcome);

    bool hasLiveToken() const;
    void copyToken();
    // The message for the partner, with the token in it; copied as a secret, cleared like the token.
    void copyMessage();

    // "9 min 58 s", "1 h 2 min", "expired"
    static QString formatRemaining(qint64 secs);

Q_SIGNALS:
    void cancelRequested();
    // The operator wants this connect access token in the Sumsub ID share form.
    void useConnectTokenRequested(const QString &accessToken);
    // A sentence for the status bar and screen readers.
    void announce(const QString &text);

private:
    void showPage(QWidget *page);
    void showToken(const kyc::IssuedToken &token);
    // A redeemed share token: the applicant it made (or the preview's verdict), its status and its link.
    void showReceived(const kyc::ReceivedApplicant &received);
    void buildReceivedPage();
    void showFailure(const kyc::Failure &failure);
    // What differs between operations: the partner row, Sumsub ID's sharing status, refresh token, claims.
    void showExtras(const kyc::IssuedToken &token);
    void refreshRemaining();
    void forgetToken();

    std::unique_ptr<Ui::ResultPanel> m_ui;
    Clipboard *m_clipboard;
    Clock m_clock;
    QTimer m_tick;
    QDateTime m_expiresAt;
    kyc::IssuedToken m_issued; // what the message is made of; forgotten with the token
    QString m_messageTemplate;
    kyc::PartnerBook *m_partners = nullptr;
    struct ReceivedPage
    {
        QWidget *page = nullptr;
        QLabel *title = nullptr;
        QLabel *details = nullptr;
        QLineEdit *applicantId = nullptr;
        QPushButton *copyId = nullptr;
        QPushButton *openDashboard = nullptr;
        QUrl dashboard;
    } m_received;
};
