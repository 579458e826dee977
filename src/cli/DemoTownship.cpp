#include "DemoTownship.h"
#include "DemoCameras.h"
#include "DemoIncidents.h"
#include "DemoNames.h"
#include "DemoRegisters.h"
#include "DemoStaff.h"
#include "DemoTiling.h"
#include "DivisionCode.h"
#include "GaussKruger.h"
#include "GpkgStore.h"
#include "ScreeningVisit.h"
#include "ProjTransform.h"
#include "StoreError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <random>

namespace griddesk::demo {

namespace {

QVector<AdminUnit> buildUnits(const TownshipNames &names, const DemoOptions &o)
{
    const int epsg = gausskruger::epsgForZone(gausskruger::zoneForLongitude(names.centerLon));
    ProjTransform toGk(4490, epsg);
    ProjTransform toGeo(epsg, 4490);
    TilingOptions t;
    t.center = toGk.forward({names.centerLon, names.centerLat});
    t.communities = names.communities.size();
    t.gridsPerCommunity = o.gridsPerCommunity;
    t.seed = o.seed;
    const Tiling tiling = buildTiling(t);
    // Residents per grid, from a generator of their own so that the rest of
    // the demo stays as it was; a community and the township count the sums.
    std::mt19937 people(o.seed ^ 0x5eedu);
    std::uniform_int_distribution<int> residents(600, 3000);

    QVector<AdminUnit> units;
    AdminUnit district;
    district.code = names.district.code;
    district.name = names.district.name;
    district.shortName = names.district.name;
    district.level = AdminLevel::District;
    units.push_back(district);

    AdminUnit township;
    township.code = names.township.code;
    township.parentCode = names.district.code;
    township.name = names.township.name;
    township.shortName = names.township.name;
    township.level = AdminLevel::Township;
    township.geometry = toGeo.forward(tiling.township);
    units.push_back(township);
    const int townshipAt = units.size() - 1;

    for (int c = 0; c < names.communities.size(); ++c) {
        AdminUnit community;
        community.code = names.communities[c].code;
        community.parentCode = names.township.code;
        community.name = names.communities[c].name;
        community.shortName = shortCommunityName(community.name);
        community.level = AdminLevel::Community;
        community.geometry = toGeo.forward(tiling.communities[c]);
        units.push_back(community);
        const int communityAt = units.size() - 1;
        for (int g = 0; g < tiling.grids[c].size(); ++g) {
            AdminUnit grid;
            grid.code = divisioncode::gridCode(community.code, g + 1);
            grid.parentCode = community.code;
            grid.name = QStringLiteral("%1第%2网格").arg(community.shortName).arg(g + 1);
            grid.shortName = QStringLiteral("%1%2").arg(community.shortName.left(2)).arg(g + 1);
            grid.level = AdminLevel::Grid;
            grid.geometry = toGeo.forward(tiling.grids[c][g]);
            grid.population = residents(people);
            units[communityAt].population += grid.population;
            units[townshipAt].population += grid.population;
            units.push_back(grid);
        }
    }
    return units;
}

const QStringList kWalCompanions = {QStringLiteral("-wal"), QStringLiteral("-shm")};

void removeWithCompanions(const QString &path)
{
    QFile::remove(path);
    for (const QString &suffix : kWalCompanions)
        QFile::remove(path + suffix);
}

QVector<AdminUnit> ofLevel(const QVector<AdminUnit> &units, AdminLevel level)
{
    QVector<AdminUnit> out;
    for (const AdminUnit &u : units)
        if (u.level == level)
            out.push_back(u);
    return out;
}

} // namespace

DemoSummary createDemoDatabase(const QString &path, const DemoOptions &options)
{
    const QFileInfo target(path);
    if (!QDir().mkpath(target.absolutePath()))
        throw StoreError(StoreError::Kind::Io, QStringLiteral("cannot create folder %1").arg(target.absolutePath()));
    // Build into a temporary file and rename at the end: a crash or error
    // never leaves a half-written database under the real name.
    const QString temp = target.absoluteFilePath() + QStringLiteral(".partial");
    removeWithCompanions(temp);

    DemoSummary summary;
    try {
        const TownshipNames &names = shijiuSubdistrict();
        const QDateTime now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
        std::mt19937 rng(options.seed);
        const QVector<AdminUnit> units = buildUnits(names, options);
        const QVector<AdminUnit> communities = ofLevel(units, AdminLevel::Community);
        const QVector<AdminUnit> grids = ofLevel(units, AdminLevel::Grid);
        const AdminUnit township = ofLevel(units, AdminLevel::Township).first();
        {
            std::unique_ptr<Store> store = GpkgStore::create(temp);
            store->addAdminUnits(units);
            store->addCameras(buildCameras(township, communities, grids, options.cameras, rng));
            const QVector<IncidentRecord> incidents =
                buildIncidents(communities, grids, options.incidents, now, store->calendar(), rng);
            store->importIncidents(incidents);
            // Weekly screening: every grid last week, about seven in ten so far this week.
            const QStringList findings = {QStringLiteral("走访住户，未发现矛盾纠纷"), QStringLiteral("检查出租房屋和沿街商铺，无异常"),
                                          QStringLiteral("排查楼道消防通道，已督促清理杂物"), QStringLiteral("走访重点人员，情况稳定")};
            std::uniform_real_distribution<double> u(0.0, 1.0);
            const QDate today = now.toOffsetFromUtc(8 * 3600).date();
            const QDateTime thisMonday = QDateTime(today.addDays(1 - today.dayOfWeek()), QTime(0, 0), Qt::OffsetFromUTC, 8 * 3600);
            for (const AdminUnit &g : grids) {
                ScreeningVisit v;
                v.gridCode = g.code;
                v.worker = QStringLiteral("网格员 %1").arg(g.shortName);
                v.findings = findings[int(u(rng) * findings.size()) % findings.size()];
                v.visitedAt = thisMonday.addDays(-7).addSecs(qint64(u(rng) * 4.5 * 86400) + 9 * 3600).toUTC();
                store->addScreeningVisit(v);
                const qint64 sinceMonday = thisMonday.secsTo(now);
                if (sinceMonday > 3600 && u(rng) < 0.7) {
                    v.visitedAt = thisMonday.addSecs(qint64(u(rng) * (sinceMonday - 60))).toUTC();
                    v.findings = findings[int(u(rng) * findings.size()) % findings.size()];
                    store->addScreeningVisit(v);
                }
            }
            // Grid staff, from a generator of their own so that the rest of the demo stays as it was.
            std::mt19937 staffRng(options.seed ^ 0x57affu);
            const DemoStaff staff = buildStaff(grids, today, staffRng);
            for (int i = 0; i < staff.staff.size(); ++i) {
                const StaffMember added = store->addStaffMember(staff.staff[i]);
                if (staff.retired.contains(i))
                    store->retireStaffMember(added.id, staff.staff[i].endedOn);
                summary.staff += staff.staff[i].active ? 1 : 0;
            }
            // The registers, from a generator of their own as well.
            std::mt19937 registerRng(options.seed ^ 0x4e9157u);
            summary.registers = addDemoRegisters(*store, grids, staff.staff, today, registerRng);
            summary.communities = communities.size();
            summary.grids = grids.size();
            summary.cameras = options.cameras;
            summary.incidents = incidents.size();
            for (const IncidentRecord &r : incidents)
                summary.openIncidents += incidentstate::isOpen(r.incident.state) ? 1 : 0;
        } // closing the last connection checkpoints and removes the WAL
        removeWithCompanions(target.absoluteFilePath());
        // The database first; its (checkpointed, empty) WAL companions follow so
        // that read-only readers find them.
        if (!QFile::rename(temp, target.absoluteFilePath()))
            throw StoreError(StoreError::Kind::Io, QStringLiteral("cannot move %1 to %2").arg(temp, path));
        for (const QString &suffix : kWalCompanions)
            QFile::rename(temp + suffix, target.absoluteFilePath() + suffix);
    } catch (...) {
        removeWithCompanions(temp);
        throw;
    }
    return summary;
}

} // namespace griddesk::demo
