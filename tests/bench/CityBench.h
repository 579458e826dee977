#pragma once
// The console on a whole city's data (griddesk-admin bench-data --scale
// city), side by side with QGIS 3.22 drawing the same layers (grids,
// cameras, open cases and the township boundaries, with the console's own
// styles, read by the same providers) through the same render job:
//   start-up to the first complete map paint, and the console's peak memory
//   full-extent and township-zoom redraws (render cache cleared)
//   a change by another connection → painted, one at a time, then a burst
//     of 20 changes a second, with each redraw's time
//   the longest blocks of the GUI thread over a scripted session (open, zoom
//     in and out, the burst, the dashboard first shown, a meeting's agenda
//     built), as the watchdog saw them
//   the dashboard's refresh for the last whole month, every unit, beside the
//     raw SQL of the same figures (KpiBench).
// Figures are printed; nothing is asserted.

#include <QString>
#include <QTextStream>

namespace griddesk::bench {

struct CityBenchOptions {
    QString location;    // a GeoPackage path or pg:CONNINFO holding the city
    QString township;    // the township to zoom to (default: the one with most grids)
    int runs = 10;
    int burstSeconds = 10;
    int burstRate = 20;  // changes a second
    bool startUp = true; // the start-up figures (five consoles started, about two minutes)
};

int runCityBench(const CityBenchOptions &options, QTextStream &out);

} // namespace griddesk::bench
