#include "core/history/HistoryExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include "core/history/AuditChain.h"

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
            e.outcomeWord(),
            e.failureKind,
            e.httpStatus ? QString::number(e.httpStatus) : QString(),
            e.providerCode,
            e.providerName,
            e.correlationId,
            e.reason,
            e.tokenFingerprint,
            e.id ? QString::number(e.id) : QString(),
            e.kind,
            QString::fromLatin1(e.previousHash),
            QString::fromLatin1(e.hash)};
}

const QStringList &columns()
{
    static const QStringList names{
        u"time"_s,          u"operator"_s,    u"profile"_s,          u"environment"_s,  u"provider"_s,
        u"operation"_s,     u"subject"_s,     u"partner"_s,          u"ttlSecs"_s,      u"expiresAt"_s,
        u"outcome"_s,       u"failureKind"_s, u"httpStatus"_s,       u"providerCode"_s, u"providerName"_s,
        u"correlationId"_s, u"reason"_s,      u"tokenFingerprint"_s, u"record"_s,       u"kind"_s,
        u"previousHash"_s,  u"hash"_s};
    return names;
}

// The columns a JSON export's rows show beside their "record" (whose id, kind and hashes it holds).
constexpr qsizetype kShownColumns = 18;

QJsonValue storedJson(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue(QJsonValue::Null);
    if (v.typeId() == QMetaType::QString)
        return v.toString();
    return QJsonValue(v.toLongLong());
}

// A row's record as stored: its columns by their own names, and its hashes.
QJsonObject recordJson(const HistoryEntry &e)
{
    QJsonObject o;
    const auto &names = AuditChain::columnNames();
    for (int i = 0; i < AuditChain::FieldCount && i < e.stored.size(); ++i)
        o.insert(QLatin1String(names[i]), storedJson(e.stored.at(i)));
    o.insert(u"prev_hash"_s, QString::fromLatin1(e.previousHash));
    o.insert(u"hash"_s, QString::fromLatin1(e.hash));
    return o;
}

QJsonObject shownJson(const HistoryEntry &e)
{
    const QStringList values = row(e);
    QJsonObject o;
    for (qsizetype i = 0; i < kShownColumns; ++i) {
        if (!values.at(i).isEmpty())
            o.insert(columns().at(i), values.at(i));
    }
    return o;
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
        QJsonObject o = shownJson(e);
        if (!e.stored.isEmpty())
            o.insert(u"record"_s, recordJson(e));
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

bool HistoryExport::writeAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    // The export is the user's alone, whatever the umask: the temporary file is made private before a
    // byte is written, and the rename keeps that.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(data) != data.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

HistoryExport::Verdict HistoryExport::verifyJson(const QByteArray &json)
{
    Verdict v;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isArray()) {
        v.problem = tr("This is not a JSON export of the history: %1").arg(parseError.errorString());
        return v;
    }
    const auto &names = AuditChain::columnNames();
    AuditRecordCheck check;
    const QJsonArray rows = doc.array();
    for (qsizetype n = 0; n < rows.size(); ++n) {
        const QString where = tr("Row %1").arg(n + 1);
        const QJsonObject row = rows.at(n).toObject();
        const QJsonObject record = row.value(u"record"_s).toObject();
        if (record.size() != AuditChain::FieldCount + 2) {
            v.problem =
                tr("%1 has no complete record to verify: it was edited, or exported before the history "
                   "had a hash chain.")
                    .arg(where);
            return v;
        }
        QVariantList stored;
        for (int i = 0; i < AuditChain::FieldCount; ++i) {
            const QJsonValue value = record.value(QLatin1String(names[i]));
            if (value.isNull()) {
                stored << QVariant();
            } else if (value.isString()) {
                stored << value.toString();
            } else if (value.isDouble() && value.toDouble() == double(value.toInteger())) {
                stored << QVariant(qint64(value.toInteger()));
            } else {
                v.problem = tr("%1: the record's field \"%2\" is missing or not a value it can hold.")
                                .arg(where, QLatin1String(names[i]));
                return v;
            }
        }
        std::array<QByteArray, AuditChain::FieldCount> utf8;
        const AuditChain::Fields fields = AuditChain::fieldsOf(stored, utf8);
        if (const QString problem = check.add(fields, record.value(u"prev_hash"_s).toString().toLatin1(),
                                              record.value(u"hash"_s).toString().toLatin1());
            !problem.isEmpty()) {
            v.problem = where + u": "_s + problem;
            return v;
        }
        // What the row shows must be what its record says.
        HistoryEntry e = HistoryEntry::fromStored(stored);
        QJsonObject shown = row;
        shown.remove(u"record"_s);
        if (shown != shownJson(e)) {
            v.problem = tr("%1 shows something other than its record: the row was edited.").arg(where);
            return v;
        }
        ++v.records;
    }
    v.links = check.linksProven();
    v.intact = true;
    return v;
}

} // namespace kyc
