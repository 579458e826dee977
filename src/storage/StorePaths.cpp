#include "StorePaths.h"

#include <QDir>
#include <QStandardPaths>

namespace griddesk::storepaths {

QString defaultDatabase()
{
    // Independent of the application name, so the CLI and the console agree.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("GridDesk/demo.gpkg"));
}

} // namespace griddesk::storepaths
