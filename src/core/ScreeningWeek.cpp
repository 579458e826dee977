#include "ScreeningWeek.h"

namespace griddesk::screeningweek {

QString key(const QDate &day)
{
    int year = 0;
    const int week = day.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

QString key(const QDateTime &instant)
{
    return key(instant.toOffsetFromUtc(8 * 3600).date());
}

QDate monday(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

QDate sunday(const QDate &day)
{
    return monday(day).addDays(6);
}

} // namespace griddesk::screeningweek
