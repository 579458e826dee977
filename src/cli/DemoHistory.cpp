#include "DemoHistory.h"
#include "DemoIncidents.h"
#include "GpkgStore.h"
#include "IncidentState.h"
#include "StoreError.h"

#include <QFile>
#include <QHash>

#include <algorithm>
#include <random>

namespace griddesk::demo {

int addClosedHistory(const QString &demoPath, const QString &targetPath, int count, unsigned seed)
{
    QFile::remove(targetPath);
    if (!QFile::copy(demoPath, targetPath))
        throw StoreError(StoreError::Kind::Io, QStringLiteral("cannot copy %1 to %2").arg(demoPath, targetPath));
    auto store = GpkgStore::open(targetPath);
    const QVector<AdminUnit> communities = store->adminUnits(int(AdminLevel::Community));
    const QVector<AdminUnit> grids = store->adminUnits(int(AdminLevel::Grid));
    const WorkingCalendar calendar = store->calendar();
    IncidentQuery newest;
    newest.limit = 1;
    const QDateTime end = store->incidents(newest).value(0).reportedAt;
    std::mt19937 rng(seed);

    // The demo's generator draws 90 days of cases before a moment; walking
    // that moment back over five years spreads them evenly. Only the cases
    // that had ended by then are kept.
    constexpr int kWindows = 5 * 365 / 90;
    const int perWindow = (count + kWindows - 1) / kWindows;
    QHash<QString, int> perDay;
    int added = 0;
    for (int w = 0; w < kWindows && added < count; ++w) {
        const QDateTime windowEnd = end.addDays(-90 * w);
        QVector<IncidentRecord> batch;
        while (batch.size() < perWindow && added + batch.size() < count) {
            for (IncidentRecord &r : demo::buildIncidents(communities, grids, perWindow / 2 + 16, windowEnd, calendar, rng)) {
                if (incidentstate::isOpen(r.incident.state) || batch.size() >= perWindow || added + batch.size() >= count)
                    continue;
                // Case numbers of their own day, after any the demo has.
                const QString day = r.incident.reportedAt.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyyMMdd"));
                r.incident.code = QStringLiteral("E%1-%2").arg(day).arg(5000 + ++perDay[day], 4, 10, QLatin1Char('0'));
                batch.push_back(r);
            }
        }
        store->importIncidents(batch);
        added += batch.size();
    }
    return added;
}

} // namespace griddesk::demo
