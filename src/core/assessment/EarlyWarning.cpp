#include "EarlyWarning.h"
#include "DuplicateDetector.h"
#include "GeoDistance.h"
#include "KpiEngine.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <limits>
#include <cmath>
#include <numeric>

namespace griddesk {

namespace {

// Disjoint sets over indexes, for grouping cases that are pairwise close.
class Groups
{
public:
    explicit Groups(int n) : m_parent(n) { std::iota(m_parent.begin(), m_parent.end(), 0); }
    int find(int i) { return m_parent[i] == i ? i : (m_parent[i] = find(m_parent[i])); }
    void join(int a, int b) { m_parent[find(a)] = find(b); }

private:
    QVector<int> m_parent;
};

constexpr double kMetresPerDegree = 111320.0;

// A case's place on a plane in metres (equirectangular, which is exact
// enough over a township): for finding the nearby cases before measuring.
struct Planar {
    double x = 0;
    double y = 0;
};

Planar planarOf(const GeoPoint &p)
{
    return {p.x * kMetresPerDegree * std::cos(p.y * M_PI / 180.0), p.y * kMetresPerDegree};
}

// A case in one bucket of the grouping (a case naming two parties is in
// two buckets).
struct Keyed {
    int index = 0; // in the cases
    QString key;
};

struct CaseGroup {
    QString key;
    QVector<int> cases; // indexes in the cases, in time order
};

// The cases grouped within each key's bucket by being reported within
// `windowSecs` of each other and, when `withinMetres` is above 0, that close
// on the ground, keeping groups of at least `minSize` with a case reported in
// the period. Only such pairs are compared: a sweep in time order, over
// neighbouring cells of that size.
QVector<CaseGroup> groupCases(const QVector<KpiCase> &cases, const QVector<Keyed> &keyed, const KpiPeriod &period,
                              const QDateTime &asOf, int minSize, qint64 windowSecs, double withinMetres)
{
    const qint64 asOfMs = asOf.toMSecsSinceEpoch();
    const qint64 toMs = period.to().toMSecsSinceEpoch();
    const qint64 fromMs = period.from().toMSecsSinceEpoch();
    const qint64 windowMs = windowSecs * 1000;
    QVector<qint64> ms(cases.size(), std::numeric_limits<qint64>::min()); // min: not counted
    for (int i = 0; i < cases.size(); ++i) {
        const KpiCase &c = cases.at(i);
        if (c.counts() && c.reportedAt.isValid()) {
            const qint64 at = c.reportedAt.toMSecsSinceEpoch();
            if (at <= asOfMs && at < toMs)
                ms[i] = at;
        }
    }
    QHash<QString, QVector<int>> buckets;
    for (const Keyed &k : keyed)
        if (!k.key.isEmpty() && ms.at(k.index) != std::numeric_limits<qint64>::min())
            buckets[k.key] << k.index;
    QVector<CaseGroup> out;
    for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
        QVector<int> idx = it.value();
        if (idx.size() < minSize)
            continue;
        std::sort(idx.begin(), idx.end(), [&](int a, int b) { return ms.at(a) < ms.at(b); });
        Groups g(idx.size());
        if (withinMetres <= 0) {
            for (int a = 0; a < idx.size(); ++a)
                for (int b = a + 1; b < idx.size() && ms.at(idx.at(b)) - ms.at(idx.at(a)) <= windowMs; ++b)
                    g.join(a, b);
        } else {
            // Cells a little over the distance, so that no close pair falls two
            // cells apart; the plane only rules pairs out, the distance on the
            // ellipsoid's mean sphere decides.
            const double cell = withinMetres * 1.05;
            const double nearEnough = withinMetres * 1.01;
            QVector<Planar> at(idx.size());
            for (int a = 0; a < idx.size(); ++a)
                at[a] = planarOf(cases.at(idx.at(a)).location);
            QHash<QPair<qint64, qint64>, QVector<int>> cells; // positions, in time order
            for (int b = 0; b < idx.size(); ++b) {
                const qint64 cx = qint64(std::floor(at.at(b).x / cell));
                const qint64 cy = qint64(std::floor(at.at(b).y / cell));
                const qint64 bMs = ms.at(idx.at(b));
                for (qint64 dx = -1; dx <= 1; ++dx)
                    for (qint64 dy = -1; dy <= 1; ++dy) {
                        const auto near = cells.constFind({cx + dx, cy + dy});
                        if (near == cells.constEnd())
                            continue;
                        for (int k = int(near->size()) - 1; k >= 0; --k) {
                            const int a = near->at(k);
                            if (bMs - ms.at(idx.at(a)) > windowMs)
                                break;
                            if (std::hypot(at.at(a).x - at.at(b).x, at.at(a).y - at.at(b).y) <= nearEnough
                                && geodistance::metres(cases.at(idx.at(a)).location, cases.at(idx.at(b)).location)
                                       <= withinMetres)
                                g.join(a, b);
                        }
                    }
                cells[{cx, cy}] << b;
            }
        }
        QMap<int, QVector<int>> byRoot;
        for (int a = 0; a < idx.size(); ++a)
            byRoot[g.find(a)] << idx.at(a);
        for (const QVector<int> &group : byRoot) {
            const bool current = std::any_of(group.cbegin(), group.cend(),
                                             [&](int i) { return ms.at(i) >= fromMs; });
            if (group.size() >= minSize && current)
                out << CaseGroup{it.key(), group};
        }
    }
    return out;
}

QVector<Keyed> byCategory(const QVector<KpiCase> &cases)
{
    QVector<Keyed> out(cases.size());
    for (int i = 0; i < cases.size(); ++i)
        out[i] = Keyed{i, cases.at(i).categoryCode};
    return out;
}

KpiWarning warningFor(KpiWarning::Kind kind, const QVector<KpiCase> &cases, const QVector<int> &group)
{
    KpiWarning w;
    w.kind = kind;
    double x = 0, y = 0;
    for (int i : group) {
        w.caseIds << cases.at(i).id;
        x += cases.at(i).location.x;
        y += cases.at(i).location.y;
    }
    const KpiCase &first = cases.at(group.first());
    const KpiCase &last = cases.at(group.last());
    w.unitCode = last.gridCode;
    w.latestAt = last.reportedAt;
    w.where = GeoPoint{x / group.size(), y / group.size()};
    w.count = int(group.size());
    w.categoryCode = last.categoryCode;
    w.days = int(std::ceil(first.reportedAt.secsTo(last.reportedAt) / 86400.0));
    return w;
}

void newestFirst(QVector<KpiWarning> &list)
{
    std::stable_sort(list.begin(), list.end(), [](const KpiWarning &a, const KpiWarning &b) { return a.latestAt > b.latestAt; });
}

} // namespace

