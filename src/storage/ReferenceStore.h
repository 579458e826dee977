#pragma once
// Reference data and administration settings: the incident categories and
// their time limits, departments and routing, the working calendar, and the
// typed settings (escalation grace, duplicate rules). Everyone reads them;
// only an administrator changes them, one transaction a call, with bad
// values refused by field.

#include "CategoryCatalog.h"
#include "Department.h"
#include "DuplicateDetector.h"
#include "EscalationPolicy.h"
#include "KpiSettings.h"
#include "TimeLimits.h"
#include "WorkingCalendar.h"

#include <QCoreApplication>
#include <QVector>

namespace griddesk {

class SqlSession;
class UnitStore;

class ReferenceStore
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceStore)

public:
    ReferenceStore(SqlSession &session, const UnitStore &units);

    QVector<IncidentCategory> categories() const;
    QVector<Department> departments() const;
    // The department the routing rules suggest for a category at a grid.
    QString suggestDepartment(const QString &categoryCode, const QString &gridCode) const;
    TimeLimits timeLimits(const QString &categoryCode) const;
    WorkingCalendar calendar() const;
    EscalationSettings escalationSettings() const;
    DuplicateSettings duplicateSettings() const;
    KpiSettings assessmentSettings() const; // the minimum cases for a ranked figure, the work log expected per week

    void setSetting(const QString &key, const QString &value);
    void setTimeLimits(const QString &categoryCode, const TimeLimits &limits);
    void upsertDepartment(const Department &department);
    void setRouting(const RoutingRule &rule);
    void replaceCalendar(const QString &csvText);

private:
    SqlSession &m_session;
    const UnitStore &m_units;
};

} // namespace griddesk
