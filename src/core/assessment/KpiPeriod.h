#pragma once
// An assessment period: an ISO week, a month, a quarter, a year or a custom
// range of days, in China Standard Time (UTC+8) like every day boundary in
// GridDesk. It knows its previous period, the same period a year earlier, and
// the periods before it for a trend.
//
// Text forms (command line, settings, exports): "2026-W48", "2026-11",
// "2026-Q4", "2026", "2026-11-01..2026-11-15".

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace griddesk {

class KpiPeriod
{
public:
    enum class Kind { Week, Month, Quarter, Year, Custom };

    KpiPeriod() = default;
    static KpiPeriod week(const QDate &anyDay);
    static KpiPeriod month(int year, int month);
    static KpiPeriod quarter(int year, int quarter);
    static KpiPeriod year(int year);
    static KpiPeriod custom(const QDate &first, const QDate &last);
    // The period of `kind` that contains `day`.
    static KpiPeriod containing(Kind kind, const QDate &day);
    // Parses a text form; on failure returns nothing and says why in *error.
    static std::optional<KpiPeriod> parse(const QString &text, QString *error = nullptr);

    Kind kind() const { return m_kind; }
    QDate first() const { return m_first; }
    QDate last() const { return m_last; } // inclusive
    bool isValid() const { return m_first.isValid() && m_last.isValid() && m_first <= m_last; }
    int days() const { return int(m_first.daysTo(m_last)) + 1; }
    // The instants that bound it: [from, to), in UTC.
    QDateTime from() const;
    QDateTime to() const;
    bool contains(const QDateTime &instant) const { return instant.isValid() && instant >= from() && instant < to(); }

    KpiPeriod previous() const;
    KpiPeriod sameLastYear() const;
    // This period and the n - 1 before it, oldest first.
    QVector<KpiPeriod> trend(int n) const;
    // The ISO weeks ("2026-W48") whose Thursday lies in the period.
    QStringList isoWeeks() const;
    // The instants bounding those weeks, [weeksFrom, weeksTo): they may start
    // before the period and end after it. Without a counted week, the period's own.
    QDateTime weeksFrom() const;
    QDateTime weeksTo() const;

    QString key() const;   // the text form
    QString label() const; // for people, translated: "2026年11月", "2026年第48周"

    friend bool operator==(const KpiPeriod &a, const KpiPeriod &b)
    {
        return a.m_kind == b.m_kind && a.m_first == b.m_first && a.m_last == b.m_last;
    }

    // The day an instant falls on in China Standard Time.
    static QDate dayOf(const QDateTime &instant);

private:
    KpiPeriod(Kind kind, const QDate &first, const QDate &last);

    Kind m_kind = Kind::Month;
    QDate m_first;
    QDate m_last;
    // The bounding instants, worked out once: the engine asks for them for
    // every case and event it counts, and each costs a time-zone conversion.
    QDateTime m_from;
    QDateTime m_to;
};

} // namespace griddesk
