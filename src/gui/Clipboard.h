#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QMimeData;

// The one way the console puts things on the clipboard. A secret is marked as one for clipboard
// managers and histories (secretMimeData()), never put on the X11 primary selection, and cleared
// after a while, or on quit, but only if the clipboard still holds our value: what the user copied
// since is never touched. Only a hash of the secret is kept to recognise it.
class Clipboard : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultClearAfterSecs = 30;

    explicit Clipboard(QObject *parent = nullptr);
    ~Clipboard() override;

    void setClearAfterSecs(int secs) { m_clearAfterSecs = secs; }
    int clearAfterSecs() const { return m_clearAfterSecs; }

    // The text, marked as a secret on every platform: KDE's (and other Linux managers')
    // x-kde-passwordManagerHint; on Windows the formats that keep it out of clipboard history, cloud
    // clipboard and monitors; on macOS org.nspasteboard.ConcealedType (added to the pasteboard itself
    // after Qt writes, in ClipboardMac.mm, as Qt 6.4 has no public way to name a pasteboard type).
    static QMimeData *secretMimeData(const QString &text);
    void copySecret(const QString &text);
    void copyText(const QString &text); // not secret: a correlation ID, a link
    bool holdsOurSecret() const;
    void clearIfOurs();

Q_SIGNALS:
    // Each second while a copied secret waits to be cleared; 0 when it is gone (cleared or replaced).
    void secondsLeftChanged(int secondsLeft);

private:
    void tick();

    QByteArray m_secretHash;
    QTimer m_timer;
    int m_clearAfterSecs = kDefaultClearAfterSecs;
    int m_secondsLeft = 0;
};
