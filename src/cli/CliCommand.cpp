#include "CliCommand.h"
#include "StorePaths.h"

#include <cstdio>

namespace griddesk::cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

bool parseOrExplain(QCommandLineParser &parser, const QStringList &args, const QString &usage)
{
    parser.addHelpOption();
    if (!parser.parse(args)) {
        err() << "griddesk-admin: " << parser.errorText() << "\n" << usage << "\n";
        err().flush();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << usage << "\n" << parser.helpText();
        out().flush();
        return false;
    }
    return true;
}

void addDbOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("db"), QStringLiteral("GeoPackage file or pg:CONNINFO"), QStringLiteral("path"),
                      storepaths::defaultDatabase()});
}

} // namespace griddesk::cli
