#include "Kpi.h"

#include <QCoreApplication>
#include <QLocale>

namespace griddesk::kpi {

const QVector<Kpi> &all()
{
    static const QVector<Kpi> list{Kpi::IncidenceRate,        Kpi::ClosureRate,         Kpi::OnTimeClosureRate,
                                   Kpi::ReworkRate,           Kpi::FirstTimeFixRate,    Kpi::SatisfactionRate,
                                   Kpi::ScreeningCoverage,    Kpi::WorkLogCompliance,   Kpi::WorkLogEntries,
                                   Kpi::OverdueCount,         Kpi::SupervisedCount,
                                   Kpi::EscalatedToCommunity, Kpi::EscalatedToTownship, Kpi::EscalatedToDistrict};
    return list;
}

QString code(Kpi k)
{
    switch (k) {
    case Kpi::IncidenceRate: return QStringLiteral("incidence_rate");
    case Kpi::ClosureRate: return QStringLiteral("closure_rate");
    case Kpi::OnTimeClosureRate: return QStringLiteral("on_time_closure_rate");
    case Kpi::ReworkRate: return QStringLiteral("rework_rate");
    case Kpi::FirstTimeFixRate: return QStringLiteral("first_time_fix_rate");
    case Kpi::SatisfactionRate: return QStringLiteral("satisfaction_rate");
    case Kpi::ScreeningCoverage: return QStringLiteral("screening_coverage");
    case Kpi::OverdueCount: return QStringLiteral("overdue");
    case Kpi::SupervisedCount: return QStringLiteral("supervised");
    case Kpi::EscalatedToCommunity: return QStringLiteral("escalated_to_community");
    case Kpi::EscalatedToTownship: return QStringLiteral("escalated_to_township");
    case Kpi::EscalatedToDistrict: return QStringLiteral("escalated_to_district");
    case Kpi::WorkLogCompliance: return QStringLiteral("work_log_compliance");
    case Kpi::WorkLogEntries: return QStringLiteral("work_log_entries");
    }
    return {};
}

bool fromCode(const QString &text, Kpi *k)
{
    for (Kpi candidate : all()) {
        if (code(candidate) == text) {
            *k = candidate;
            return true;
        }
    }
    return false;
}

KpiKind kind(Kpi k)
{
    switch (k) {
    case Kpi::IncidenceRate: return KpiKind::PerThousand;
    case Kpi::OverdueCount:
    case Kpi::SupervisedCount:
    case Kpi::EscalatedToCommunity:
    case Kpi::EscalatedToTownship:
    case Kpi::EscalatedToDistrict: return KpiKind::Count;
    case Kpi::WorkLogEntries: return KpiKind::PerWorkerWeek;
    default: return KpiKind::Percent;
    }
}

bool higherIsBetter(Kpi k)
{
    switch (k) {
    case Kpi::ClosureRate:
    case Kpi::OnTimeClosureRate:
    case Kpi::FirstTimeFixRate:
    case Kpi::SatisfactionRate:
    case Kpi::ScreeningCoverage:
    case Kpi::WorkLogCompliance:
    case Kpi::WorkLogEntries: return true;
    default: return false;
    }
}

bool isRatio(Kpi k)
{
    return kind(k) != KpiKind::Count;
}

KpiBasis basis(Kpi k)
{
    switch (k) {
    case Kpi::ScreeningCoverage: return KpiBasis::GridWeeks;
    case Kpi::WorkLogCompliance:
    case Kpi::WorkLogEntries: return KpiBasis::WorkerWeeks;
    default: return KpiBasis::Cases;
    }
}

QString name(Kpi k)
{
    switch (k) {
    case Kpi::IncidenceRate: return QCoreApplication::translate("Kpi", "Incidence rate");
    case Kpi::ClosureRate: return QCoreApplication::translate("Kpi", "Closure rate");
    case Kpi::OnTimeClosureRate: return QCoreApplication::translate("Kpi", "On-time closure rate");
    case Kpi::ReworkRate: return QCoreApplication::translate("Kpi", "Rework rate");
    case Kpi::FirstTimeFixRate: return QCoreApplication::translate("Kpi", "First-time fix rate");
    case Kpi::SatisfactionRate: return QCoreApplication::translate("Kpi", "Public satisfaction");
    case Kpi::ScreeningCoverage: return QCoreApplication::translate("Kpi", "Screening coverage");
    case Kpi::OverdueCount: return QCoreApplication::translate("Kpi", "Overdue cases");
    case Kpi::SupervisedCount: return QCoreApplication::translate("Kpi", "Supervised cases");
    case Kpi::EscalatedToCommunity: return QCoreApplication::translate("Kpi", "Escalated to community");
    case Kpi::EscalatedToTownship: return QCoreApplication::translate("Kpi", "Escalated to township");
    case Kpi::EscalatedToDistrict: return QCoreApplication::translate("Kpi", "Escalated to district");
    case Kpi::WorkLogCompliance: return QCoreApplication::translate("Kpi", "Work-log compliance");
    case Kpi::WorkLogEntries: return QCoreApplication::translate("Kpi", "Work-log entries per worker-week");
    }
    return {};
}

QString numeratorName(Kpi k)
{
    switch (k) {
    case Kpi::IncidenceRate: return QCoreApplication::translate("Kpi", "Cases reported in the period");
    case Kpi::ClosureRate: return QCoreApplication::translate("Kpi", "Of those, closed by the period's end");
    case Kpi::OnTimeClosureRate: return QCoreApplication::translate("Kpi", "Of those, closed by their due time");
    case Kpi::ReworkRate: return QCoreApplication::translate("Kpi", "Of those, sent back for rework in the period");
    case Kpi::FirstTimeFixRate: return QCoreApplication::translate("Kpi", "Of those, closed without any rework");
    case Kpi::SatisfactionRate: return QCoreApplication::translate("Kpi", "Of those, satisfied or basically satisfied");
    case Kpi::ScreeningCoverage: return QCoreApplication::translate("Kpi", "Grid-weeks with a screening visit");
    case Kpi::OverdueCount: return QCoreApplication::translate("Kpi", "Cases due in the period and not closed by their due time");
    case Kpi::SupervisedCount: return QCoreApplication::translate("Kpi", "Cases put under supervision in the period");
    case Kpi::EscalatedToCommunity: return QCoreApplication::translate("Kpi", "Cases escalated to the community in the period");
    case Kpi::EscalatedToTownship: return QCoreApplication::translate("Kpi", "Cases escalated to the township in the period");
    case Kpi::EscalatedToDistrict: return QCoreApplication::translate("Kpi", "Cases escalated to the district in the period");
    case Kpi::WorkLogCompliance: return QCoreApplication::translate("Kpi", "Worker-weeks with the expected work-log entries");
    case Kpi::WorkLogEntries: return QCoreApplication::translate("Kpi", "Work-log entries (visits, services, legal education)");
    }
    return {};
}

QString denominatorName(Kpi k)
{
    switch (k) {
    case Kpi::IncidenceRate: return QCoreApplication::translate("Kpi", "Residents (per 1,000)");
    case Kpi::ClosureRate:
    case Kpi::OnTimeClosureRate: return QCoreApplication::translate("Kpi", "Cases due in the period");
    case Kpi::ReworkRate: return QCoreApplication::translate("Kpi", "Cases replied in the period");
    case Kpi::FirstTimeFixRate: return QCoreApplication::translate("Kpi", "Cases closed in the period");
    case Kpi::SatisfactionRate: return QCoreApplication::translate("Kpi", "Cases closed in the period and evaluated");
    case Kpi::ScreeningCoverage: return QCoreApplication::translate("Kpi", "Grids × ISO weeks of the period");
    case Kpi::WorkLogCompliance:
    case Kpi::WorkLogEntries: return QCoreApplication::translate("Kpi", "Grid workers × ISO weeks served in the period");
    default: return {};
    }
}

QString formula(Kpi k)
{
    if (!isRatio(k))
        return numeratorName(k);
    if (k == Kpi::IncidenceRate)
        return QCoreApplication::translate("Kpi", "Cases reported ÷ residents × 1,000");
    return QCoreApplication::translate("Kpi", "%1 ÷ %2").arg(numeratorName(k), denominatorName(k));
}

QString rules(Kpi k)
{
    switch (k) {
    case Kpi::IncidenceRate:
        return QCoreApplication::translate("Kpi", "Rejected reports and duplicates merged into another case are not counted. A unit without a "
                  "population figure has no rate.");
    case Kpi::ClosureRate:
        return QCoreApplication::translate("Kpi", "A case is due in the period when its deadline falls in it; in the running period only deadlines "
                  "already passed, or cases already closed, count. Cases still open count as not closed. A reworked "
                  "case counts once, by its final closure. Rejected and merged cases are not counted.");
    case Kpi::OnTimeClosureRate:
        return QCoreApplication::translate("Kpi", "The due time is each case's own deadline from the working-day calendar. Cases still open, and "
                  "cases closed after their deadline, count as not on time. Rejected and merged cases are not "
                  "counted.");
    case Kpi::ReworkRate:
        return QCoreApplication::translate("Kpi", "A case replied several times in the period counts once; it counts as reworked when it was sent "
                  "back at least once in the period.");
    case Kpi::FirstTimeFixRate:
        return QCoreApplication::translate("Kpi", "A case closed in the period counts as fixed the first time when it was never sent back for "
                  "rework. Merged duplicates are not counted.");
    case Kpi::SatisfactionRate:
        return QCoreApplication::translate("Kpi", "Only cases closed in the period and evaluated count; the number of evaluations is shown beside "
                  "the rate. Unevaluated cases are left out.");
    case Kpi::ScreeningCoverage:
        return QCoreApplication::translate("Kpi", "Each ISO week whose Thursday falls in the period counts; a grid counts as screened in a week "
                  "with at least one screening visit.");
    case Kpi::OverdueCount:
        return QCoreApplication::translate("Kpi", "Cases due in the period whose deadline has passed and that were not closed by it, whether "
                  "still open or closed late.");
    case Kpi::SupervisedCount:
        return QCoreApplication::translate("Kpi", "Cases put under supervision in the period, by a person or by the time-limit monitor.");
    case Kpi::EscalatedToCommunity:
    case Kpi::EscalatedToTownship:
    case Kpi::EscalatedToDistrict:
        return QCoreApplication::translate("Kpi", "Each escalation raises a case one level; a case escalated twice in the period counts once at "
                  "each level it reached.");
    case Kpi::WorkLogCompliance:
        return QCoreApplication::translate("Kpi", "Each person of the grid staff register counts in each ISO week of the period (its Thursday in the "
                  "period) they served their grid. A worker-week meets the standard with at least the centre's expected "
                  "number of work-log entries (home visits, services and legal-education sessions; patrols and "
                  "mediations are not counted) logged under the worker's name in that grid. A week counts once it "
                  "has ended, or earlier once the standard is met.");
    case Kpi::WorkLogEntries:
        return QCoreApplication::translate("Kpi", "The home visits, services and legal-education sessions logged by the grid staff in the weeks they "
                  "served, divided by those worker-weeks. A week counts once it has ended, or earlier once the "
                  "worker has logged the expected number.");
    }
    return {};
}

QString unitSuffix(Kpi k)
{
    switch (kind(k)) {
    case KpiKind::Percent: return QStringLiteral("%");
    case KpiKind::PerThousand: return QCoreApplication::translate("Kpi", "per 1,000");
    case KpiKind::Count: return QString();
    case KpiKind::PerWorkerWeek: return QCoreApplication::translate("Kpi", "per worker-week");
    }
    return {};
}

QString formatValue(Kpi k, double value)
{
    const QLocale c = QLocale::c();
    switch (kind(k)) {
    case KpiKind::Percent: return c.toString(value, 'f', 1) + QStringLiteral("%");
    case KpiKind::PerThousand: return c.toString(value, 'f', 2);
    case KpiKind::Count: return c.toString(qRound64(value));
    case KpiKind::PerWorkerWeek: return c.toString(value, 'f', 1);
    }
    return {};
}

} // namespace griddesk::kpi
