// CSV export: any text goes into one cell that a spreadsheet reads back as that text (with a leading
// apostrophe when it would otherwise be run as a formula), never as more cells, rows or a formula.
#include "FuzzInput.h"
#include "core/history/HistoryExport.h"

namespace {
// RFC 4180 reading of exactly one cell; false when it is not one cell.
bool readCell(const QByteArray &cell, QByteArray *value)
{
    if (!cell.startsWith('"')) {
        if (cell.contains(',') || cell.contains('"') || cell.contains('\n') || cell.contains('\r'))
            return false;
        *value = cell;
        return true;
    }
    if (cell.size() < 2 || !cell.endsWith('"'))
        return false;
    const QByteArray inner = cell.mid(1, cell.size() - 2);
    QByteArray out;
    for (qsizetype i = 0; i < inner.size(); ++i) {
        if (inner.at(i) == '"') {
            if (i + 1 >= inner.size() || inner.at(i + 1) != '"')
                return false; // a lone quote would end the cell early
            ++i;
        }
        out += inner.at(i);
    }
    *value = out;
    return true;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray cell = kyc::HistoryExport::csvCell(text);
    QByteArray value;
    FUZZ_ASSERT(readCell(cell, &value));
    const QString back = QString::fromUtf8(value);
    FUZZ_ASSERT(back == text || back == QLatin1Char('\'') + text);
    if (!back.isEmpty())
        FUZZ_ASSERT(!QStringLiteral("=+-@\t\r").contains(back.front()));
    return 0;
}
