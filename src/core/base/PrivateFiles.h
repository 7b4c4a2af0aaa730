#pragma once

#include <QString>

namespace kyc {

// The history, the settings and exports are the user's alone, whatever the umask: folders 0700, files
// 0600. Files an older version made under umask 022 are made private too.
namespace PrivateFiles {

// Creates the folder (and its parents) if needed, and makes it and `levels - 1` of its parents 0700.
void makeFolder(const QString &folder, int levels = 1);
// Creates the file empty with 0600 if it is not there, else makes it 0600; its folder too (makeFolder).
void makeFile(const QString &path, int folderLevels = 1);

} // namespace PrivateFiles

} // namespace kyc
