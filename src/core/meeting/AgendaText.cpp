#include "AgendaText.h"
#include "Kpi.h"
#include "KpiPeriod.h"
#include "KpiWarning.h"
#include "WorkingCalendar.h"

#include <QJsonArray>
#include <QLocale>

namespace griddesk {

namespace {

int intParam(const AgendaItem &item, const char *key)
{
    return item.params.value(QLatin1String(key)).toInt();
}

QString textParam(const AgendaItem &item, const char *key)
{
    return item.params.value(QLatin1String(key)).toString();
}

QString periodLabel(const QString &key)
{
    const std::optional<KpiPeriod> p = KpiPeriod::parse(key);
    return p ? p->label() : key;
}

KpiWarning warningOf(const AgendaItem &item)
{
    KpiWarning w;
    const QString code = textParam(item, "warning");
    if (code == QLatin1String("repeat_parties"))
        w.kind = KpiWarning::Kind::RepeatParties;
    else if (code == QLatin1String("repeat_place"))
        w.kind = KpiWarning::Kind::RepeatPlace;
    else if (code == QLatin1String("cluster"))
        w.kind = KpiWarning::Kind::Cluster;
    w.unitCode = textParam(item, "unit");
    w.count = intParam(item, "count");
    w.days = intParam(item, "days");
    w.periods = intParam(item, "periods");
    w.baseline = item.params.value(QLatin1String("baseline")).toDouble();
    w.metres = item.params.value(QLatin1String("metres")).toDouble();
    w.party = textParam(item, "party");
    w.categoryCode = textParam(item, "category");
    return w;
}

// The areas of a month's KPI falls (an agenda saved before names one).
QStringList fallAreas(const AgendaItem &item)
{
    if (!item.params.contains(QLatin1String("units")))
        return {textParam(item, "unit")};
    QStringList out;
    for (const QJsonValue &v : item.params.value(QLatin1String("units")).toArray())
        out << v.toObject().value(QLatin1String("unit")).toString();
    return out;
}

} // namespace

QString AgendaText::unitList(const QStringList &codes, const AgendaNames &names, int most)
{
    QStringList shown;
    for (int i = 0; i < codes.size() && i < most; ++i)
        shown << names.unit(codes.at(i));
    const QString list = shown.join(tr(", ", "between names in a list"));
    if (codes.size() <= most)
        return list;
    return tr("%1 and %n more", "names in a list", int(codes.size()) - most).arg(list);
}

QString AgendaText::day(const QDateTime &instant)
{
    return instant.isValid() ? WorkingCalendar::localDay(instant).toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString AgendaText::endDay(const QDateTime &instant)
{
    return day(instant.isValid() ? instant.addMSecs(-1) : instant);
}

QDateTime AgendaText::instant(const QJsonValue &value)
{
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (t.isValid())
        t = t.toUTC();
    return t;
}

QString AgendaText::isoInstant(const QDateTime &instant)
{
    return instant.isValid() ? instant.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString AgendaText::kindName(AgendaKind kind)
{
    switch (kind) {
    case AgendaKind::OpenTask: return tr("Open decision");
    case AgendaKind::Supervised: return tr("Supervised cases");
    case AgendaKind::Overdue: return tr("Overdue cases");
    case AgendaKind::Escalated: return tr("Escalated cases");
    case AgendaKind::RepeatDispute: return tr("Repeat dispute");
    case AgendaKind::Unscreened: return tr("Grids not screened");
    case AgendaKind::KpiDrop: return tr("KPI drop");
    case AgendaKind::EarlyWarning: return tr("Early warning");
    case AgendaKind::Bulletin: return tr("Security bulletin");
    case AgendaKind::Custom: return tr("Other business");
    }
    return {};
}

QString AgendaText::bulletinLevelName(int level)
{
    switch (level) {
    case 1: return tr("Blue");
    case 2: return tr("Yellow");
    case 3: return tr("Orange");
    case 4: return tr("Red");
    default: return QString::number(level);
    }
}

QString AgendaText::title(const AgendaItem &item, const AgendaNames &names)
{
    switch (item.kind) {
    case AgendaKind::OpenTask:
        return tr("Decision %1 still open: %2").arg(textParam(item, "code"), textParam(item, "decision"));
    case AgendaKind::Overdue: {
        const QString department = textParam(item, "department");
        if (department.isEmpty())
            return tr("Overdue cases not yet dispatched: %n", nullptr, intParam(item, "count"));
        return tr("Overdue cases of %1: %n", nullptr, intParam(item, "count")).arg(names.department(department));
    }
    case AgendaKind::Supervised: return tr("Supervised cases still open: %n", nullptr, intParam(item, "count"));
    case AgendaKind::Escalated:
        return tr("Cases escalated since the last meeting: %n", nullptr, intParam(item, "count"));
    case AgendaKind::RepeatDispute: {
        const KpiWarning w = warningOf(item);
        if (w.kind == KpiWarning::Kind::RepeatParties)
            return tr("Repeat dispute: %1 (%n cases)", nullptr, w.count).arg(w.party);
        return tr("Repeat dispute: %1 at %2 (%n cases)", nullptr, w.count)
            .arg(names.category(w.categoryCode), names.unit(w.unitCode));
    }
    case AgendaKind::EarlyWarning: {
        const KpiWarning w = warningOf(item);
        if (w.kind == KpiWarning::Kind::Cluster)
            return tr("Cluster of %1 in %2").arg(names.category(w.categoryCode), names.unit(w.unitCode));
        return tr("Incidents rising in %1").arg(names.unit(w.unitCode));
    }
    case AgendaKind::Unscreened: return tr("Grids not screened this week: %n", nullptr, intParam(item, "count"));
    case AgendaKind::KpiDrop: {
        const QStringList areas = fallAreas(item);
        if (areas.size() == 1)
            return tr("KPIs down in %1").arg(names.unit(areas.first()));
        return tr("KPIs down in %n areas", nullptr, int(areas.size()));
    }
    case AgendaKind::Bulletin: return tr("Security bulletin: %1").arg(textParam(item, "title"));
    case AgendaKind::Custom: return item.title;
    }
    return {};
}

QString AgendaText::reason(const AgendaItem &item, const AgendaNames &names)
{
    const QLocale c = QLocale::c();
    switch (item.kind) {
    case AgendaKind::OpenTask:
        return tr("Decided at the meeting of %1 for %2, due %3, and not yet done.")
            .arg(day(instant(item.params.value(QLatin1String("decidedAt")))),
                 names.department(textParam(item, "department")),
                 endDay(instant(item.params.value(QLatin1String("dueAt")))));
    case AgendaKind::Overdue:
        return tr("%n open cases are past their deadline, the longest by %1 days; %2 of them are supervised.", nullptr,
                  intParam(item, "count"))
            .arg(intParam(item, "maxDays"))
            .arg(intParam(item, "supervised"));
    case AgendaKind::Supervised:
        return tr("%n open cases are under supervision (督办) and still within their deadline.", nullptr,
                  intParam(item, "count"));
    case AgendaKind::Escalated:
        return tr("Escalated since %1: %2 to the community, %3 to the township, %4 to the district.")
            .arg(day(instant(item.params.value(QLatin1String("since")))))
            .arg(intParam(item, "toCommunity"))
            .arg(intParam(item, "toTownship"))
            .arg(intParam(item, "toDistrict"));
    case AgendaKind::RepeatDispute:
    case AgendaKind::EarlyWarning: {
        const KpiWarning w = warningOf(item);
        return w.text(names.unit(w.unitCode), names.category(w.categoryCode));
    }
    case AgendaKind::Unscreened:
        return tr("%1 of %2 grids have no screening visit in week %3.")
            .arg(intParam(item, "count"))
            .arg(intParam(item, "total"))
            .arg(textParam(item, "week"));
    case AgendaKind::KpiDrop: {
        const QString points = c.toString(item.params.value(QLatin1String("points")).toDouble(), 'f', 1);
        if (!item.params.contains(QLatin1String("units"))) { // saved before: one area
            const QJsonArray drops = item.params.value(QLatin1String("drops")).toArray();
            return tr("%n KPIs of %1 in %2 are worse than in %3 by at least %4 points.", nullptr, int(drops.size()))
                .arg(names.unit(textParam(item, "unit")), periodLabel(textParam(item, "period")),
                     periodLabel(textParam(item, "previous")), points);
        }
        const QStringList areas = fallAreas(item);
        if (areas.size() > 1)
            return tr("%n areas have KPIs in %1 worse than in %2 by at least %3 points.", nullptr, int(areas.size()))
                .arg(periodLabel(textParam(item, "period")), periodLabel(textParam(item, "previous")), points);
        return tr("KPIs of %1 in %2 are worse than in %3 by at least %4 points.")
            .arg(unitList(areas, names), periodLabel(textParam(item, "period")),
                 periodLabel(textParam(item, "previous")), points);
    }
    case AgendaKind::Bulletin:
        return tr("%1 bulletin %2 in force until %3.")
            .arg(bulletinLevelName(intParam(item, "level")), textParam(item, "code"),
                 endDay(instant(item.params.value(QLatin1String("validTo")))));
    case AgendaKind::Custom: return tr("Added to the agenda by the centre.");
    }
    return {};
}

} // namespace griddesk
