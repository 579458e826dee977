#include "BenchData.h"
#include "BenchHouseholds.h"
#include "DemoCameras.h"
#include "GpkgStore.h"
#include "KpiBulkLoad.h"
#include "KpiDistrict.h"
#include "Store.h"
#include "StoreError.h"
#include "TimeLimitMonitor.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cmath>

namespace griddesk::demo {

namespace {

constexpr int kCityCommunities = 1679;
constexpr qint64 kCityCases = 1000000;
constexpr int kCityCameras = 50000;

const QStringList kCompanions = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};

void removeFile(const QString &path)
{
    for (const QString &suffix : kCompanions)
        QFile::remove(path + suffix);
}

// Cameras in every township, in proportion to its grids, each in a grid.
QVector<Camera> cameras(const QVector<AdminUnit> &units, int count, std::mt19937 &rng)
{
    QHash<QString, QString> townshipOf; // community → township
    QVector<AdminUnit> communities;
    QHash<QString, QVector<AdminUnit>> grids; // per township
    int gridCount = 0;
    for (const AdminUnit &u : units)
        if (u.level == AdminLevel::Community) {
            townshipOf.insert(u.code, u.parentCode);
            communities << u;
        }
    for (const AdminUnit &u : units)
        if (u.level == AdminLevel::Grid) {
            grids[townshipOf.value(u.parentCode)] << u;
            ++gridCount;
        }
    QVector<Camera> all;
    int placed = 0, gridsSeen = 0;
    for (const AdminUnit &t : units) {
        if (t.level != AdminLevel::Township || grids.value(t.code).isEmpty())
            continue;
        gridsSeen += grids.value(t.code).size();
        // Rounded on the running total, so that the counts add up exactly.
        const int upTo = int(std::llround(double(count) * gridsSeen / gridCount));
        all << buildCameras(t, communities, grids.value(t.code), upTo - placed, rng);
        placed = upTo;
    }
    // A device ID names its centre by two digits of the township's three, so
    // two townships may share a centre: number the serials per centre.
    QHash<QString, int> serials;
    for (Camera &c : all) {
        const QString head = c.deviceId.left(14);
        c.deviceId = head + QStringLiteral("%1").arg(++serials[head], 6, 10, QLatin1Char('0'));
    }
    return all;
}

qint64 openCases(Store &store)
{
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM incidents WHERE closed_at IS NULL")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace

BenchDataSummary createBenchData(const StoreLocation &target, const BenchDataOptions &o, bool replace,
                                 const std::function<void(const QString &)> &stage)
{
    QElapsedTimer clock;
    clock.start();
    const auto say = [&](const QString &what) {
        if (stage)
            stage(what);
    };
    if (!target.isServer() && QFileInfo::exists(target.path()) && !replace)
        throw StoreError(StoreError::Kind::Invalid,
                         QStringLiteral("%1 already exists; use --force to replace it").arg(target.path()));
    say(QStringLiteral("laying out the divisions"));
    BenchCity city = buildBenchCity(o.city);
    const BenchHouseholdPlan plan = planHouseholds(city.units, o.city.seed ^ 0x40u);
    const double share = double(city.communities) / kCityCommunities;
    const qint64 caseCount = o.incidents >= 0 ? o.incidents : std::llround(kCityCases * share);
    const int cameraCount = o.cameras >= 0 ? o.cameras : int(std::lround(kCityCameras * share));
    const QDateTime now = o.now.isValid() ? o.now.toUTC() : QDateTime::currentDateTimeUtc();
    const bench::KpiDistrict district = bench::KpiDistrict::fromUnits(city.units);

    BenchDataSummary s;
    s.districts = city.districts;
    s.townships = city.townships;
    s.communities = city.communities;
    s.grids = city.grids;
    s.meanGridVertices = city.meanGridVertices;
    s.squareKilometres = city.squareKilometres;

    const QString partial = target.isServer() ? QString() : target.path() + QStringLiteral(".partial");
    try {
        if (!partial.isEmpty())
            removeFile(partial);
        say(QStringLiteral("writing %1 cases with their history and the screening visits").arg(caseCount));
        const bench::LoadedCounts loaded
            = target.isServer() ? bench::loadServer(target.conninfo(), district, int(caseCount), now)
                                : bench::loadGeoPackage(partial, district, int(caseCount), now);
        s.cases = loaded.cases;
        s.history = loaded.history;
        s.screenings = loaded.screenings;
        {
            std::unique_ptr<Store> store
                = target.isServer() ? target.open() : std::unique_ptr<Store>(GpkgStore::open(partial));
            say(QStringLiteral("placing %1 cameras").arg(cameraCount));
            std::mt19937 rng(o.city.seed ^ 0xca3e7a5u);
            const QVector<Camera> placed = cameras(city.units, cameraCount, rng);
            store->addCameras(placed);
            s.cameras = placed.size();
            // As a working centre's data is: the time-limit monitor has
            // supervised and escalated the cases past their limits (else the
            // first console to open would do it for the whole city).
            say(QStringLiteral("running the time-limit monitor"));
            const MonitorResult monitored = TimeLimitMonitor().run(*store, now);
            if (!monitored.errors.isEmpty())
                throw StoreError(StoreError::Kind::Invalid, monitored.errors.first());
            s.openCases = openCases(*store);
            if (o.households) {
                // Beside the new file, on the same disk; for a server, in the temporary folder.
                const QString base = partial.isEmpty() ? QDir::tempPath() : QFileInfo(partial).absolutePath();
                QTemporaryDir folder(base + QStringLiteral("/griddesk-bench-data-XXXXXX"));
                if (!folder.isValid())
                    throw StoreError(StoreError::Kind::Io, QStringLiteral("cannot make a folder for the register files"));
                const BenchHouseholdCounts h = addBenchHouseholds(*store, city.units, plan,
                                                                  now.toOffsetFromUtc(8 * 3600).date(),
                                                                  o.city.seed ^ 0x4e9157u, folder.path(), say);
                s.houses = h.houses;
                s.residents = h.residents;
            }
        } // the last connection checkpoints the file and removes its WAL
        if (!target.isServer()) {
            removeFile(target.path());
            if (!QFile::rename(partial, target.path()))
                throw StoreError(StoreError::Kind::Io, QStringLiteral("cannot move %1 to %2").arg(partial, target.path()));
            for (const QString &suffix : kCompanions.mid(1))
                QFile::rename(partial + suffix, target.path() + suffix);
        }
    } catch (...) {
        if (!partial.isEmpty())
            removeFile(partial);
        throw;
    }
    s.seconds = clock.elapsed() / 1000.0;
    return s;
}

} // namespace griddesk::demo
