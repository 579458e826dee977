#include "KpiBench.h"
#include "BenchMedian.h"
#include "GpkgStore.h"
#include "KpiBulkLoad.h"
#include "KpiDistrict.h"
#include "KpiRawSql.h"
#include "PgStore.h"
#include "ScreeningWeek.h"
#include "StoreError.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>

namespace griddesk::bench {

namespace {

QString msText(double v)
{
    return QString::number(v, 'f', v < 10 ? 1 : 0) + QStringLiteral(" ms");
}

QString pair(const KpiFigure &f)
{
    return QStringLiteral("%1/%2").arg(f.numerator).arg(f.denominator);
}

// One backend and one period: the dashboard's refresh and the raw SQL,
// alternately, the first round only warming caches. Returns the figures
// that differ.
int measure(
    Store &store, const QString &backend, const KpiPeriod &period, const QDateTime &asOf, int runs, QTextStream &out)
{
    const QDateTime weeksFrom = period.weeksFrom(), weeksTo = period.weeksTo();
    const KpiSettings settings = store.assessmentSettings();
    QVector<double> read, total, raw, activityRead;
    KpiTable engineTable, rawTable;
    QVector<KpiUnit> units;
    qint64 cases = 0, events = 0, screenings = 0, workers = 0, logCounts = 0;
    for (int r = 0; r <= runs; ++r) {
        QElapsedTimer t;
        t.start();
        units = store.kpiUnits();
        const QVector<KpiCase> periodCases = store.kpiCases(period.from(), period.to());
        const double casesMs = t.nsecsElapsed() / 1e6;
        // Screenings, grid staff and the work log, as the dashboard reads them.
        const KpiActivity activity = store.kpiActivity(weeksFrom, weeksTo);
        const double readMs = t.nsecsElapsed() / 1e6;
        const KpiEngine engine(units, settings);
        engineTable = engine.compute(periodCases, activity, period, asOf);
        const double totalMs = t.nsecsElapsed() / 1e6;
        QElapsedTimer s;
        s.start();
        rawTable = rawKpiTable(store.database(), store.dialect(), period, asOf, weeksFrom, weeksTo);
        const double rawMs = s.nsecsElapsed() / 1e6;
        if (r == 0)
            continue;
        read << readMs;
        total << totalMs;
        raw << rawMs;
        activityRead << readMs - casesMs;
        cases = periodCases.size();
        events = 0;
        for (const KpiCase &c : periodCases)
            events += c.events.size();
        screenings = activity.screenings.size();
        workers = activity.workers.size();
        logCounts = activity.workLog.size();
    }

    int differ = 0;
    for (const KpiUnit &u : units) {
        for (Kpi k : kpi::all()) {
            const KpiFigure a = engineTable.figure(u.code, k), b = rawTable.figure(u.code, k);
            if (a.numerator == b.numerator && a.denominator == b.denominator)
                continue;
            if (++differ <= 20)
                out << "    MISMATCH " << u.code << ' ' << kpi::code(k) << ": engine " << pair(a) << ", SQL " << pair(b)
                    << "\n";
        }
    }
    const double refresh = median(total), sqlMs = median(raw), ratio = refresh / sqlMs;
    out << QStringLiteral("%1, %2 as of %3: %4 cases with %5 events and %6 grid-weeks screened, %7 units\n")
               .arg(backend, period.key(), asOf.toString(Qt::ISODate))
               .arg(cases)
               .arg(events)
               .arg(screenings)
               .arg(units.size());
    out << QStringLiteral(
        "    dashboard refresh (store read + KpiEngine): median %1 (read %2, engine %3) over %4 runs\n")
               .arg(msText(refresh), msText(median(read)), msText(refresh - median(read)))
               .arg(total.size());
    out << QStringLiteral("    of the read, screenings, grid staff and work log: median %1 (%2 grid staff, %3 work-log "
                          "counts per worker, week and activity)\n")
               .arg(msText(median(activityRead)))
               .arg(workers)
               .arg(logCounts);
    out << QStringLiteral("    raw SQL of the same figures:                median %1\n").arg(msText(sqlMs));
    out << QStringLiteral("    ratio %1x (target <= 1.5x) %2\n")
               .arg(ratio, 0, 'f', 2)
               .arg(ratio <= 1.5 ? QStringLiteral("OK") : QStringLiteral("OVER"));
    if (differ == 0)
        out << QStringLiteral("    figures: all %1 numerators and denominators equal (%2 units x %3 KPIs)\n")
                   .arg(units.size() * kpi::all().size())
                   .arg(units.size())
                   .arg(kpi::all().size());
    else
        out << "    FIGURES DIFFER: " << differ << " of " << units.size() * kpi::all().size()
            << " numerator/denominator pairs (first 20 above)\n";
    // Each township's main figures, when they fit on a screen (a district's).
    const auto townships = std::count_if(units.cbegin(), units.cend(),
                                         [](const KpiUnit &u) { return u.level == AdminLevel::Township && !u.department; });
    for (const KpiUnit &u : units) {
        if (u.level != AdminLevel::Township || u.department || townships > 12)
            continue;
        out << "    " << u.name;
        for (Kpi k : { Kpi::ClosureRate, Kpi::OnTimeClosureRate, Kpi::SatisfactionRate, Kpi::ScreeningCoverage }) {
            const KpiFigure f = engineTable.figure(u.code, k);
            out << "  " << kpi::code(k) << ' ' << (f.value ? kpi::formatValue(k, *f.value) : QStringLiteral("-"))
                << " (engine " << pair(f) << ", SQL " << pair(rawTable.figure(u.code, k)) << ')';
        }
        out << "\n";
    }
    out.flush();
    return differ;
}

int measureBoth(Store &store, const QString &backend, const QDateTime &now, int runs, QTextStream &out)
{
    const KpiPeriod thisMonth = KpiPeriod::containing(KpiPeriod::Kind::Month, KpiPeriod::dayOf(now));
    return measure(store, backend, thisMonth.previous(), now, runs, out)
        + measure(store, backend, thisMonth, now, runs, out);
}

} // namespace

int measureDashboardMonth(Store &store, const QString &backend, const QDateTime &now, int runs, QTextStream &out)
{
    const KpiPeriod thisMonth = KpiPeriod::containing(KpiPeriod::Kind::Month, KpiPeriod::dayOf(now));
    return measure(store, backend, thisMonth.previous(), now, runs, out);
}

int runKpiBench(const KpiBenchOptions &o, QTextStream &out)
{
    QString error;
    const std::optional<KpiDistrict> district = KpiDistrict::load(
        QStringLiteral(GRIDDESK_SHARED_DATA "/rizhao_3711_divisions.csv"), o.districtCode, o.gridsPerCommunity, &error);
    if (!district) {
        out << "assessment benchmark: " << error << "\n";
        return -1;
    }
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    out << "assessment benchmark: " << district->districtName() << ", " << district->count(AdminLevel::Township)
        << " townships, " << district->count(AdminLevel::Community) << " communities, "
        << district->count(AdminLevel::Grid) << " grids; " << o.cases << " cases over five years\n";
    out.flush();
    int differ = 0;
    QTemporaryDir dir;
    const QString path = (o.keepFolder.isEmpty() ? dir.path() : o.keepFolder) + QStringLiteral("/kpi-bench.gpkg");
    try {
        if (!o.reuse) {
            const LoadedCounts n = loadGeoPackage(path, *district, o.cases, now);
            out << QStringLiteral("built the GeoPackage: %1 cases, %2 history rows, %3 screening visits in %4 s\n")
                       .arg(n.cases)
                       .arg(n.history)
                       .arg(n.screenings)
                       .arg(n.seconds, 0, 'f', 1);
            out.flush();
        }
        auto store = GpkgStore::open(path, GpkgStore::Access::ReadOnly);
        differ += measureBoth(*store, QStringLiteral("GeoPackage"), now, o.runs, out);
        if (!o.keepFolder.isEmpty())
            out << "kept " << path << "\n";
    } catch (const StoreError &e) {
        out << "assessment benchmark on a GeoPackage: " << e.message() << "\n";
        ++differ;
    }
    if (!o.serverAdmin.isEmpty()) {
        QString target = o.serverAdmin;
        target.replace(QRegularExpression(QStringLiteral("dbname=\\S+")), QStringLiteral("dbname=griddesk_kpibench"));
        try {
            if (!o.reuse) {
                const LoadedCounts n = loadServer(o.serverAdmin, target, *district, o.cases, now);
                out << QStringLiteral("built the server database: %1 cases, %2 history rows, %3 screening visits in "
                                      "%4 s\n")
                           .arg(n.cases)
                           .arg(n.history)
                           .arg(n.screenings)
                           .arg(n.seconds, 0, 'f', 1);
                out.flush();
            }
            auto store = PgStore::open(target);
            differ += measureBoth(*store, QStringLiteral("PostgreSQL"), now, o.runs, out);
        } catch (const StoreError &e) {
            out << "assessment benchmark on the server: " << e.message() << "\n";
            ++differ;
        }
    }
    return differ;
}

} // namespace griddesk::bench
