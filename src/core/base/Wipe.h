#pragma once

#include <QByteArray>
#include <QString>

namespace kyc {

// Overwrites a secret with zeros in place (keeping its length), so that the memory it leaves behind
// holds no trace of it. A buffer shared with another copy is not written (that would change the other
// copy): this copy just lets go of it and is empty.
void wipe(QByteArray &bytes);
void wipe(QString &text);

} // namespace kyc
