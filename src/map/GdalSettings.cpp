#include "GdalSettings.h"

#include <cpl_conv.h>

namespace griddesk::map {

void keepGeoPackagesInWalMode()
{
    CPLSetConfigOption("OGR_SQLITE_JOURNAL", "WAL");
}

} // namespace griddesk::map
