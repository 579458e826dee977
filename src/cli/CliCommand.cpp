#include "CliCommand.h"
#include "StorePaths.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

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

bool installLanguage(const QString &lang)
{
    if (lang == QLatin1String("en")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return true;
    }
    if (lang != QLatin1String("zh_CN"))
        return false;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto *zh = new QTranslator(QCoreApplication::instance());
    if (zh->load(QStringLiteral(":/griddesk/i18n/griddesk_zh_CN.qm")))
        QCoreApplication::installTranslator(zh);
    return true;
}

QString systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

} // namespace griddesk::cli
