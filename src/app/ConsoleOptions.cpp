#include "ConsoleOptions.h"

namespace griddesk::app {

ConsoleOptions ConsoleOptions::parse(const QStringList &args)
{
    ConsoleOptions o;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&](const QString &name) -> QString {
            if (a.startsWith(name + QLatin1Char('=')))
                return a.mid(name.size() + 1);
            if (i + 1 < args.size())
                return args[++i];
            o.error = QStringLiteral("%1 needs a value").arg(name);
            return {};
        };
        if (a == QLatin1String("--lang") || a.startsWith(QLatin1String("--lang="))) {
            o.language = value(QStringLiteral("--lang"));
            if (o.error.isEmpty() && o.language != QLatin1String("zh_CN") && o.language != QLatin1String("en"))
                o.error = QStringLiteral("--lang must be zh_CN or en, not \"%1\"").arg(o.language);
        } else if (a == QLatin1String("--db") || a.startsWith(QLatin1String("--db="))) {
            o.database = value(QStringLiteral("--db"));
        } else if (a == QLatin1String("--server") || a.startsWith(QLatin1String("--server="))) {
            const QString conninfo = value(QStringLiteral("--server"));
            if (o.error.isEmpty())
                o.database = QStringLiteral("pg:") + conninfo;
        } else if (a == QLatin1String("--quit-after-first-paint")) {
            o.quitAfterFirstPaint = true;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            o.showHelp = true;
        } else if (a.startsWith(QLatin1Char('-'))) {
            // Qt's own options (-platform, -style, …) were removed by QApplication already.
            o.error = QStringLiteral("unknown option %1").arg(a);
        } else if (o.database.isEmpty()) {
            o.database = a;
        } else {
            o.error = QStringLiteral("more than one database given: %1").arg(a);
        }
        if (!o.error.isEmpty())
            break;
    }
    return o;
}

QString ConsoleOptions::usage()
{
    return QStringLiteral("usage: griddesk [--db] [PATH.gpkg] [--lang zh_CN|en] [--quit-after-first-paint]\n"
                          "       griddesk --server \"host=… port=… dbname=… user=…\"\n"
                          "Opens the GridDesk console on a GeoPackage (default: the demo database) or on a\n"
                          "GridDesk server; the password is asked for, or taken from the system keyring.");
}

} // namespace griddesk::app
