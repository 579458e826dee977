#include "ConsoleOptions.h"
#include "AppSettings.h"

namespace griddesk::app {

namespace {
// A display scale: a number (1.5) or a percentage (150%) within the settings' bounds.
bool parseScale(QString text, double *scale, QString *error)
{
    const bool percent = text.endsWith(QLatin1Char('%'));
    if (percent)
        text.chop(1);
    bool ok = false;
    double v = text.trimmed().toDouble(&ok);
    if (ok && percent)
        v /= 100.0;
    if (!ok || v < settings::kMinDisplayScale || v > settings::kMaxDisplayScale) {
        *error = QStringLiteral("--scale must be a number from %1 to %2 (for example 1.5 or 150%), not \"%3\"")
                     .arg(settings::kMinDisplayScale)
                     .arg(settings::kMaxDisplayScale)
                     .arg(text + (percent ? QStringLiteral("%") : QString()));
        return false;
    }
    *scale = v;
    return true;
}
} // namespace

double ConsoleOptions::scaleArgument(const QStringList &args)
{
    for (int i = 1; i < args.size(); ++i) {
        QString value;
        if (args[i] == QLatin1String("--scale") && i + 1 < args.size())
            value = args[i + 1];
        else if (args[i].startsWith(QLatin1String("--scale=")))
            value = args[i].mid(8);
        else
            continue;
        double scale = 0;
        QString error;
        return parseScale(value, &scale, &error) ? scale : 0;
    }
    return 0;
}

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
        } else if (a == QLatin1String("--scale") || a.startsWith(QLatin1String("--scale="))) {
            const QString v = value(QStringLiteral("--scale"));
            if (o.error.isEmpty())
                parseScale(v, &o.scale, &o.error);
        } else if (a == QLatin1String("--db") || a.startsWith(QLatin1String("--db="))) {
            o.database = StoreLocation::parse(value(QStringLiteral("--db")));
        } else if (a == QLatin1String("--server") || a.startsWith(QLatin1String("--server="))) {
            const QString conninfo = value(QStringLiteral("--server"));
            if (o.error.isEmpty())
                o.database = StoreLocation::server(conninfo);
        } else if (a == QLatin1String("--quit-after-first-paint")) {
            o.quitAfterFirstPaint = true;
        } else if (a.startsWith(QLatin1String("--quit-after-first-paint="))) {
            o.quitAfterFirstPaint = true;
            bool ok = false;
            o.quitDelayMs = a.mid(a.indexOf(QLatin1Char('=')) + 1).toInt(&ok);
            if (!ok || o.quitDelayMs < 0)
                o.error = QStringLiteral("--quit-after-first-paint= takes the ms to stay after the first paint, not \"%1\"")
                              .arg(a.mid(a.indexOf(QLatin1Char('=')) + 1));
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            o.showHelp = true;
        } else if (a.startsWith(QLatin1Char('-'))) {
            // Qt's own options (-platform, -style, …) were removed by QApplication already.
            o.error = QStringLiteral("unknown option %1").arg(a);
        } else if (o.database.isEmpty()) {
            o.database = StoreLocation::parse(a);
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
    return QStringLiteral("usage: griddesk [--db] [PATH.gpkg] [--lang zh_CN|en] [--scale FACTOR] [--quit-after-first-paint[=MS]]\n"
                          "       griddesk --server \"host=… port=… dbname=… user=…\"\n"
                          "Opens the GridDesk console on a GeoPackage (default: the demo database) or on a\n"
                          "GridDesk server; the password is asked for, or taken from the system keyring.\n"
                          "--scale 1.5 (or 150%) enlarges everything for this run, for a projector or a video\n"
                          "wall that reports the wrong DPI; View > Display Scale keeps a scale for every start.");
}

} // namespace griddesk::app
