#pragma once

#include "core/history/HistoryEntry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace kyc {

// The history as CSV (RFC 4180, UTF-8, cells that a spreadsheet would run as a formula neutralised)
// and as JSON, and written to a file atomically (0600). Each row carries its record's number, kind and
// hashes; a JSON row also carries the record itself, so that a JSON export can be verified on its own.
class HistoryExport
{
    Q_DECLARE_TR_FUNCTIONS(kyc::HistoryExport)

public:
    struct Verdict
    {
        bool intact = false;
        qint64 records = 0; // rows whose record matches its hash and whose shown values match the record
        qint64 links = 0;   // links between two exported records that were proven
        QString problem;
    };
    // Each row's record re-hashed, what the row shows compared with its record, and the links between
    // records that are both in the export checked.
    static Verdict verifyJson(const QByteArray &json);
    static QByteArray toCsv(const QList<HistoryEntry> &entries);
    static QByteArray toJson(const QList<HistoryEntry> &entries);
    // One CSV cell: quoted when needed; a leading = + - @ (or tab, CR) gets a ' in front.
    static QByteArray csvCell(const QString &value);
    // Writes through a temporary file and renames, so a reader never sees half a file.
    static bool writeAtomically(const QString &path, const QByteArray &data, QString *error);
};

} // namespace kyc
