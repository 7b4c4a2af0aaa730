#include "core/batch/BatchCsv.h"

#include "core/complycube/ComplyCubeAdapter.h"
#include "core/partners/PartnerBook.h"
#include "core/tokens/OperationSpec.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace kyc {

namespace {

// The records of a CSV (RFC 4180: quotes, doubled quotes, line breaks inside quotes; CRLF or LF), each
// with the line it begins on.
struct Record
{
    int line = 0;
    QStringList cells;
};

QChar delimiterOf(QStringView header)
{
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    bool quoted = false;
    for (const QChar c : header) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
    }
    return semicolons > commas ? u';' : u',';
}

// Reads every record; an unterminated quote is a problem of the line it began on.
QList<Record> recordsOf(QStringView text, QChar delimiter, QList<BatchProblem> *problems)
{
    QList<Record> records;
    Record current;
    QString cell;
    int line = 1;
    current.line = 1;
    bool quoted = false;
    bool wasQuoted = false;
    int quoteLine = 0;
    const qsizetype n = text.size();
    auto endRecord = [&] {
        current.cells.append(cell);
        cell.clear();
        // A blank line is no row.
        if (!(current.cells.size() == 1 && current.cells.constFirst().trimmed().isEmpty() && !wasQuoted))
            records.append(std::move(current));
        current = Record();
        current.line = line;
        wasQuoted = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == u'"' && cell.trimmed().isEmpty()) {
            cell.clear();
            quoted = true;
            wasQuoted = true;
            quoteLine = line;
        } else if (c == delimiter) {
            current.cells.append(cell);
            cell.clear();
        } else if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n') {
            continue;
        } else if (c == u'\n' || c == u'\r') {
            ++line;
            endRecord();
        } else {
            cell += c;
        }
    }
    if (quoted)
        problems->append({quoteLine, std::nullopt,
                          BatchCsv::tr("A quote opened on this line is never closed. Close it, or double a "
                                       "quote that belongs to the value (\"\").")});
    if (!cell.isEmpty() || !current.cells.isEmpty() || wasQuoted)
        endRecord();
    return records;
}

// The line of the first byte that is not UTF-8.
int firstBadUtf8Line(QByteArrayView bytes)
{
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        (void)QString(decoder(bytes.sliced(start, end - start)));
        if (decoder.hasError())
            return line;
        ++line;
        start = end + 1;
    }
    return 0;
}

qint64 lifetimeOf(const CheckedRequest &request)
{
    const qint64 ttl = request.ttl().count();
    if (ttl > 0)
        return ttl;
    return providerOf(request.operation()) == Provider::ComplyCube ? ComplyCubeAdapter::kSdkTokenLifetimeSecs
                                                                   : 0;
}

} // namespace

TokenRequest BatchPlan::request(int row) const
{
    TokenRequest r = defaults;
    const Row &cells = rows.at(row - 1);
    for (qsizetype i = 0; i < columns.size() && i < cells.cells.size(); ++i)
        r.set(columns.at(i), cells.cells.at(i));
    return r;
}

QString BatchPlan::kept(int row, FieldSpec::Kept kept) const
{
    const TokenRequest r = request(row);
    for (const Field field : TokenRequest::fieldsOf(operation)) {
        if (specOf(field).kept == kept && !r.value(field).trimmed().isEmpty())
            return r.value(field).trimmed();
    }
    return {};
}

const QList<Operation> &BatchCsv::operations()
{
    static const QList<Operation> ops{Operation::SumsubShareToken, Operation::SumsubIdShareToken,
                                      Operation::ComplyCubeSdkToken};
    return ops;
}

std::optional<Field> BatchCsv::columnField(Operation operation, const QString &name)
{
    for (const Field field : TokenRequest::fieldsOf(operation) + QList<Field>{Field::Reason}) {
        if (field != Field::SdkKind && name.compare(fieldKey(field), Qt::CaseInsensitive) == 0)
            return field;
    }
    return std::nullopt;
}

BatchPlan BatchCsv::readFile(const QString &path, const BatchCsvOptions &options)
{
    QFile file(path);
    auto fail = [&](const QString &message) {
        BatchPlan plan;
        plan.operation = options.defaults.operation();
        plan.defaults = options.defaults;
        plan.problems.append({0, std::nullopt, message});
        return plan;
    };
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be read: %2.").arg(path, file.errorString()));
    if (file.size() > kMaxBytes)
        return fail(tr("%1 is larger than %2 MiB. Split it into smaller batches.")
                        .arg(path)
                        .arg(kMaxBytes / (1024 * 1024)));
    return read(file.readAll(), options);
}

