#include "gui/Clipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

using namespace Qt::StringLiterals;

#ifdef Q_OS_MACOS
void markPasteboardConcealed(); // ClipboardMac.mm
#endif

namespace {
QByteArray hashOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

Clipboard::Clipboard(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &Clipboard::tick);
    // Quitting clears too; the destructor may run too late for the clipboard to be reachable.
    connect(qApp, &QCoreApplication::aboutToQuit, this, &Clipboard::clearIfOurs);
}

Clipboard::~Clipboard()
{
    // No signal from here: whoever listened may be half destroyed already.
    if (holdsOurSecret())
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
}

QMimeData *Clipboard::secretMimeData(const QString &text)
{
    auto *mime = new QMimeData;
    mime->setText(text);
    mime->setData(u"x-kde-passwordManagerHint"_s, QByteArrayLiteral("secret"));
    // Windows: named clipboard formats, through Qt's mapping of this MIME form. The first says "do not
    // record" by its presence; the other two by a DWORD 0.
    // https://learn.microsoft.com/windows/win32/dataxchg/clipboard-formats#cloud-clipboard-and-clipboard-history-formats
    const QByteArray zeroDword(4, '\0');
    mime->setData(u"application/x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\""_s,
                  QByteArray(1, '\0'));
    mime->setData(u"application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\""_s, zeroDword);
    mime->setData(u"application/x-qt-windows-mime;value=\"CanUploadToCloudClipboard\""_s, zeroDword);
    return mime;
}

void Clipboard::copySecret(const QString &text)
{
    QGuiApplication::clipboard()->setMimeData(secretMimeData(text), QClipboard::Clipboard);
#ifdef Q_OS_MACOS
    markPasteboardConcealed();
#endif
    m_secretHash = hashOf(text);
    m_secondsLeft = m_clearAfterSecs;
    m_timer.start();
    Q_EMIT secondsLeftChanged(m_secondsLeft);
}

void Clipboard::copyText(const QString &text)
{
    QGuiApplication::clipboard()->setText(text, QClipboard::Clipboard);
    if (!m_secretHash.isEmpty()) { // our secret was just replaced by us
        m_secretHash.clear();
        m_timer.stop();
        m_secondsLeft = 0;
        Q_EMIT secondsLeftChanged(0);
    }
}

bool Clipboard::holdsOurSecret() const
{
    return !m_secretHash.isEmpty() &&
           hashOf(QGuiApplication::clipboard()->text(QClipboard::Clipboard)) == m_secretHash;
}

void Clipboard::clearIfOurs()
{
    if (holdsOurSecret())
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
    const bool wasCounting = !m_secretHash.isEmpty();
    m_secretHash.clear();
    m_timer.stop();
    m_secondsLeft = 0;
    if (wasCounting)
        Q_EMIT secondsLeftChanged(0);
}

void Clipboard::tick()
{
    if (!holdsOurSecret()) { // the user copied something else: leave it alone
        clearIfOurs();
        return;
    }
    if (--m_secondsLeft <= 0) {
        clearIfOurs();
        return;
    }
    Q_EMIT secondsLeftChanged(m_secondsLeft);
}
