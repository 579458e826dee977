#include "KpiEngine.h"

#include <algorithm>

namespace griddesk {

namespace {

int slot(Kpi k)
{
    return int(k);
}

bool seen(const QDateTime &at, const KpiPeriod &p, const QDateTime &asOf)
{
    return p.contains(at) && at <= asOf;
}

bool hasEvent(const KpiCase &c, IncidentAction a, const KpiPeriod &p, const QDateTime &asOf)
{
    return std::any_of(c.events.cbegin(), c.events.cend(),
                       [&](const KpiEvent &e) { return e.action == a && seen(e.at, p, asOf); });
}

bool everReworked(const KpiCase &c)
{
    return c.reworkCount > 0 || std::any_of(c.events.cbegin(), c.events.cend(),
                                            [](const KpiEvent &e) { return e.action == IncidentAction::Rework; });
}

// Due in the period: the deadline falls in it, and (in the running period)
// has passed or the case is already closed.
bool dueIn(const KpiCase &c, const KpiPeriod &p, const QDateTime &asOf)
{
    if (!c.counts() || !c.deadlineAt.isValid() || !p.contains(c.deadlineAt))
        return false;
    return c.deadlineAt <= asOf || (c.closedAt.isValid() && c.closedAt <= asOf);
}

bool closedIn(const KpiCase &c, const KpiPeriod &p, const QDateTime &asOf)
{
    return c.state == IncidentState::Closed && c.closedAt.isValid() && seen(c.closedAt, p, asOf);
}

bool evaluated(const KpiCase &c)
{
    return c.satisfaction == QLatin1String("satisfied") || c.satisfaction == QLatin1String("basically_satisfied")
        || c.satisfaction == QLatin1String("dissatisfied");
}

// How many levels above the grid an escalation KPI stands for.
int escalationHeight(Kpi k)
{
    switch (k) {
    case Kpi::EscalatedToCommunity: return 1;
    case Kpi::EscalatedToTownship: return 2;
    case Kpi::EscalatedToDistrict: return 3;
    default: return 0;
    }
}

// Whether the escalation that took the case `height` levels above the grid
// happened in the period. Escalation is the only thing that raises a case,
// one level at a time, so the case's level now and its escalations in time
// order give each one's target level.
bool escalatedIn(const KpiCase &c, int height, const KpiPeriod &p, const QDateTime &asOf)
{
    QVector<QDateTime> times;
    for (const KpiEvent &e : c.events)
        if (e.action == IncidentAction::Escalate)
            times << e.at;
    if (times.isEmpty())
        return false;
    const int heightNow = int(AdminLevel::Grid) - int(c.level);
    const int startHeight = heightNow - int(times.size());
    const int index = height - startHeight - 1; // which escalation reached `height`
    return index >= 0 && index < times.size() && seen(times.at(index), p, asOf);
}

double ratio(qint64 numerator, qint64 denominator, double scale)
{
    return double(numerator) * scale / double(denominator);
}

} // namespace

KpiFigure KpiTable::figure(const QString &unitCode, Kpi k) const
{
    const auto it = m_rows.constFind(unitCode);
    if (it == m_rows.cend())
        return {};
    return it->at(slot(k));
}

KpiEngine::KpiEngine(QVector<KpiUnit> units, KpiSettings settings)
    : m_units(std::move(units))
    , m_settings(settings)
{
    for (int i = 0; i < m_units.size(); ++i)
        m_index.insert(m_units.at(i).code, i);
    // Each grid counts for itself and for every division unit above it.
    for (const KpiUnit &u : m_units) {
        if (u.department || u.level != AdminLevel::Grid)
            continue;
        QString code = u.code;
        QSet<QString> visited;
        while (!code.isEmpty() && !visited.contains(code)) {
            visited.insert(code);
            m_gridsUnder[code] << u.code;
            const KpiUnit *current = unit(code);
            if (current && current->level == AdminLevel::District)
                m_districtsOf[u.code] << code;
            code = current ? current->parentCode : QString();
        }
    }
}

QVector<KpiUnit> KpiEngine::unitsAt(AdminLevel level) const
{
    QVector<KpiUnit> out;
    for (const KpiUnit &u : m_units)
        if (!u.department && u.level == level)
            out << u;
    return out;
}

QVector<KpiUnit> KpiEngine::departments() const
{
    QVector<KpiUnit> out;
    for (const KpiUnit &u : m_units)
        if (u.department)
            out << u;
    return out;
}

const KpiUnit *KpiEngine::unit(const QString &code) const
{
    const auto it = m_index.constFind(code);
    return it == m_index.cend() ? nullptr : &m_units.at(*it);
}

QStringList KpiEngine::gridsUnder(const QString &unitCode) const
{
    return m_gridsUnder.value(unitCode);
}

bool KpiEngine::belongs(const KpiCase &c, const QString &unitCode) const
{
    const KpiUnit *u = unit(unitCode);
    if (!u)
        return false;
    if (u->department)
        return c.leadDepartment == unitCode;
    switch (u->level) {
    case AdminLevel::Grid: return c.gridCode == unitCode;
    case AdminLevel::Community: return c.communityCode == unitCode;
    case AdminLevel::Township: return c.townshipCode == unitCode;
    case AdminLevel::District: {
        const auto districts = m_districtsOf.constFind(c.gridCode); // no copy of the list per case
        return districts != m_districtsOf.cend() && districts->contains(unitCode);
    }
    }
    return false;
}

bool KpiEngine::inDenominator(Kpi k, const KpiCase &c, const KpiPeriod &p, const QDateTime &asOf)
{
    switch (k) {
    case Kpi::ClosureRate:
    case Kpi::OnTimeClosureRate: return dueIn(c, p, asOf);
    case Kpi::ReworkRate: return c.counts() && hasEvent(c, IncidentAction::Reply, p, asOf);
    case Kpi::FirstTimeFixRate: return closedIn(c, p, asOf);
    case Kpi::SatisfactionRate: return closedIn(c, p, asOf) && evaluated(c);
    default: return false;
    }
}

bool KpiEngine::inNumerator(Kpi k, const KpiCase &c, const KpiPeriod &p, const QDateTime &asOf)
{
    switch (k) {
    case Kpi::IncidenceRate: return c.counts() && seen(c.reportedAt, p, asOf);
    case Kpi::ClosureRate:
        return dueIn(c, p, asOf) && c.closedAt.isValid() && c.closedAt < p.to() && c.closedAt <= asOf;
    case Kpi::OnTimeClosureRate:
        return dueIn(c, p, asOf) && c.closedAt.isValid() && c.closedAt <= c.deadlineAt && c.closedAt <= asOf;
    case Kpi::ReworkRate: return inDenominator(k, c, p, asOf) && hasEvent(c, IncidentAction::Rework, p, asOf);
    case Kpi::FirstTimeFixRate: return closedIn(c, p, asOf) && !everReworked(c);
    case Kpi::SatisfactionRate:
        return closedIn(c, p, asOf)
            && (c.satisfaction == QLatin1String("satisfied") || c.satisfaction == QLatin1String("basically_satisfied"));
    case Kpi::ScreeningCoverage:
    case Kpi::WorkLogCompliance:
    case Kpi::WorkLogEntries: return false; // grid-weeks and worker-weeks, not cases
    case Kpi::OverdueCount:
        return dueIn(c, p, asOf) && c.deadlineAt < asOf && !(c.closedAt.isValid() && c.closedAt <= c.deadlineAt);
    case Kpi::SupervisedCount: return c.counts() && hasEvent(c, IncidentAction::Supervise, p, asOf);
    case Kpi::EscalatedToCommunity:
    case Kpi::EscalatedToTownship:
    case Kpi::EscalatedToDistrict: return c.counts() && escalatedIn(c, escalationHeight(k), p, asOf);
    }
    return false;
}

KpiTable KpiEngine::compute(const QVector<KpiCase> &cases, const KpiActivity &activity, const KpiPeriod &period,
                            const QDateTime &asOf) const
{
    KpiTable table;
    for (const KpiUnit &u : m_units)
        table.row(u.code);
    const QVector<Kpi> &kpis = kpi::all();

    auto addTo = [&](const QString &code, const std::array<bool, KpiTable::kKpis> &num,
                     const std::array<bool, KpiTable::kKpis> &den) {
        if (code.isEmpty() || !table.hasUnit(code))
            return;
        KpiTable::Row &row = table.row(code);
        for (int i = 0; i < KpiTable::kKpis; ++i) {
            row[i].numerator += num[i];
            row[i].denominator += den[i];
        }
    };
    for (const KpiCase &c : cases) {
        std::array<bool, KpiTable::kKpis> num{}, den{};
        bool any = false;
        for (Kpi k : kpis) {
            num[slot(k)] = inNumerator(k, c, period, asOf);
            den[slot(k)] = inDenominator(k, c, period, asOf);
            any = any || num[slot(k)] || den[slot(k)];
        }
        if (!any)
            continue;
        addTo(c.gridCode, num, den);
        addTo(c.communityCode, num, den);
        addTo(c.townshipCode, num, den);
        addTo(c.leadDepartment, num, den);
        // A district counts its grids' cases.
        for (const QString &district : m_districtsOf.value(c.gridCode))
            addTo(district, num, den);
    }

    // Screening coverage: grid-weeks with a visit, over the grids × weeks.
    const QStringList weeks = period.isoWeeks();
    const QSet<QString> weekSet(weeks.cbegin(), weeks.cend());
    QSet<QString> screened; // "grid|week"
    for (const KpiScreening &s : activity.screenings)
        if (weekSet.contains(s.isoWeek))
            screened.insert(s.gridCode + QLatin1Char('|') + s.isoWeek);

    // The work log: worker-weeks per grid, and of those the ones meeting the
    // standard and the entries logged.
    struct GridLog {
        qint64 workerWeeks = 0, met = 0, entries = 0;
    };
    QHash<QString, GridLog> logs;
    for (const KpiWorkerWeek &w : kpiworklog::workerWeeks(activity, period, asOf, m_settings.workLogPerWeek)) {
        GridLog &g = logs[w.gridCode];
        ++g.workerWeeks;
        g.met += w.met;
        g.entries += w.entries();
    }

    for (const KpiUnit &u : m_units) {
        KpiTable::Row &row = table.row(u.code);
        GridLog log;
        if (!u.department)
            for (const QString &g : gridsUnder(u.code)) {
                const GridLog one = logs.value(g);
                log.workerWeeks += one.workerWeeks;
                log.met += one.met;
                log.entries += one.entries;
            }
        for (Kpi k : kpis) {
            KpiFigure &f = row[slot(k)];
            switch (k) {
            case Kpi::IncidenceRate:
                f.denominator = u.population;
                f.sample = f.numerator;
                if (u.population > 0)
                    f.value = ratio(f.numerator, u.population, 1000.0);
                f.sufficient = f.sample >= m_settings.minCases;
                break;
            case Kpi::ScreeningCoverage: {
                if (u.department)
                    break;
                const QStringList grids = gridsUnder(u.code);
                f.denominator = qint64(grids.size()) * weeks.size();
                f.numerator = 0;
                for (const QString &g : grids)
                    for (const QString &w : weeks)
                        f.numerator += screened.contains(g + QLatin1Char('|') + w);
                f.sample = f.denominator;
                if (f.denominator > 0)
                    f.value = ratio(f.numerator, f.denominator, 100.0);
                break;
            }
            case Kpi::WorkLogCompliance:
            case Kpi::WorkLogEntries:
                if (u.department)
                    break;
                f.numerator = k == Kpi::WorkLogCompliance ? log.met : log.entries;
                f.denominator = log.workerWeeks;
                f.sample = f.denominator;
                if (f.denominator > 0)
                    f.value = ratio(f.numerator, f.denominator, k == Kpi::WorkLogCompliance ? 100.0 : 1.0);
                break;
            default:
                if (kpi::isRatio(k)) {
                    f.sample = f.denominator;
                    if (f.denominator > 0)
                        f.value = ratio(f.numerator, f.denominator, 100.0);
                    f.sufficient = f.sample >= m_settings.minCases;
                } else {
                    f.sample = f.numerator;
                    f.value = double(f.numerator);
                }
            }
        }
    }
    return table;
}

KpiMembers KpiEngine::members(Kpi k, const QString &unitCode, const QVector<KpiCase> &cases,
                              const KpiActivity &activity, const KpiPeriod &period, const QDateTime &asOf) const
{
    KpiMembers m;
    if (kpi::basis(k) == KpiBasis::WorkerWeeks) {
        const QStringList grids = gridsUnder(unitCode);
        const QSet<QString> mine(grids.cbegin(), grids.cend());
        for (const KpiWorkerWeek &w : kpiworklog::workerWeeks(activity, period, asOf, m_settings.workLogPerWeek))
            if (mine.contains(w.gridCode))
                m.workerWeeks << w;
        return m;
    }
    if (kpi::basis(k) == KpiBasis::GridWeeks) {
        const QStringList weeks = period.isoWeeks();
        QSet<QString> screened;
        for (const KpiScreening &s : activity.screenings)
            screened.insert(s.gridCode + QLatin1Char('|') + s.isoWeek);
        for (const QString &g : gridsUnder(unitCode)) {
            for (const QString &w : weeks) {
                const QString key = g + QLatin1Char('|') + w;
                m.denominatorGridWeeks << key;
                if (screened.contains(key))
                    m.numeratorGridWeeks << key;
            }
        }
        return m;
    }
    for (const KpiCase &c : cases) {
        if (!belongs(c, unitCode))
            continue;
        if (inNumerator(k, c, period, asOf))
            m.numerator << c.id;
        if (inDenominator(k, c, period, asOf))
            m.denominator << c.id;
    }
    return m;
}

namespace {
template<typename KeyOf>
QMap<QString, QVector<qint64>> reportedBy(const KpiEngine &e, const QString &unitCode, const QVector<KpiCase> &cases,
                                          const KpiPeriod &period, KeyOf keyOf)
{
    QMap<QString, QVector<qint64>> out;
    const QDateTime end = period.to();
    // The period first: most of the cases read (thirteen months) fall
    // outside it, and its test compares times where belonging looks units up.
    for (const KpiCase &c : cases)
        if (KpiEngine::inNumerator(Kpi::IncidenceRate, c, period, end) && e.belongs(c, unitCode))
            out[keyOf(c)] << c.id;
    return out;
}
} // namespace

QMap<QString, QVector<qint64>> KpiEngine::byCategory(const QString &unitCode, const QVector<KpiCase> &cases,
                                                     const KpiPeriod &period) const
{
    return reportedBy(*this, unitCode, cases, period, [](const KpiCase &c) { return c.categoryCode; });
}

QMap<QString, QVector<qint64>> KpiEngine::bySource(const QString &unitCode, const QVector<KpiCase> &cases,
                                                   const KpiPeriod &period) const
{
    return reportedBy(*this, unitCode, cases, period, [](const KpiCase &c) { return incidentsource::code(c.source); });
}

} // namespace griddesk
