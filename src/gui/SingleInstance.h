#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

// One console per user and settings: a second start asks the running one to show its window and
// exits, instead of becoming a second writer of the history with a second clipboard timer. The running
// console listens on a local socket in the user's runtime folder (XDG_RUNTIME_DIR on Linux), named
// after the settings file, so separate test homes do not meet.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &name, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket name for the settings file at this path, in a folder only this user can use; empty when
    // there is none (then run without: a socket in a folder others can write is not to be trusted).
    static QString nameFor(const QString &settingsPath);

    // True when a console already runs and was asked to raise its window: this process should exit.
    // Otherwise this process becomes the one that listens, and false is returned.
    bool handOverToRunning();

Q_SIGNALS:
    // Another start asked this console to show itself.
    void raiseRequested();

private:
    bool askRunning() const;
    bool listen();

    QString m_name;
    QLocalServer *m_server = nullptr;
};
