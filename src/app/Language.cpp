#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace griddesk::app::language {

namespace {
QString g_current = QStringLiteral("en");
}

QString resolve(const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void install(const QString &lang)
{
    g_current = lang;
    QLocale::setDefault(lang == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                                         : QLocale(QLocale::English, QLocale::UnitedStates));
    if (lang != QLatin1String("zh_CN"))
        return;
    auto *ours = new QTranslator(qApp);
    if (ours->load(QStringLiteral(":/griddesk/i18n/griddesk_zh_CN.qm")))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(qApp);
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::location(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

QString current()
{
    return g_current;
}

bool isChinese()
{
    return g_current == QLatin1String("zh_CN");
}

} // namespace griddesk::app::language
