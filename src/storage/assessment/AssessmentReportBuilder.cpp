#include "AssessmentReportBuilder.h"
#include "PersonalData.h"

#include <QSet>

#include <algorithm>

namespace griddesk {

namespace {

bool isUnder(const KpiEngine &engine, const KpiUnit &u, const QString &ancestor)
{
    QSet<QString> seen; // a malformed tree must not loop
    for (const KpiUnit *p = engine.unit(u.parentCode); p && !seen.contains(p->code); p = engine.unit(p->parentCode)) {
        if (p->code == ancestor)
            return true;
        seen.insert(p->code);
    }
    return u.parentCode == ancestor;
}

QVector<KpiUnit> reportUnits(const KpiEngine &engine, const KpiUnit &subject)
{
    QVector<KpiUnit> below;
    if (!subject.department) {
        for (const KpiUnit &u : engine.units())
            if (!u.department && u.code != subject.code && isUnder(engine, u, subject.code))
                below << u;
    }
    std::sort(below.begin(), below.end(), [](const KpiUnit &a, const KpiUnit &b) {
        return a.level != b.level ? int(a.level) < int(b.level) : a.code < b.code;
    });
    QVector<KpiUnit> out { subject };
    out += below;
    if (!subject.department && int(subject.level) <= int(AdminLevel::Township))
        out += engine.departments();
    return out;
}

QVector<AssessmentRanking> rankings(const AssessmentReport &r)
{
    // Peer groups below the subject, in the order the units are listed.
    QVector<QPair<QString, QStringList>> groups;
    for (int i = 1; i < r.units.size(); ++i) {
        const KpiUnit &u = r.units.at(i);
        const QString name = AssessmentReportBuilder::groupName(u.level, u.department);
        if (groups.isEmpty() || groups.last().first != name)
            groups.append({ name, {} });
        groups.last().second << u.code;
    }
    QVector<AssessmentRanking> out;
    for (Kpi k : kpi::all())
        for (const auto &g : groups)
            out << AssessmentRanking { k, g.first, kpiranking::rank(r.current, k, g.second) };
    return out;
}

} // namespace

QDateTime AssessmentReportBuilder::casesFrom(const KpiPeriod &period, const WarningSettings &warnings)
{
    QDateTime from = std::min(period.trend(warnings.baselinePeriods + 1).first().from(), period.sameLastYear().from());
    return std::min(from, period.from().addDays(-warnings.repeatWindowDays));
}

QString AssessmentReportBuilder::groupName(AdminLevel level, bool departments)
{
    if (departments)
        return tr("Departments");
    switch (level) {
    case AdminLevel::District:
        return tr("Districts");
    case AdminLevel::Township:
        return tr("Townships");
    case AdminLevel::Community:
        return tr("Communities");
    case AdminLevel::Grid:
        return tr("Grids");
    }
    return {};
}

std::optional<AssessmentReport> AssessmentReportBuilder::build(const KpiEngine &engine, const QString &unitCode,
    const KpiPeriod &period, const QDateTime &asOf, const QVector<KpiCase> &cases,
    const KpiActivity &activity, const QHash<QString, QString> &categoryNames,
    const WarningSettings &warnings, QString *error)
{
    const KpiUnit *subject = engine.unit(unitCode);
    if (!subject) {
        if (error)
            *error = tr("Unit %1 is not known, or lies outside your area").arg(unitCode);
        return std::nullopt;
    }
    if (!period.isValid()) {
        if (error)
            *error = tr("The period is not valid");
        return std::nullopt;
    }
    AssessmentReport r;
    r.subject = *subject;
    r.period = period;
    r.previous = period.previous();
    r.lastYear = period.sameLastYear();
    r.asOf = asOf;
    r.settings = engine.settings();
    r.units = reportUnits(engine, *subject);
    r.current = engine.compute(cases, activity, r.period, asOf);
    r.before = engine.compute(cases, activity, r.previous, asOf);
    r.yearAgo = engine.compute(cases, activity, r.lastYear, asOf);
    r.rankings = rankings(r);

    QHash<qint64, const KpiCase *> byId;
    for (const KpiCase &c : cases)
        byId.insert(c.id, &c);
    for (const KpiWarning &found : EarlyWarning(engine, warnings).find(cases, period, asOf)) {
        const bool ours = std::any_of(found.caseIds.cbegin(), found.caseIds.cend(), [&](qint64 id) {
            const KpiCase *c = byId.value(id);
            return c && engine.belongs(*c, unitCode);
        });
        if (!ours)
            continue;
        AssessmentReportWarning w;
        w.warning = found;
        w.warning.party = personaldata::maskName(found.party);
        const KpiUnit *u = engine.unit(found.unitCode);
        w.unitName = u ? u->name : found.unitCode;
        w.kindName = w.warning.kindName();
        w.reason = w.warning.text(w.unitName, categoryNames.value(found.categoryCode, found.categoryCode));
        for (qint64 id : found.caseIds)
            if (const KpiCase *c = byId.value(id))
                w.caseCodes << c->code;
        r.warnings << w;
    }
    return r;
}

} // namespace griddesk
