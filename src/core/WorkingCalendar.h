#pragma once
// The working-day calendar: Monday to Friday, minus public holidays, plus the
// adjusted working weekend days (调休), as loaded from a data file that an
// administrator updates each year. Day boundaries are China Standard Time.

#include "FieldError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>

namespace griddesk {

class WorkingCalendar
{
    Q_DECLARE_TR_FUNCTIONS(WorkingCalendar)

public:
    // A plain Monday-Friday calendar.
    WorkingCalendar() = default;

    // Parses "date,kind,name" lines (kind: holiday or workday; '#' starts a
    // comment). Bad lines are reported with their line number and skipped.
    static WorkingCalendar parse(const QString &text, QVector<FieldError> *errors);
    static WorkingCalendar load(const QString &path, QVector<FieldError> *errors);

    bool isWorkingDay(const QDate &day) const;
    QString holidayName(const QDate &day) const;
    // The years the file covers (empty when it covers none).
    QVector<int> years() const;

    // The local (CST) day of an instant, and the instant a local day starts.
    static QDate localDay(const QDateTime &t);
    static QDateTime startOfLocalDay(const QDate &day);

    // The end (24:00 CST) of the n-th working day after the day of `start`.
    // A limit of n working days counts from the next day, as administrative
    // time limits do.
    QDateTime addWorkingDays(const QDateTime &start, int days) const;
    // Seconds between two instants that fall on working days.
    qint64 workingSecondsBetween(const QDateTime &from, const QDateTime &to) const;
    // The instant when `seconds` of working time have passed since `start`.
    QDateTime addWorkingSeconds(const QDateTime &start, qint64 seconds) const;

private:
    QHash<QDate, bool> m_exceptions; // date -> is a working day
    QHash<QDate, QString> m_names;
};

} // namespace griddesk
