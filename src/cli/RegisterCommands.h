#pragma once
// griddesk-admin import|validate|export REGISTER FILE: the registers
// (residents, houses, disputes, dispute-parties, key-persons,
// organisations, work-log) from and to CSV, XLSX, Shapefile, GeoJSON and
// GeoPackage files.

#include <QStringList>

namespace griddesk::cli {
int runRegisterImport(const QStringList &args, bool write);
int runRegisterExport(const QStringList &args);
}
