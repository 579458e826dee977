#include "DemoHistory.h"
#include "DemoIncidents.h"
#include "GpkgStore.h"
#include "IncidentState.h"
#include "StoreError.h"

#include <QFile>
#include <QHash>

#include <algorithm>
#include <functional>
#include <random>

namespace griddesk::demo {

namespace {

constexpr int kWindowDays = 90; // the demo generator's span

// Adds `count` cases kept by `keep`, drawn by the demo's generator in 90-day
// windows that end `fromDays`, then 90, 180... days more before the newest
// report, until `toDays`. The cases get numbers of their own day under
// `prefix`, apart from the demo's.
int addCases(Store &store, int count, int fromDays, int toDays, unsigned seed, QChar prefix,
             const std::function<bool(const IncidentRecord &)> &keep)
{
    const QVector<AdminUnit> communities = store.adminUnits(int(AdminLevel::Community));
    const QVector<AdminUnit> grids = store.adminUnits(int(AdminLevel::Grid));
    const WorkingCalendar calendar = store.calendar();
    IncidentQuery newest;
    newest.limit = 1;
    const QDateTime end = store.incidents(newest).value(0).reportedAt;
    std::mt19937 rng(seed);
    const int windows = std::max(1, (toDays - fromDays + kWindowDays - 1) / kWindowDays);
    const int perWindow = (count + windows - 1) / windows;
    QHash<QString, int> perDay;
    int added = 0;
    for (int w = 0; w < windows && added < count; ++w) {
        const QDateTime windowEnd = end.addDays(-fromDays - kWindowDays * w);
        QVector<IncidentRecord> batch;
        int drawn = 0;
        while (batch.size() < perWindow && added + batch.size() < count) {
            for (IncidentRecord &r : buildIncidents(communities, grids, perWindow / 2 + 16, windowEnd, calendar, rng)) {
                ++drawn;
                if (!keep(r) || batch.size() >= perWindow || added + batch.size() >= count)
                    continue;
                const QString day = r.incident.reportedAt.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyyMMdd"));
                r.incident.code = QStringLiteral("%1%2-%3").arg(prefix).arg(day).arg(5000 + ++perDay[day], 4, 10, QLatin1Char('0'));
                batch.push_back(r);
            }
            if (batch.isEmpty() && drawn > 100 * (perWindow + 16))
                throw StoreError(StoreError::Kind::Invalid,
                                 QStringLiteral("the demo's generator gives no case of the kind asked for"));
        }
        store.importIncidents(batch);
        added += batch.size();
    }
    return added;
}

} // namespace

int addClosedHistory(const QString &demoPath, const QString &targetPath, int count, unsigned seed)
{
    QFile::remove(targetPath);
    if (!QFile::copy(demoPath, targetPath))
        throw StoreError(StoreError::Kind::Io, QStringLiteral("cannot copy %1 to %2").arg(demoPath, targetPath));
    auto store = GpkgStore::open(targetPath);
    return addClosedHistory(*store, count, 0, seed);
}

int addClosedHistory(Store &store, int count, int afterDays, unsigned seed)
{
    return addCases(store, count, afterDays, afterDays + 5 * 365, seed, QLatin1Char('E'),
                    [](const IncidentRecord &r) { return !incidentstate::isOpen(r.incident.state); });
}

int addOpenBacklog(Store &store, int count, int fromDays, int toDays, unsigned seed)
{
    return addCases(store, count, fromDays, toDays, seed, QLatin1Char('B'),
                    [](const IncidentRecord &r) { return incidentstate::isOpen(r.incident.state); });
}

} // namespace griddesk::demo
