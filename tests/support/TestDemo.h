#pragma once
// Shared test fixture helpers: a fresh demo database in a temporary folder.

#include "DemoTownship.h"
#include "GpkgStore.h"

#include <QTemporaryDir>
#include <QTest>

namespace griddesk::test {

// Creates the demo township at DIR/demo.gpkg and returns its path.
inline QString createDemo(const QTemporaryDir &dir, const QString &name = QStringLiteral("demo.gpkg"))
{
    const QString path = dir.filePath(name);
    demo::createDemoDatabase(path);
    return path;
}

// The admin CLI built alongside the tests (set by the CMake test helper).
inline QString adminProgram()
{
    return QString::fromLocal8Bit(qgetenv("GRIDDESK_ADMIN"));
}

} // namespace griddesk::test