BatchPlan BatchCsv::read(const QByteArray &bytes, const BatchCsvOptions &options)
{
    BatchPlan plan;
    plan.operation = options.defaults.operation();
    plan.defaults = options.defaults;
    plan.digest =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(12));
    QList<BatchProblem> &problems = plan.problems;
    if (!operations().contains(plan.operation)) {
        problems.append(
            {0, std::nullopt,
             tr("%1 is not issued in batches. Batches issue: Sumsub share tokens, Sumsub ID share "
                "tokens and ComplyCube SDK tokens.")
                 .arg(operationDisplayName(plan.operation))});
        return plan;
    }
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(view);
    if (decoder.hasError()) {
        problems.append({firstBadUtf8Line(view), std::nullopt,
                         tr("This line is not UTF-8 text. Save the CSV as UTF-8 (in a spreadsheet: CSV "
                            "UTF-8).")});
        return plan;
    }
    qsizetype headerEnd = text.indexOf(u'\n');
    plan.delimiter = delimiterOf(QStringView(text).left(headerEnd < 0 ? text.size() : headerEnd));
    QList<Record> records = recordsOf(text, plan.delimiter, &problems);
    if (records.isEmpty()) {
        problems.append({0, std::nullopt,
                         tr("The CSV is empty. Its first line names the columns (like applicantId), and "
                            "each line after it is one row.")});
        return plan;
    }

    // The header: each cell a field of the operation, once.
    const Record header = records.takeFirst();
    QStringList known;
    for (const Field f : TokenRequest::fieldsOf(plan.operation) + QList<Field>{Field::Reason}) {
        if (f != Field::SdkKind)
            known << fieldKey(f);
    }
    for (const QString &name : header.cells) {
        const std::optional<Field> field = columnField(plan.operation, name.trimmed());
        if (!field) {
            problems.append(
                {header.line, std::nullopt,
                 tr("\"%1\" is not a column of a %2 batch. Its columns are: %3.")
                     .arg(name.trimmed(), operationDisplayName(plan.operation), known.join(u", "_s))});
        } else if (plan.columns.contains(*field)) {
            problems.append(
                {header.line, field, tr("The column %1 is named twice. Keep one.").arg(fieldKey(*field))});
        } else {
            plan.columns.append(*field);
        }
    }
    if (!problems.isEmpty())
        return plan;
    if (records.size() > kMaxRows) {
        problems.append({0, std::nullopt,
                         tr("The CSV has %1 rows; a batch takes at most %2. Split it.")
                             .arg(records.size())
                             .arg(kMaxRows)});
        return plan;
    }
    if (records.isEmpty()) {
        problems.append({0, std::nullopt, tr("The CSV has a header but no rows. Add a line per row.")});
        return plan;
    }

    plan.rows.reserve(records.size());
    for (Record &r : records)
        plan.rows.append({r.line, std::move(r.cells)});
    records.clear();

    // A field neither in a column nor given for every row is one problem of the file, not one per row.
    QSet<Field> missing;
    {
        TokenRequest first = plan.defaults;
        for (qsizetype i = 0; i < plan.columns.size(); ++i)
            first.set(plan.columns.at(i), plan.rows.constFirst().cells.value(i));
        for (const FieldError &e : first.check().errors) {
            if (!plan.columns.contains(e.field) && !missing.contains(e.field)) {
                missing.insert(e.field);
                problems.append({0, e.field,
                                 tr("The CSV has no %1 column (%2), and no value was given for every row. "
                                    "Add the column, or give the value for the whole batch.")
                                     .arg(fieldKey(e.field), fieldDisplayName(e.field))});
            }
        }
    }

    // The partners, read once: a batch names few of them many times.
    QHash<QString, std::optional<Partner>> partners;
    const Provider provider = providerOf(plan.operation);
    QHash<QString, int> seen; // a row's cells, trimmed: its line
    plan.shortestLifetimeSecs = 0;
    for (int row = 1; row <= plan.rows.size(); ++row) {
        const BatchPlan::Row &r = plan.rows.at(row - 1);
        if (r.cells.size() != plan.columns.size()) {
            problems.append({r.line, std::nullopt,
                             tr("This row has %1 cells; the header has %2. Quote a value that contains "
                                "\"%3\".")
                                 .arg(r.cells.size())
                                 .arg(plan.columns.size())
                                 .arg(plan.delimiter)});
            continue;
        }
        QString key;
        for (const QString &cell : r.cells)
            key += cell.trimmed() + u'\x1f';
        if (const auto it = seen.constFind(key); it != seen.constEnd()) {
            problems.append(
                {r.line, std::nullopt,
                 tr("This row repeats line %1. A batch issues each row once; remove one.").arg(it.value())});
            continue;
        }
        seen.insert(key, r.line);
        const TokenRequest request = plan.request(row);
        const TokenRequest::Checked checked = request.check();
        for (const FieldError &e : checked.errors) {
            if (!missing.contains(e.field))
                problems.append({r.line, e.field, e.message});
        }
        if (!checked.request)
            continue;
        const CheckedRequest &ok = *checked.request;
        const qint64 lifetime = lifetimeOf(ok);
        if (lifetime > 0 && (plan.shortestLifetimeSecs == 0 || lifetime < plan.shortestLifetimeSecs))
            plan.shortestLifetimeSecs = lifetime;
        if (options.partners && options.partnerRulesEnforced) {
            const QString id = ok.partner();
            auto p = partners.find(id);
            if (p == partners.end())
                p = partners.insert(id, id.isEmpty() ? std::nullopt : options.partners->find(provider, id));
            if (p.value()) {
                if (const std::optional<FieldError> refusal = p.value()->refusal(ok))
                    problems.append({r.line, refusal->field, refusal->message});
            }
        }
        for (const TokenRequest::Concern &concern : TokenRequest::cautions(ok)) {
            if (!options.allowed.contains(concern.caution))
                problems.append({r.line, std::nullopt, concern.message});
        }
    }
    return plan;
}

} // namespace kyc
