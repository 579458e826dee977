#include "EarlyWarning.h"
#include "DuplicateDetector.h"
#include "GeoDistance.h"
#include "KpiEngine.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace griddesk {

namespace {

bool counted(const KpiCase &c)
{
    return c.state != IncidentState::Rejected && c.state != IncidentState::Merged;
}

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

// A case's cell in a square grid of `cell` metres (equirectangular, which
// is exact enough over a township), for comparing only nearby cases.
QPair<qint64, qint64> cellOf(const GeoPoint &p, double cell)
{
    constexpr double kMetresPerDegree = 111320.0;
    const double x = p.x * kMetresPerDegree * std::cos(p.y * M_PI / 180.0);
    const double y = p.y * kMetresPerDegree;
    return {qint64(std::floor(x / cell)), qint64(std::floor(y / cell))};
}

// The cases' indexes grouped by `close` (a pair test) within each bucket of
// `keyOf`, keeping groups of at least `minSize` with a case reported in the
// period. `close` holds only for cases reported within `windowSecs` of each
// other and, when `withinMetres` is above 0, that close on the ground, so
// only such pairs are compared: a sweep in time order, over neighbouring
// cells of that size.
template<typename KeyOf, typename Close>
QVector<QVector<int>> groupCases(const QVector<KpiCase> &cases, const KpiPeriod &period, const QDateTime &asOf,
                                 int minSize, qint64 windowSecs, double withinMetres, KeyOf keyOf, Close close)
{
    QHash<QString, QVector<int>> buckets;
    for (int i = 0; i < cases.size(); ++i) {
        const KpiCase &c = cases.at(i);
        if (counted(c) && c.reportedAt.isValid() && c.reportedAt <= asOf && c.reportedAt < period.to())
            buckets[keyOf(c)] << i;
    }
    QVector<QVector<int>> out;
    for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
        QVector<int> idx = it.value();
        if (idx.size() < minSize || it.key().isEmpty())
            continue;
        std::sort(idx.begin(), idx.end(), [&](int a, int b) { return cases.at(a).reportedAt < cases.at(b).reportedAt; });
        QVector<qint64> at(idx.size());
        for (int a = 0; a < idx.size(); ++a)
            at[a] = cases.at(idx.at(a)).reportedAt.toSecsSinceEpoch();
        Groups g(idx.size());
        auto compare = [&](int a, int b) {
            if (close(cases.at(idx.at(a)), cases.at(idx.at(b))))
                g.join(a, b);
        };
        if (withinMetres <= 0) {
            for (int a = 0; a < idx.size(); ++a)
                for (int b = a + 1; b < idx.size() && at[b] - at[a] <= windowSecs; ++b)
                    compare(a, b);
        } else {
            // A little over the distance, so that no close pair falls two cells apart.
            const double cell = withinMetres * 1.05;
            QHash<QPair<qint64, qint64>, QVector<int>> cells; // positions, in time order
            for (int b = 0; b < idx.size(); ++b) {
                const QPair<qint64, qint64> c = cellOf(cases.at(idx.at(b)).location, cell);
                for (qint64 dx = -1; dx <= 1; ++dx)
                    for (qint64 dy = -1; dy <= 1; ++dy) {
                        const auto near = cells.constFind({c.first + dx, c.second + dy});
                        if (near == cells.constEnd())
                            continue;
                        for (int k = int(near->size()) - 1; k >= 0 && at[b] - at[near->at(k)] <= windowSecs; --k)
                            compare(near->at(k), b);
                    }
                cells[c] << b;
            }
        }
        QMap<int, QVector<int>> byRoot;
        for (int a = 0; a < idx.size(); ++a)
            byRoot[g.find(a)] << idx.at(a);
        for (const QVector<int> &group : byRoot) {
            const bool current = std::any_of(group.cbegin(), group.cend(),
                                             [&](int i) { return period.contains(cases.at(i).reportedAt); });
            if (group.size() >= minSize && current)
                out << group;
        }
    }
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
    QVector<KpiCase> expanded; // copies keep their case's id
    QHash<QString, QString> written; // normalised → as first written
    for (int i = 0; i < cases.size(); ++i) {
        for (const QString &p : cases.at(i).parties) {
            const QString key = DuplicateDetector::normaliseParty(p);
            if (key.isEmpty())
                continue;
            KpiCase c = cases.at(i);
            c.parties = QStringList{key};
            expanded << c;
            if (!written.contains(key))
                written.insert(key, p.trimmed());
        }
    }
    const qint64 window = qint64(m_settings.repeatWindowDays) * 86400;
    const auto groups = groupCases(expanded, period, asOf, 2, window, 0.0, [](const KpiCase &c) { return c.parties.value(0); },
                                   [&](const KpiCase &a, const KpiCase &b) {
                                       return std::abs(a.reportedAt.secsTo(b.reportedAt)) <= window;
                                   });
    QVector<KpiWarning> out;
    for (const QVector<int> &g : groups) {
        KpiWarning w = warningFor(KpiWarning::Kind::RepeatParties, expanded, g);
        w.party = written.value(expanded.at(g.first()).parties.value(0));
        out << w;
    }
    newestFirst(out);
    return out;
}

QVector<KpiWarning> EarlyWarning::repeatPlaces(const QVector<KpiCase> &cases, const KpiPeriod &period,
                                               const QDateTime &asOf) const
{
    const qint64 window = qint64(m_settings.repeatWindowDays) * 86400;
    const double metres = m_settings.repeatMetres;
    const auto groups = groupCases(cases, period, asOf, 2, window, metres, [](const KpiCase &c) { return c.categoryCode; },
                                   [&](const KpiCase &a, const KpiCase &b) {
                                       return std::abs(a.reportedAt.secsTo(b.reportedAt)) <= window
                                           && geodistance::metres(a.location, b.location) <= metres;
                                   });
    QVector<KpiWarning> out;
    for (const QVector<int> &g : groups) {
        KpiWarning w = warningFor(KpiWarning::Kind::RepeatPlace, cases, g);
        w.metres = metres;
        out << w;
    }
    newestFirst(out);
    return out;
}

QVector<KpiWarning> EarlyWarning::clusters(const QVector<KpiCase> &cases, const KpiPeriod &period,
                                           const QDateTime &asOf) const
{
    const qint64 window = qint64(m_settings.clusterDays) * 86400;
    const double metres = m_settings.clusterMetres;
    const auto groups = groupCases(cases, period, asOf, m_settings.clusterMinCases, window, metres,
                                   [](const KpiCase &c) { return c.categoryCode; },
                                   [&](const KpiCase &a, const KpiCase &b) {
                                       return std::abs(a.reportedAt.secsTo(b.reportedAt)) <= window
                                           && geodistance::metres(a.location, b.location) <= metres;
                                   });
    QVector<KpiWarning> out;
    for (const QVector<int> &g : groups) {
        KpiWarning w = warningFor(KpiWarning::Kind::Cluster, cases, g);
        w.metres = metres;
        out << w;
    }
    newestFirst(out);
    return out;
}

} // namespace griddesk
