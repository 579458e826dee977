#include "DisplayScale.h"
#include "AppSettings.h"
#include "Compat.h"
#include "ConsoleOptions.h"

#include <QByteArray>

namespace griddesk::app::displayscale {

namespace {
Choice g_current;
} // namespace

Choice choose(const QStringList &arguments)
{
    if (const double f = ConsoleOptions::scaleArgument(arguments); f > 0)
        return {f, Source::CommandLine};
    if (const double f = settings::displayScale(); f > 0)
        return {f, Source::Setting};
    return {};
}

Choice prepare(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    compat::enableHighDpiScaling();
    g_current = choose(arguments);
    // Qt multiplies every screen's own scale by this factor.
    if (g_current.factor > 0)
        qputenv("QT_SCALE_FACTOR", QByteArray::number(g_current.factor));
    return g_current;
}

Choice current()
{
    return g_current;
}

} // namespace griddesk::app::displayscale
