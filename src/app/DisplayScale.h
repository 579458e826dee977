#pragma once
// The console's display scale, settled before the application object exists:
// Qt's high-DPI scaling on, and for a screen that reports the wrong DPI (a
// projector, a video wall) a factor from --scale or, failing that, from the
// setting, applied through QT_SCALE_FACTOR.

#include <QStringList>

namespace griddesk::app::displayscale {

enum class Source { Screen, Setting, CommandLine };

struct Choice {
    double factor = 0; // 0: the screen's own DPI decides
    Source source = Source::Screen;
};

// --scale wins over the setting; neither leaves the screen's DPI to decide.
Choice choose(const QStringList &arguments);
// Call first thing in main(): turns high-DPI scaling on and applies choose().
Choice prepare(int argc, char **argv);
// What prepare() chose for this run.
Choice current();

} // namespace griddesk::app::displayscale
