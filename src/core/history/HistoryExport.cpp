#include "history/HistoryExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace kyc {

namespace {
QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QStringList row(const HistoryEntry &e)
{
    return {iso(e.at),
            e.operatorName,
            e.profile,
            e.environment,
            e.provider,
            e.operation,
            e.subject,
            e.partner,
            e.ttlSecs ? QString::number(e.ttlSecs) : QString(),
            iso(e.expiresAt),
            e.ok ? u"ok"_s : u"error"_s,
            e.failureKind,
            e.httpStatus ? QString::number(e.httpStatus) : QString(),
            e.providerCode,
            e.providerName,
            e.correlationId,
            e.reason,
            e.tokenFingerprint};
}

const QStringList &columns()
{
    static const QStringList names{
        u"time"_s,          u"operator"_s,    u"profile"_s,         u"environment"_s,  u"provider"_s,
        u"operation"_s,     u"subject"_s,     u"partner"_s,         u"ttlSecs"_s,      u"expiresAt"_s,
        u"outcome"_s,       u"failureKind"_s, u"httpStatus"_s,      u"providerCode"_s, u"providerName"_s,
        u"correlationId"_s, u"reason"_s,      u"tokenFingerprint"_s};
    return names;
}
} // namespace

QByteArray HistoryExport::csvCell(const QString &value)
{
    QString v = value;
    // Spreadsheets run a cell starting with these as a formula (CSV injection).
    if (!v.isEmpty() && (v.front() == u'=' || v.front() == u'+' || v.front() == u'-' || v.front() == u'@' ||
                         v.front() == u'\t' || v.front() == u'\r'))
        v.prepend(u'\'');
    const bool quote =
        v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r') || v != value;
    if (!quote)
        return v.toUtf8();
    v.replace(u"\""_s, u"\"\""_s);
    return '"' + v.toUtf8() + '"';
}

QByteArray HistoryExport::toCsv(const QList<HistoryEntry> &entries)
{
    QByteArray out;
    auto line = [&out](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i)
                out += ',';
            out += csvCell(cells.at(i));
        }
        out += "\r\n"; // RFC 4180
    };
    line(columns());
    for (const HistoryEntry &e : entries)
        line(row(e));
    return out;
}

QByteArray HistoryExport::toJson(const QList<HistoryEntry> &entries)
{
    QJsonArray array;
    for (const HistoryEntry &e : entries) {
        const QStringList values = row(e);
        QJsonObject o;
        for (qsizetype i = 0; i < columns().size(); ++i) {
            if (!values.at(i).isEmpty())
                o.insert(columns().at(i), values.at(i));
        }
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

bool HistoryExport::writeAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace kyc
