#pragma once
// Which grid a point lies in, for many points: the grids' polygons prepared
// by GEOS in an STR-tree, so that a lookup costs a few microseconds however
// many grids there are. Built once from the current grids; used from one
// thread at a time (it has its own GEOS context).

#include "AdminUnit.h"

#include <QString>

#include <memory>

namespace griddesk {

class GridLocator
{
public:
    explicit GridLocator(const QVector<AdminUnit> &grids);
    ~GridLocator();
    GridLocator(const GridLocator &) = delete;
    GridLocator &operator=(const GridLocator &) = delete;

    // The grid holding the point (on an edge: the first by code); null when none.
    const AdminUnit *gridAt(double lon, double lat) const;
    int size() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace griddesk
