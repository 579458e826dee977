#pragma once
// Units (district, township, community, grid) and the cameras placed in
// them: the store's capability for where things are. A scoped person sees
// their subtree and its parents, and the cameras of their grids.

#include "AdminUnit.h"
#include "Camera.h"
#include "GeoTypes.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace griddesk {

class SqlSession;

class UnitStore
{
    Q_DECLARE_TR_FUNCTIONS(UnitStore)

public:
    explicit UnitStore(SqlSession &session);

    // Units of one level (or all when level is 0), ordered by code.
    QVector<AdminUnit> adminUnits(int level = 0) const;
    std::optional<AdminUnit> adminUnit(const QString &code) const;
    // The grid that contains a point, if any.
    std::optional<AdminUnit> gridAt(const GeoPoint &lonLat) const;
    QVector<Camera> cameras() const;

    // Bulk writes for set-up and copies, for administrators; each call is
    // one transaction, and a lost connection fails it (start again on a
    // clean database).
    void addAdminUnits(const QVector<AdminUnit> &units);
    void addCameras(const QVector<Camera> &cameras);

private:
    SqlSession &m_session;
};

} // namespace griddesk
