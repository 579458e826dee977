#include "CrsBox.h"

namespace griddesk::app {

CrsBox::CrsBox(bool fromFile, QWidget *parent)
    : QComboBox(parent)
{
    if (fromFile)
        addItem(tr("As the file says"), 0);
    addItem(tr("EPSG:4490 — CGCS2000 (longitude, latitude)"), 4490);
    addItem(tr("EPSG:4326 — WGS84 (longitude, latitude)"), 4326);
    // 4534–4554: central meridian 75°E–135°E, no zone number in the easting.
    for (int zone = 25; zone <= 45; ++zone)
        addItem(tr("EPSG:%1 — CGCS2000 Gauss-Krüger, central meridian %2°E").arg(4534 + zone - 25).arg(zone * 3), 4534 + zone - 25);
    // 4513–4533: zones 25–45 with the zone number in front of the easting.
    for (int zone = 25; zone <= 45; ++zone)
        addItem(tr("EPSG:%1 — CGCS2000 Gauss-Krüger zone %2 (zone number in the easting)").arg(4513 + zone - 25).arg(zone),
                4513 + zone - 25);
}

void CrsBox::setEpsg(int epsg)
{
    const int i = findData(epsg);
    if (i >= 0)
        setCurrentIndex(i);
}

} // namespace griddesk::app
