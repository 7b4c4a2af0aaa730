#pragma once

#include "profiles/Profile.h"
#include "tokens/Outcome.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class Clipboard;
class ResultPanel;
class SumsubShareTokenForm;
namespace kyc {
class Issuer;
class PendingIssue;
} // namespace kyc
namespace Ui {
class MainWindow;
}

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(kyc::Issuer *issuer, const kyc::Profile &profile, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The banner that says tokens issued here are not real.
    void setDemoMode(bool demo);
    // A notice above the form, with an optional button.
    void showNotice(const QString &text, const QString &buttonText = {}, std::function<void()> action = {});

    SumsubShareTokenForm *shareTokenForm() const { return m_form; }
    ResultPanel *resultPanel() const { return m_result; }
    Clipboard *clipboard() const { return m_clipboard; }
    bool isIssuing() const { return !m_pending.isNull(); }

public Q_SLOTS:
    void issue();
    void cancel();

private:
    void onFinished(const kyc::Outcome &outcome);
    void updateEnvironment();
    void about();

    std::unique_ptr<Ui::MainWindow> m_ui;
    kyc::Issuer *m_issuer;
    kyc::Profile m_profile;
    bool m_demo = false;
    Clipboard *m_clipboard;
    SumsubShareTokenForm *m_form;
    ResultPanel *m_result;
    QPointer<kyc::PendingIssue> m_pending;
    std::function<void()> m_noticeAction;
};
