#pragma once
// What the assessment engine counts, read for a period in a few indexed
// queries: the cases that matter for it with their KPI events, the units
// figures are computed for (with their populations), the weeks each grid was
// screened, and the grid staff with their work log per week. A scoped person
// reads only their area (a department handler only their department's
// cases); only an administrator sets a population.

#include "KpiActivity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVector>

namespace griddesk {

class SqlSession;

class AssessmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentStore)

public:
    explicit AssessmentStore(SqlSession &session);

    // Every visible case that matters for [from, to): reported before `to`
    // and still open, or closed, due or reported at or after `from`. Merged
    // and rejected cases are included (the engine decides how they count).
    // Events: reply, rework, supervise, escalate, close and evaluate, in time
    // order. Cases come ordered by id. With `townshipCode`, only that
    // township's cases.
    QVector<KpiCase> kpiCases(const QDateTime &from, const QDateTime &to, const QString &townshipCode = {}) const;
    // The townships, communities and grids of the person's own area (not the
    // parents above it) that have a boundary (units of the division tree with
    // no boundary yet can have no cases), by level and code, then the active departments
    // (department = true, the Chinese name, level Township) in their order; a
    // department handler gets only their own department.
    // With a span [from, to), the units as they were then: a grid split or
    // merged since is there under its old code (its cases keep it), and a
    // grid drawn after the span is not.
    QVector<KpiUnit> kpiUnits(const QDateTime &from = {}, const QDateTime &to = {}) const;
    // Each grid with the ISO weeks in which it was visited in [from, to),
    // once per grid and week, by grid and week.
    QVector<KpiScreening> kpiScreenings(const QDateTime &from, const QDateTime &to) const;
    // The grid staff who served any day of [from, to), retired or not.
    QVector<KpiGridWorker> kpiGridWorkers(const QDateTime &from, const QDateTime &to) const;
    // The work log of [from, to) counted per grid, worker, ISO week and
    // activity, by grid, worker and week.
    QVector<KpiWorkLogCount> kpiWorkLog(const QDateTime &from, const QDateTime &to) const;
    // All three, for the ISO weeks of [from, to) (see KpiPeriod::weeksFrom).
    KpiActivity kpiActivity(const QDateTime &from, const QDateTime &to) const;

    // Administrators only. 0 means not known. A negative figure or an unknown
    // code is refused naming the unit; the change is audited like any other.
    void setPopulation(const QString &unitCode, qint64 residents);

private:
    SqlSession &m_session;
};

} // namespace griddesk
