#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace griddesk::app::language {

namespace {
QString g_current = QStringLiteral("en");
// The translators installed for the current language, replaced by the next install().
QList<QPointer<QTranslator>> g_installed;
} // namespace

QString resolve(const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void install(const QString &lang)
{
    for (const QPointer<QTranslator> &t : qAsConst(g_installed))
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    g_installed.clear();
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
    g_installed = {ours, qt};
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
