#include "core/base/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kyc::PrivateFiles {

void makeFolder(const QString &folder, int levels)
{
    QDir().mkpath(folder);
    QString current = QFileInfo(folder).absoluteFilePath();
    for (int i = 0; i < levels; ++i) {
        QFile::setPermissions(current,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        current = QFileInfo(current).absolutePath();
    }
}

void makeFile(const QString &path, int folderLevels)
{
    makeFolder(QFileInfo(path).absolutePath(), folderLevels);
    const QFileDevice::Permissions mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QFile file(path);
    if (!file.exists() && file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        file.setPermissions(mode); // still empty: nothing was readable before this
        return;
    }
    QFile::setPermissions(path, mode);
}

} // namespace kyc::PrivateFiles
