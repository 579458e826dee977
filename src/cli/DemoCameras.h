#pragma once
// Demo cameras: about 150 across the township's grids, placed inside their
// grids, with class and online status in realistic proportions.

#include "AdminUnit.h"
#include "Camera.h"

#include <QVector>

#include <random>

namespace griddesk::demo {

QVector<Camera> buildCameras(const AdminUnit &township, const QVector<AdminUnit> &communities,
                             const QVector<AdminUnit> &grids, int count, std::mt19937 &rng);

// A uniformly random point inside a unit's boundary.
GeoPoint randomPointIn(const AdminUnit &unit, std::mt19937 &rng);

} // namespace griddesk::demo
