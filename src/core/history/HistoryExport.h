#pragma once

#include "history/HistoryEntry.h"

#include <QByteArray>
#include <QList>

namespace kyc {

// The history as CSV (RFC 4180, UTF-8, cells that a spreadsheet would run as a formula neutralised)
// and as JSON, and written to a file atomically.
class HistoryExport
{
public:
    static QByteArray toCsv(const QList<HistoryEntry> &entries);
    static QByteArray toJson(const QList<HistoryEntry> &entries);
    // One CSV cell: quoted when needed; a leading = + - @ (or tab, CR) gets a ' in front.
    static QByteArray csvCell(const QString &value);
    // Writes through a temporary file and renames, so a reader never sees half a file.
    static bool writeAtomically(const QString &path, const QByteArray &data, QString *error);
};

} // namespace kyc
