#include "SecretSearch.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QStringList findSecrets(const QString &where, const QByteArray &text, const QStringList &secrets)
{
    QStringList found;
    for (const QString &secret : secrets) {
        if (!secret.isEmpty() && text.contains(secret.toUtf8()))
            found.append(u"%1 holds a secret of %2 characters starting %3"_s.arg(where)
                             .arg(secret.size())
                             .arg(secret.left(4)));
    }
    static const QRegularExpression signature(u"(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])"_s);
    if (signature.match(QString::fromLatin1(text)).hasMatch())
        found.append(where + u" holds 64 hex digits, as a request signature looks"_s);
    return found;
}

QStringList findSecretsInFiles(const QString &root, const QStringList &secrets, int *files)
{
    QStringList found;
    int read = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly)) {
            found.append(file.fileName() + u" could not be read, so it was not searched"_s);
            continue;
        }
        found += findSecrets(file.fileName().mid(root.size()), file.readAll(), secrets);
        ++read;
    }
    if (files)
        *files = read;
    return found;
}

namespace {
QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

void keep(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(QString::fromUtf8(context.category ? context.category : "") + u": "_s + message);
}
} // namespace

DebugLogCapture::DebugLogCapture()
{
    g_messages.clear();
    QLoggingCategory::setFilterRules(u"*.debug=true"_s);
    g_previousHandler = qInstallMessageHandler(keep);
}

DebugLogCapture::~DebugLogCapture()
{
    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules({});
}

const QStringList &DebugLogCapture::messages() const
{
    return g_messages;
}
