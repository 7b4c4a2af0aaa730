#pragma once

#include "core/profiles/Profile.h"
#include "core/settings/Preferences.h"
#include "core/tokens/Outcome.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class ApprovalsPanel;
class Clipboard;
class HistoryPanel;
class QDockWidget;
class QScrollArea;
class QSettings;
class ProfilesDialog;
class ProfileSwitcher;
class ComplyCubeSdkForm;
class OperationForm;
class ResultPanel;
class SumsubIdConnectForm;
class SumsubIdShareForm;
class SumsubRedeemForm;
class SumsubShareTokenForm;
namespace kyc {
struct ApprovalRequest;
struct HistoryEntry;
class PostgresHistoryStore;
class PartnerBook;
class Issuer;
class PendingIssue;
class ProfileStore;
class SecretStore;
} // namespace kyc
namespace Ui {
class MainWindow;
}

// The console: one tab per operation above one result panel. Everything it issues goes through the
// Issuer, with the profile of the operation's provider.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // What the window works with, all given at construction.
    struct Services
    {
        kyc::Issuer *issuer;
        // The profiles given at start: the environment's, or demo mode's.
        QList<kyc::Profile> profiles;
        // The stored profiles: they join the switcher, and the Profiles dialog manages them. None in demo
        // mode, which has profiles of its own and keeps none.
        kyc::ProfileStore *store;
        // The keychain, and where secrets may be kept for this session only when it cannot take them.
        kyc::SecretStore *secrets;
        kyc::SecretStore *sessionSecrets;
        // Partners are completed in the forms and named in the history.
        kyc::PartnerBook *partners;
        // Preferences come from here and are saved here; the window's size, operation and profiles are
        // restored from here at once and saved on close (demo mode's profile choice is not saved).
        QSettings *settings;
        // Demo mode: tokens from the built-in emulator, said in a banner and the badge.
        bool demo;
    };
    explicit MainWindow(const Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    ProfilesDialog *openProfilesDialog();
    // File > Partners…: the address book and each partner's rules (window-modal, deleted on close).
    class PartnersDialog *openPartnersDialog();
    void applyPreferences(const kyc::Preferences &preferences);
    const kyc::Preferences &preferences() const { return m_preferences; }
    class PreferencesDialog *openPreferencesDialog();
    kyc::Profile activeProfile(kyc::Provider provider) const;
    void selectProfile(const QString &name);
    // When the history cannot be written, nothing is issued; the reason is shown instead.
    void blockIssuing(const QString &reason) { m_blockedReason = reason; }
    // A notice above the forms, with an optional button.
    void showNotice(const QString &text, const QString &buttonText = {}, std::function<void()> action = {});

    // Each form is built when its tab is first shown, or here, when it is first asked for.
    SumsubShareTokenForm *shareTokenForm();
    SumsubIdConnectForm *idConnectForm();
    SumsubIdShareForm *idShareForm();
    ComplyCubeSdkForm *complyCubeForm();
    SumsubRedeemForm *redeemForm();
    ResultPanel *resultPanel() const { return m_result; }
    Clipboard *clipboard() const { return m_clipboard; }
    HistoryPanel *historyPanel() const { return m_history; }
    // Team mode's approvals pane; null with a history of one's own.
    ApprovalsPanel *approvalsPanel() const { return m_approvals; }
    bool isIssuing() const { return !m_pending.isNull(); }
    void setCurrentForm(OperationForm *form);
    // Fills the operation's form from a history row, with its profile when it still exists; the
    // operator checks it and issues.
    void issueAgain(const kyc::HistoryEntry &entry);
    // Issues the operator's own request, as it was approved (an ID share token with the connect token in
    // its form: that is never kept).
    void issueApproved(const kyc::ApprovalRequest &approved);
    // Operation > Issue a batch…: one window at a time, kept while it is open (deleted on close).
    class BatchDialog *openBatchDialog();
    // History > Shares report…: opened window-modal, deleted on close.
    class ShareReportDialog *openShareReport();

public Q_SLOTS:
    void issue();
    void cancel();

private:
    // One tab per form. A form is built when its tab is first shown (or it is first asked for), so that
    // a start builds only the one in front.
    struct FormTab
    {
        kyc::Operation operation; // the first the form issues: its provider, and its place in formFor()
        QString title;
        std::function<OperationForm *()> make;
        QString name; // the form's object name: the settings keep the last one shown
        QScrollArea *page = nullptr;
        OperationForm *form = nullptr;
    };
    enum TabIndex
    {
        ShareTokenTab,
        IdConnectTab,
        IdShareTab,
        ComplyCubeTab,
        RedeemTab
    };
    OperationForm *formAt(int index);
    int indexOf(const OperationForm *form) const;
    OperationForm *currentForm();
    kyc::Provider currentProvider() const;
    OperationForm *formFor(kyc::Operation operation);
    // The profiles of the provider in front in the switcher, and what depends on the choice.
    void refreshProfileSwitcher();
    void send(OperationForm *form, const kyc::Profile &profile, const kyc::TokenRequest &request,
              qint64 approvedRequest);
    void onFinished(const kyc::Outcome &outcome);
    void addApprovals(kyc::PostgresHistoryStore *team, QDockWidget *besides);
    // A Sumsub ID refresh token (with its code verifier) is a secret: kept only in the keychain, per profile.
    void storeRefreshToken(const kyc::Profile &profile, const QString &refreshToken,
                           const QString &codeVerifier);
    void offerStoredRefreshToken();
    void fitResult();
    void setBusy(bool busy);
    void updateEnvironment();
    void about();
    // History > Verify…: re-computes the chain and says, in words, whether it is intact (window-modal).
    void verifyHistory();
    void createActions();
    void restoreSession();
    void saveSession() const;
    void closeEvent(QCloseEvent *event) override;

    std::unique_ptr<Ui::MainWindow> m_ui;
    QPointer<class BatchDialog> m_batch;
    kyc::Issuer *const m_issuer;
    kyc::ProfileStore *const m_store; // none in demo mode
    kyc::SecretStore *const m_secrets;
    kyc::SecretStore *const m_sessionSecrets;
    kyc::PartnerBook *const m_partners;
    QSettings *const m_settings;
    const bool m_demo;
    kyc::Preferences m_preferences;
    QString m_blockedReason;
    Clipboard *m_clipboard;
    ProfileSwitcher *m_switcher;
    QList<FormTab> m_tabs;
    bool m_busy = false; // for forms built later
    ResultPanel *m_result;
    HistoryPanel *m_history = nullptr;
    ApprovalsPanel *m_approvals = nullptr;
    QPointer<kyc::PendingIssue> m_pending;
    QPointer<OperationForm> m_issuingForm;
    kyc::Profile m_issuingProfile;
    std::optional<kyc::CheckedRequest> m_issuingRequest;
    std::function<void()> m_noticeAction;
};
