#include "SecretSearch.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
QSet<QByteArray> &allowedHashes()
{
    static QSet<QByteArray> hashes;
    return hashes;
}
} // namespace

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
    QRegularExpressionMatchIterator it = signature.globalMatch(QString::fromLatin1(text));
    while (it.hasNext()) {
        if (!allowedHashes().contains(it.next().captured(0).toLatin1())) {
            found.append(where + u" holds 64 hex digits, as a request signature looks"_s);
            break;
        }
    }
    return found;
}

void allowAuditChainHashes(const QString &root)
{
    QDirIterator it(root, {u"history.sqlite"_s}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString connection = u"secret-search"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(it.next());
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            QSqlQuery q(db);
            if (db.open() && q.exec(u"SELECT prev_hash, hash FROM records"_s)) {
                while (q.next()) {
                    allowedHashes().insert(q.value(0).toString().toLatin1());
                    allowedHashes().insert(q.value(1).toString().toLatin1());
                }
            }
        }
        QSqlDatabase::removeDatabase(connection);
    }
}

QStringList findSecretsInFiles(const QString &root, const QStringList &secrets, int *files)
{
    allowAuditChainHashes(root);
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
