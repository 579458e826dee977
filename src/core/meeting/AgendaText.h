#pragma once
// An agenda item's title and reason in the reader's language, from its kind
// and parameters. Parameters by kind:
// - open_task: code, decision, department, decidedAt, dueAt
// - overdue: department ("" = not yet dispatched), count, supervised, maxDays
// - supervised: count
// - escalated: count, since, toCommunity, toTownship, toDistrict
// - repeat_dispute, early_warning: warning (a KpiWarning code), count, days,
//   party, category, unit, baseline, periods, metres
// - unscreened: count, total, week
// - kpi_drop: unit, period, previous, points, drops [{kpi, now, before}]
// - bulletin: code, level (1-4), title, text, validTo
// Instants are ISO 8601 in UTC; they are shown as China Standard Time dates.
#include "AgendaItem.h"
#include "GeoTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace griddesk {

// The reader's names of units, departments and categories, and where the
// units lie.
struct AgendaNames {
    QHash<QString, QString> units;
    QHash<QString, QString> departments;
    QHash<QString, QString> categories;
    QHash<QString, GeoBounds> unitBounds;

    QString unit(const QString &code) const { return units.value(code, code); }
    QString department(const QString &code) const { return departments.value(code, code); }
    QString category(const QString &code) const { return categories.value(code, code); }
};

class AgendaText
{
    Q_DECLARE_TR_FUNCTIONS(AgendaText)

public:
    static QString title(const AgendaItem &item, const AgendaNames &names);
    static QString reason(const AgendaItem &item, const AgendaNames &names);
    static QString kindName(AgendaKind kind);
    static QString bulletinLevelName(int level);
    // The units' names in a list, at most `most` of them, then "and N more".
    static QString unitList(const QStringList &codes, const AgendaNames &names, int most = 3);
    // "2026-11-30" in China Standard Time.
    static QString day(const QDateTime &instant);
    // The last day before an instant: a deadline at 24:00 is that day's.
    static QString endDay(const QDateTime &instant);
    static QDateTime instant(const QJsonValue &value);
    static QString isoInstant(const QDateTime &instant);
};

} // namespace griddesk
