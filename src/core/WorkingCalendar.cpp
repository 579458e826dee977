#include "WorkingCalendar.h"

#include "ChinaTime.h"

#include <QFile>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace griddesk {

namespace {
}

WorkingCalendar WorkingCalendar::parse(const QString &text, QVector<FieldError> *errors)
{
    WorkingCalendar cal;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cols = line.split(QLatin1Char(','));
        const int row = i + 1;
        if (cols.size() < 2) {
            errors->push_back({QStringLiteral("line"), tr("expected date,kind,name"), row});
            continue;
        }
        const QDate date = QDate::fromString(cols[0].trimmed(), Qt::ISODate);
        if (!date.isValid()) {
            errors->push_back({QStringLiteral("date"), tr("\"%1\" is not a date (YYYY-MM-DD)").arg(cols[0]), row});
            continue;
        }
        const QString kind = cols[1].trimmed();
        if (kind != QLatin1String("holiday") && kind != QLatin1String("workday")) {
            errors->push_back({QStringLiteral("kind"), tr("\"%1\" must be holiday or workday").arg(kind), row});
            continue;
        }
        cal.m_exceptions.insert(date, kind == QLatin1String("workday"));
        if (cols.size() > 2)
            cal.m_names.insert(date, cols.mid(2).join(QLatin1Char(',')).trimmed());
    }
    return cal;
}

WorkingCalendar WorkingCalendar::load(const QString &path, QVector<FieldError> *errors)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        errors->push_back({QStringLiteral("file"), tr("cannot read %1: %2").arg(path, f.errorString())});
        return {};
    }
    return parse(QString::fromUtf8(f.readAll()), errors);
}

bool WorkingCalendar::isWorkingDay(const QDate &day) const
{
    const auto it = m_exceptions.constFind(day);
    if (it != m_exceptions.constEnd())
        return it.value();
    return day.dayOfWeek() <= 5;
}

QString WorkingCalendar::holidayName(const QDate &day) const
{
    return m_names.value(day);
}

QVector<int> WorkingCalendar::years() const
{
    QSet<int> years;
    for (auto it = m_exceptions.cbegin(); it != m_exceptions.cend(); ++it)
        years.insert(it.key().year());
    QVector<int> out(years.cbegin(), years.cend());
    std::sort(out.begin(), out.end());
    return out;
}

QDate WorkingCalendar::localDay(const QDateTime &t)
{
    return t.toOffsetFromUtc(kChinaOffset).date();
}

QDateTime WorkingCalendar::startOfLocalDay(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::OffsetFromUTC, kChinaOffset).toUTC();
}

QDateTime WorkingCalendar::addWorkingDays(const QDateTime &start, int days) const
{
    QDate d = localDay(start);
    for (int counted = 0; counted < days;) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            ++counted;
    }
    return startOfLocalDay(d.addDays(1));
}

qint64 WorkingCalendar::workingSecondsBetween(const QDateTime &from, const QDateTime &to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    qint64 total = 0;
    for (QDate d = localDay(from); d <= localDay(to); d = d.addDays(1)) {
        if (!isWorkingDay(d))
            continue;
        const QDateTime dayStart = startOfLocalDay(d);
        const QDateTime dayEnd = startOfLocalDay(d.addDays(1));
        const QDateTime a = std::max(from, dayStart);
        const QDateTime b = std::min(to, dayEnd);
        if (b > a)
            total += a.secsTo(b);
    }
    return total;
}

QDateTime WorkingCalendar::addWorkingSeconds(const QDateTime &start, qint64 seconds) const
{
    QDateTime t = start;
    qint64 left = seconds;
    for (int guard = 0; left > 0 && guard < 3660; ++guard) {
        const QDate d = localDay(t);
        const QDateTime dayEnd = startOfLocalDay(d.addDays(1));
        if (isWorkingDay(d)) {
            const qint64 available = t.secsTo(dayEnd);
            if (available >= left)
                return t.addSecs(left);
            left -= available;
        }
        t = dayEnd;
    }
    return t;
}

} // namespace griddesk
