#include "KpiPeriod.h"

#include "ChinaTime.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

namespace griddesk {

namespace {

QDateTime startOf(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone(kChinaOffset)).toUTC();
}

QDate mondayOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

// Monday of ISO week `week` of ISO year `year`.
QDate isoMonday(int year, int week)
{
    const QDate jan4(year, 1, 4); // always in week 1
    return mondayOf(jan4).addDays(7 * (week - 1));
}

int isoWeeksIn(int year)
{
    int y = 0;
    const int w = QDate(year, 12, 28).weekNumber(&y); // Dec 28 is always in the last week
    return w;
}

QString fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return {};
}
} // namespace

QDate KpiPeriod::dayOf(const QDateTime &instant)
{
    return instant.toOffsetFromUtc(kChinaOffset).date();
}

KpiPeriod KpiPeriod::week(const QDate &anyDay)
{
    const QDate monday = mondayOf(anyDay);
    return KpiPeriod(Kind::Week, monday, monday.addDays(6));
}

KpiPeriod KpiPeriod::month(int year, int month)
{
    const QDate first(year, month, 1);
    return KpiPeriod(Kind::Month, first, first.addMonths(1).addDays(-1));
}

KpiPeriod KpiPeriod::quarter(int year, int quarter)
{
    const QDate first(year, (quarter - 1) * 3 + 1, 1);
    return KpiPeriod(Kind::Quarter, first, first.addMonths(3).addDays(-1));
}

KpiPeriod KpiPeriod::year(int year)
{
    return KpiPeriod(Kind::Year, QDate(year, 1, 1), QDate(year, 12, 31));
}

KpiPeriod KpiPeriod::custom(const QDate &first, const QDate &last)
{
    return KpiPeriod(Kind::Custom, first, last);
}

KpiPeriod KpiPeriod::containing(Kind kind, const QDate &day)
{
    switch (kind) {
    case Kind::Week: return week(day);
    case Kind::Month: return month(day.year(), day.month());
    case Kind::Quarter: return quarter(day.year(), (day.month() - 1) / 3 + 1);
    case Kind::Year: return year(day.year());
    case Kind::Custom: return custom(day, day);
    }
    return {};
}

std::optional<KpiPeriod> KpiPeriod::parse(const QString &input, QString *error)
{
    const QString text = input.trimmed();
    QRegularExpressionMatch m;
    auto bad = [&](const QString &why) -> std::optional<KpiPeriod> {
        fail(error, why);
        return std::nullopt;
    };
    const auto yearOk = [](int y) { return y >= 1990 && y <= 2200; };
    if ((m = QRegularExpression(QStringLiteral("^(\\d{4})-W(\\d{1,2})$")).match(text)).hasMatch()) {
        const int y = m.captured(1).toInt(), w = m.captured(2).toInt();
        if (!yearOk(y) || w < 1 || w > isoWeeksIn(y))
            return bad(QCoreApplication::translate("KpiPeriod", "%1: %2 has no ISO week %3").arg(text).arg(y).arg(w));
        return week(isoMonday(y, w));
    }
    if ((m = QRegularExpression(QStringLiteral("^(\\d{4})-Q(\\d)$")).match(text)).hasMatch()) {
        const int y = m.captured(1).toInt(), q = m.captured(2).toInt();
        if (!yearOk(y) || q < 1 || q > 4)
            return bad(QCoreApplication::translate("KpiPeriod", "%1: a quarter is Q1 to Q4 of a year from 1990 to 2200").arg(text));
        return quarter(y, q);
    }
    if ((m = QRegularExpression(QStringLiteral("^(\\d{4})-(\\d{2})$")).match(text)).hasMatch()) {
        const int y = m.captured(1).toInt(), mo = m.captured(2).toInt();
        if (!yearOk(y) || mo < 1 || mo > 12)
            return bad(QCoreApplication::translate("KpiPeriod", "%1: a month is 01 to 12 of a year from 1990 to 2200").arg(text));
        return month(y, mo);
    }
    if ((m = QRegularExpression(QStringLiteral("^(\\d{4})$")).match(text)).hasMatch()) {
        const int y = m.captured(1).toInt();
        if (!yearOk(y))
            return bad(QCoreApplication::translate("KpiPeriod", "%1: a year is from 1990 to 2200").arg(text));
        return year(y);
    }
    if ((m = QRegularExpression(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})$")).match(text)).hasMatch()) {
        const QDate a = QDate::fromString(m.captured(1), Qt::ISODate), b = QDate::fromString(m.captured(2), Qt::ISODate);
        if (!a.isValid() || !b.isValid())
            return bad(QCoreApplication::translate("KpiPeriod", "%1: not a real date").arg(text));
        if (b < a)
            return bad(QCoreApplication::translate("KpiPeriod", "%1: the range ends before it starts").arg(text));
        if (!yearOk(a.year()) || !yearOk(b.year()))
            return bad(QCoreApplication::translate("KpiPeriod", "%1: dates must lie from 1990 to 2200").arg(text));
        return custom(a, b);
    }
    return bad(QCoreApplication::translate("KpiPeriod", "%1: not a period; use 2026-W48, 2026-11, 2026-Q4, 2026 or 2026-11-01..2026-11-15").arg(text));
}