EarlyWarning::EarlyWarning(const KpiEngine &engine, WarningSettings settings)
    : m_engine(engine)
    , m_settings(settings)
{
}

QVector<KpiWarning> EarlyWarning::find(const QVector<KpiCase> &cases, const KpiPeriod &period, const QDateTime &asOf) const
{
    return rising(cases, period, asOf) + repeatParties(cases, period, asOf) + repeatPlaces(cases, period, asOf)
         + clusters(cases, period, asOf);
}

QVector<KpiWarning> EarlyWarning::rising(const QVector<KpiCase> &cases, const KpiPeriod &period, const QDateTime &asOf) const
{
    const QVector<KpiPeriod> periods = period.trend(m_settings.baselinePeriods + 1);
    // One pass over the cases: each counts in its period, for its grid and
    // its community.
    struct Tally {
        QVector<int> counts;
        QVector<qint64> now;
    };
    QHash<QString, Tally> tallies;
    const QDateTime first = periods.isEmpty() ? QDateTime() : periods.first().from();
    for (const KpiCase &c : cases) {
        if (!c.reportedAt.isValid() || c.reportedAt < first)
            continue;
        for (int p = 0; p < periods.size(); ++p) {
            if (!KpiEngine::inNumerator(Kpi::IncidenceRate, c, periods.at(p), asOf))
                continue;
            for (const QString &code : {c.gridCode, c.communityCode}) {
                Tally &t = tallies[code];
                if (t.counts.isEmpty())
                    t.counts.fill(0, periods.size());
                ++t.counts[p];
                if (p == periods.size() - 1)
                    t.now << c.id;
            }
            break; // the periods do not overlap
        }
    }
    QVector<KpiWarning> out;
    for (AdminLevel level : {AdminLevel::Community, AdminLevel::Grid}) {
        for (const KpiUnit &u : m_engine.unitsAt(level)) {
            const Tally t = tallies.value(u.code, Tally{QVector<int>(periods.size(), 0), {}});
            const QVector<int> &counts = t.counts;
            const QVector<qint64> &now = t.now;
            const int current = counts.last();
            const int n = int(periods.size()) - 1;
            if (n <= 0 || current < m_settings.risingMinCases)
                continue;
            double mean = 0;
            for (int p = 0; p < n; ++p)
                mean += counts.at(p);
            mean /= n;
            double var = 0;
            for (int p = 0; p < n; ++p)
                var += (counts.at(p) - mean) * (counts.at(p) - mean);
            const double sd = std::sqrt(var / n);
            if (current < m_settings.risingFactor * mean || current <= mean + m_settings.risingSigmas * sd)
                continue;
            KpiWarning w;
            w.kind = KpiWarning::Kind::Rising;
            w.unitCode = u.code;
            w.caseIds = now;
            w.count = current;
            w.baseline = mean;
            w.periods = n;
            double x = 0, y = 0;
            const QSet<qint64> nowSet(now.begin(), now.end());
            for (const KpiCase &c : cases) {
                if (nowSet.contains(c.id)) {
                    x += c.location.x;
                    y += c.location.y;
                    if (!w.latestAt.isValid() || c.reportedAt > w.latestAt)
                        w.latestAt = c.reportedAt;
                }
            }
            w.where = GeoPoint{x / current, y / current};
            out << w;
        }
    }
    newestFirst(out);
    return out;
}

