#include "Clipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

using namespace Qt::StringLiterals;

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

void Clipboard::copySecret(const QString &text)
{
    auto *mime = new QMimeData;
    mime->setText(text);
    mime->setData(u"x-kde-passwordManagerHint"_s, QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard);
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
