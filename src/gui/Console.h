#pragma once

#include "gui/WelcomeDialog.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class MainWindow;
class QSettings;

// The console put together: the profiles and partners in the settings, the keychain, the Issuer with
// its transport and history, and the main window. main() parses the command line and hands its choices
// here; the GUI tests put the console together the same way.
//
// On a start with no account at all, the welcome offers a profile or demo mode. Demo mode rebuilds
// the parts that differ (the emulator, its credentials, a history in memory, the window) in this process.
class Console : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool demo = false;
        QString baseUrl;     // --base-url, already checked: the environment's accounts use it
        QString caFile;      // --ca-file
        QString historyPath; // empty: HistoryStore::defaultPath()
    };

    // The console's names, version, desktop entry and icon, for the platform and the About box: what the
    // program and anything showing the console (the screenshot tour) set on the application first.
    static void describeApplication();

    // settings: profiles, partners, preferences and the window's state; not owned.
    Console(QSettings *settings, const Options &options, QObject *parent = nullptr);
    ~Console() override;

    // Shows the window (and the welcome on a start with no account). Returns what went wrong, or empty.
    QString start();
    // Leaves whatever runs and starts again in demo mode; returns what went wrong, or empty.
    QString startDemo();

    MainWindow *window() const;
    // Shows the window in front, restored if it was minimised (another start asked for it).
    void raiseWindow();
    WelcomeDialog *welcome() const { return m_welcome; }
    bool isDemo() const;

Q_SIGNALS:
    // A new window replaced the one before (demo mode from the welcome or the notice).
    void windowChanged(MainWindow *window);

private:
    struct Shared;
    struct Session;
    QString build(bool demo);
    void onWelcomeChosen(WelcomeDialog::Choice choice);

    QSettings *m_settings;
    Options m_options;
    std::unique_ptr<Shared> m_shared;
    std::unique_ptr<Session> m_session;
    QPointer<WelcomeDialog> m_welcome;
};
