#pragma once
// The console's command line: which database, which language, the display
// scale, and the switches the benchmarks use.

#include "StoreLocation.h"

#include <QString>
#include <QStringList>

namespace griddesk::app {

struct ConsoleOptions {
    StoreLocation database;    // empty: the default demo database
    QString language;          // "zh_CN", "en" or empty for the system's
    double scale = 0;          // --scale: the display scale for this run; 0 when not given
    // --quit-after-first-paint[=MS] (benchmarks): report the first complete
    // paint, stay MS ms longer (0 when not given), then quit.
    bool quitAfterFirstPaint = false;
    int quitDelayMs = 0;
    bool showHelp = false;
    QString error;             // set when the command line is wrong

    static ConsoleOptions parse(const QStringList &arguments);
    static QString usage();
    // Only --scale, from arguments that may still hold Qt's own options (read
    // before the application object exists); 0 when absent or not valid (the
    // full parse reports that).
    static double scaleArgument(const QStringList &arguments);
};

} // namespace griddesk::app
