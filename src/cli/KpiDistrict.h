#pragma once
// A district for the assessment benchmark: the real townships and communities
// of one Rizhao district (from the shared division tree), a few square grids
// per community with plausible populations, and years of cases run through
// the real workflow rules and deadline clock (rejections, merges, late and
// still-open cases, reworks, supervision, escalations, evaluations), with
// each grid's weekly screening visits. The same seed gives the same cases, so
// a GeoPackage and a server built one after the other hold the same data.

#include "AdminUnit.h"
#include "CaseState.h"
#include "IncidentAction.h"
#include "IncidentSource.h"
#include "Role.h"
#include "WorkingCalendar.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

namespace griddesk::bench {

struct BenchStep {
    IncidentAction action = IncidentAction::Report;
    Role role = Role::GridWorker;
    QString actor;
    QDateTime at;
    std::optional<IncidentState> before; // none for the report
    IncidentState after = IncidentState::Reported;
    QString note;
    QString department;
    QString satisfaction;
    qint64 masterId = 0;
};

struct BenchCase {
    qint64 fid = 0; // 1, 2, … in report order
    QString code;
    QString categoryCode;
    QString title;
    QString address;
    IncidentSource source = IncidentSource::GridWorker;
    GeoPoint location;
    const AdminUnit *grid = nullptr;
    QString communityCode;
    QString townshipCode;
    CaseState state;
    QDateTime deadlineAt, nodeDeadlineAt, dueAt, warnAt; // from the deadline clock
    QVector<BenchStep> history;
};

struct BenchScreening {
    QString gridCode;
    QDateTime visitedAt;
    QString isoWeek;
    QString worker;
};

class KpiDistrict
{
public:
    // Reads the division tree and lays out the district's communities as
    // squares, each cut into `gridsPerCommunity` grids. Nothing, with the
    // reason in *error, when the file or the district is not there.
    static std::optional<KpiDistrict> load(
        const QString &divisionsCsv, const QString &districtCode, int gridsPerCommunity, QString *error);
    // Over units already laid out (districts, townships, communities and
    // grids, each grid with its geometry and population).
    static KpiDistrict fromUnits(const QVector<AdminUnit> &units);

    QString districtName() const { return m_units.value(0).name; }
    // The district(s), then the townships, communities and grids, with populations.
    const QVector<AdminUnit> &units() const { return m_units; }
    int count(AdminLevel level) const;

    // `count` cases reported evenly over the five years before `now`.
    void forEachCase(int count, const QDateTime &now, const WorkingCalendar &calendar,
        const std::function<void(const BenchCase &)> &sink) const;
    // Each grid's screening visits over the same five years (most weeks one,
    // some weeks two, some none).
    void forEachScreening(const QDateTime &now, const std::function<void(const BenchScreening &)> &sink) const;

private:
    QVector<AdminUnit> m_units;
    QVector<int> m_grids; // indexes of the grids in m_units
};

} // namespace griddesk::bench
