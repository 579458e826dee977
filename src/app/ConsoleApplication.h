#pragma once
// Starts the console: QGIS, language, database, main window. Every failure
// ends in a clear message, never a crash.

namespace griddesk::app {

int runConsole(int argc, char **argv);

} // namespace griddesk::app
