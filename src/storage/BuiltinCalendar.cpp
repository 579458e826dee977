#include "BuiltinCalendar.h"

#include <QFile>

// Q_INIT_RESOURCE must be used from the global namespace.
static void initStorageResources()
{
    Q_INIT_RESOURCE(storage_resources);
}

namespace griddesk::builtincalendar {

QString text()
{
    static const bool registered = [] {
        initStorageResources();
        return true;
    }();
    Q_UNUSED(registered)
    QFile f(QStringLiteral(":/griddesk/calendar/cn_working_calendar.csv"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace griddesk::builtincalendar
