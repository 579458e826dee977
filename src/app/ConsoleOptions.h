#pragma once
// The console's command line: which database, which language, and the
// switches the benchmarks use.

#include <QString>
#include <QStringList>

namespace griddesk::app {

struct ConsoleOptions {
    QString database;          // empty: the default demo database; pg:CONNINFO for a server
    QString language;          // "zh_CN", "en" or empty for the system's
    bool quitAfterFirstPaint = false;
    bool showHelp = false;
    QString error;             // set when the command line is wrong

    static ConsoleOptions parse(const QStringList &arguments);
    static QString usage();
};

} // namespace griddesk::app
