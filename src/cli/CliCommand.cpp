#include "CliCommand.h"
#include "boundaries/BoundaryCrs.h"
#include "Store.h"
#include "StoreError.h"
#include "StoreLocation.h"
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

bool parseWords(QCommandLineParser &parser, const QStringList &args, const QString &usage, int words, int *exit)
{
    if (!parseOrExplain(parser, args, usage)) {
        *exit = parser.isSet(QStringLiteral("help")) ? Ok : Usage;
        return false;
    }
    if (parser.positionalArguments().size() != words) {
        err() << "griddesk-admin: " << usage << "\n";
        *exit = Usage;
        return false;
    }
    return true;
}

int withStore(const QCommandLineParser &parser, const std::function<int(Store &)> &work, const QString &context)
{
    try {
        auto store = StoreLocation::parse(parser.value(QStringLiteral("db"))).open();
        return work(*store);
    } catch (const StoreError &e) {
        err() << "griddesk-admin: " << (context.isEmpty() ? QString() : context + QStringLiteral(": ")) << e.message()
              << "\n";
        return Failed;
    }
}

void addDbOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("db"), QStringLiteral("GeoPackage file or pg:CONNINFO"), QStringLiteral("path"),
                      storepaths::defaultDatabase()});
}

int crsOption(const QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("crs")))
        return 0;
    QString error;
    const int epsg = boundaries::BoundaryCrs::parse(p.value(QStringLiteral("crs")), &error);
    if (!epsg)
        err() << "griddesk-admin: --crs: " << error << "\n";
    return epsg ? epsg : -1;
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