QVector<KpiWarning> EarlyWarning::repeatParties(const QVector<KpiCase> &cases, const KpiPeriod &period,
                                                const QDateTime &asOf) const
{
    // One bucket per party: a case naming two parties is in both buckets.
    QVector<Keyed> keyed;
    QHash<QString, QString> written; // normalised → as first written
    for (int i = 0; i < cases.size(); ++i) {
        for (const QString &p : cases.at(i).parties) {
            const QString key = DuplicateDetector::normaliseParty(p);
            if (key.isEmpty())
                continue;
            keyed << Keyed{i, key};
            if (!written.contains(key))
                written.insert(key, p.trimmed());
        }
    }
    const qint64 window = qint64(m_settings.repeatWindowDays) * 86400;
    QVector<KpiWarning> out;
    for (const CaseGroup &g : groupCases(cases, keyed, period, asOf, 2, window, 0.0)) {
        KpiWarning w = warningFor(KpiWarning::Kind::RepeatParties, cases, g.cases);
        w.party = written.value(g.key);
        out << w;
    }
    newestFirst(out);
    return out;
}

QVector<KpiWarning> EarlyWarning::repeatPlaces(const QVector<KpiCase> &cases, const KpiPeriod &period,
                                               const QDateTime &asOf) const
{
    const qint64 window = qint64(m_settings.repeatWindowDays) * 86400;
    QVector<KpiWarning> out;
    for (const CaseGroup &g : groupCases(cases, byCategory(cases), period, asOf, 2, window, m_settings.repeatMetres)) {
        KpiWarning w = warningFor(KpiWarning::Kind::RepeatPlace, cases, g.cases);
        w.metres = m_settings.repeatMetres;
        out << w;
    }
    newestFirst(out);
    return out;
}

QVector<KpiWarning> EarlyWarning::clusters(const QVector<KpiCase> &cases, const KpiPeriod &period,
                                           const QDateTime &asOf) const
{
    const qint64 window = qint64(m_settings.clusterDays) * 86400;
    QVector<KpiWarning> out;
    for (const CaseGroup &g : groupCases(cases, byCategory(cases), period, asOf, m_settings.clusterMinCases, window,
                                         m_settings.clusterMetres)) {
        KpiWarning w = warningFor(KpiWarning::Kind::Cluster, cases, g.cases);
        w.metres = m_settings.clusterMetres;
        out << w;
    }
    newestFirst(out);
    return out;
}

} // namespace griddesk
