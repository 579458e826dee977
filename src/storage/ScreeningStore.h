#pragma once
// Weekly screening: each grid is visited at least once a week, and a visit
// may raise an incident from its findings. A scoped person records and sees
// the visits of their own grids.

#include "NewIncident.h"
#include "ScreeningVisit.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

#include <optional>

namespace griddesk {

class IncidentStore;
class SqlSession;
class UnitStore;

class ScreeningStore
{
    Q_DECLARE_TR_FUNCTIONS(ScreeningStore)

public:
    ScreeningStore(SqlSession &session, const UnitStore &units, IncidentStore &incidents);

    // A visit, and the incident its findings raise in the same transaction
    // (at the grid's centre). After a lost connection it is found by its
    // grid, worker and time before it is written again.
    qint64 addScreeningVisit(const ScreeningVisit &visit, const std::optional<NewIncident> &finding = {});
    QVector<ScreeningVisit> screeningVisits(const QString &isoWeek) const;
    // The latest visit of every grid, by grid code (grids never visited are absent).
    QHash<QString, ScreeningVisit> lastScreeningVisits() const;

private:
    SqlSession &m_session;
    const UnitStore &m_units;
    IncidentStore &m_incidents;
};

} // namespace griddesk