KpiPeriod::KpiPeriod(Kind kind, const QDate &first, const QDate &last)
    : m_kind(kind)
    , m_first(first)
    , m_last(last)
    , m_from(startOf(first))
    , m_to(startOf(last.addDays(1)))
{
}

QDateTime KpiPeriod::from() const
{
    return m_from;
}

QDateTime KpiPeriod::to() const
{
    return m_to;
}

KpiPeriod KpiPeriod::previous() const
{
    switch (m_kind) {
    case Kind::Week: return week(m_first.addDays(-7));
    case Kind::Month: return containing(Kind::Month, m_first.addMonths(-1));
    case Kind::Quarter: return containing(Kind::Quarter, m_first.addMonths(-3));
    case Kind::Year: return year(m_first.year() - 1);
    case Kind::Custom: return custom(m_first.addDays(-days()), m_first.addDays(-1));
    }
    return {};
}

KpiPeriod KpiPeriod::sameLastYear() const
{
    switch (m_kind) {
    case Kind::Week: {
        int y = 0;
        const int w = m_first.weekNumber(&y);
        return week(isoMonday(y - 1, qMin(w, isoWeeksIn(y - 1))));
    }
    case Kind::Month: return month(m_first.year() - 1, m_first.month());
    case Kind::Quarter: return containing(Kind::Quarter, m_first.addYears(-1));
    case Kind::Year: return year(m_first.year() - 1);
    case Kind::Custom: return custom(m_first.addYears(-1), m_last.addYears(-1));
    }
    return {};
}

QVector<KpiPeriod> KpiPeriod::trend(int n) const
{
    QVector<KpiPeriod> out;
    KpiPeriod p = *this;
    for (int i = 0; i < n; ++i) {
        out.prepend(p);
        p = p.previous();
    }
    return out;
}

QStringList KpiPeriod::isoWeeks() const
{
    QStringList out;
    // The first Thursday on or after the first day.
    QDate thursday = m_first.addDays((4 - m_first.dayOfWeek() + 7) % 7);
    for (; thursday <= m_last; thursday = thursday.addDays(7)) {
        int y = 0;
        const int w = thursday.weekNumber(&y);
        out << QStringLiteral("%1-W%2").arg(y).arg(w, 2, 10, QLatin1Char('0'));
    }
    return out;
}

QDateTime KpiPeriod::weeksFrom() const
{
    const QDate thursday = m_first.addDays((4 - m_first.dayOfWeek() + 7) % 7);
    return thursday <= m_last ? startOf(mondayOf(thursday)) : from();
}

QDateTime KpiPeriod::weeksTo() const
{
    const QDate thursday = m_last.addDays(-((m_last.dayOfWeek() - 4 + 7) % 7));
    return thursday >= m_first ? startOf(mondayOf(thursday).addDays(7)) : to();
}

QString KpiPeriod::key() const
{
    switch (m_kind) {
    case Kind::Week: {
        int y = 0;
        const int w = m_first.weekNumber(&y);
        return QStringLiteral("%1-W%2").arg(y).arg(w, 2, 10, QLatin1Char('0'));
    }
    case Kind::Month: return m_first.toString(QStringLiteral("yyyy-MM"));
    case Kind::Quarter: return QStringLiteral("%1-Q%2").arg(m_first.year()).arg((m_first.month() - 1) / 3 + 1);
    case Kind::Year: return QString::number(m_first.year());
    case Kind::Custom:
        return m_first.toString(Qt::ISODate) + QStringLiteral("..") + m_last.toString(Qt::ISODate);
    }
    return {};
}

QString KpiPeriod::label() const
{
    switch (m_kind) {
    case Kind::Week: {
        int y = 0;
        const int w = m_first.weekNumber(&y);
        return QCoreApplication::translate("KpiPeriod", "Week %2 of %1").arg(y).arg(w);
    }
    case Kind::Month: return QCoreApplication::translate("KpiPeriod", "%1-%2").arg(m_first.year()).arg(m_first.month(), 2, 10, QLatin1Char('0'));
    case Kind::Quarter: return QCoreApplication::translate("KpiPeriod", "Q%2 %1").arg(m_first.year()).arg((m_first.month() - 1) / 3 + 1);
    case Kind::Year: return QCoreApplication::translate("KpiPeriod", "Year %1").arg(m_first.year());
    case Kind::Custom:
        return QCoreApplication::translate("KpiPeriod", "%1 to %2").arg(m_first.toString(Qt::ISODate), m_last.toString(Qt::ISODate));
    }
    return {};
}

} // namespace griddesk
