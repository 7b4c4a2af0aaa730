#include "SecretSearch.h"

#include <QDirIterator>
#include <QFile>
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
