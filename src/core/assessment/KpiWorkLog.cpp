#include "KpiWorkLog.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace griddesk::kpiworklog {

namespace {

QString keyOf(const QString &grid, const QString &worker, const QString &week)
{
    return grid + QLatin1Char('|') + worker.trimmed() + QLatin1Char('|') + week;
}

} // namespace

bool assessed(const QString &activity)
{
    return activity == QLatin1String("visit") || activity == QLatin1String("service")
        || activity == QLatin1String("legal_education");
}

QVector<KpiWorkerWeek> workerWeeks(const KpiActivity &activity, const KpiPeriod &period, const QDateTime &asOf,
                                   int expectedPerWeek)
{
    // Only the period's weeks: the dashboard reads a whole trend's log once
    // and counts each of its periods from it.
    const QStringList weeks = period.isoWeeks();
    const QSet<QString> inPeriod(weeks.cbegin(), weeks.cend());
    QHash<QString, KpiWorkerWeek> logged;
    for (const KpiWorkLogCount &c : activity.workLog) {
        if (!assessed(c.activity) || !inPeriod.contains(c.isoWeek))
            continue;
        KpiWorkerWeek &w = logged[keyOf(c.gridCode, c.worker, c.isoWeek)];
        if (c.activity == QLatin1String("visit"))
            w.visits += c.entries;
        else if (c.activity == QLatin1String("service"))
            w.services += c.entries;
        else
            w.legalEducation += c.entries;
    }
    QVector<KpiWorkerWeek> out;
    QSet<QString> seen;
    for (const QString &week : weeks) {
        const std::optional<KpiPeriod> days = KpiPeriod::parse(week);
        if (!days || days->from() > asOf)
            continue; // not begun
        const bool ended = days->to() <= asOf;
        for (const KpiGridWorker &person : activity.workers) {
            const bool serving = person.startedOn.isValid() && person.startedOn <= days->last()
                              && (!person.endedOn.isValid() || person.endedOn >= days->first());
            const QString key = keyOf(person.gridCode, person.name, week);
            if (!serving || seen.contains(key))
                continue;
            KpiWorkerWeek w = logged.value(key);
            w.gridCode = person.gridCode;
            w.worker = person.name.trimmed();
            w.isoWeek = week;
            w.met = w.entries() >= expectedPerWeek;
            if (!ended && !w.met)
                continue;
            seen.insert(key);
            out << w;
        }
    }
    std::sort(out.begin(), out.end(), [](const KpiWorkerWeek &a, const KpiWorkerWeek &b) {
        return std::tie(a.gridCode, a.isoWeek, a.worker) < std::tie(b.gridCode, b.isoWeek, b.worker);
    });
    return out;
}

} // namespace griddesk::kpiworklog
