#pragma once
// Benchmark data's divisions: the real districts, townships and communities
// of 日照市 (names and codes from a division list, level,code,name,parent_code)
// at their real place, with synthetic geometry. Communities are Voronoi cells
// of about 3 km² laid out by recursive bisection so that each township and
// district is one compact block of its own communities; each community is
// cut into 6 to 12 Voronoi grids (about 9 on average, some 15,000 for the
// city), and every ring is densified to about 50 vertices. Grids tile their
// community, communities their township, and townships their district.

#include "AdminUnit.h"

#include <QString>
#include <QVector>

namespace griddesk::demo {

enum class BenchScale { Township, District, City };

struct BenchCityOptions {
    BenchScale scale = BenchScale::City;
    QString divisions;      // the division list (CSV)
    QString root;           // the township or district to take; empty: 石臼街道 or 东港区
    int vertices = 50;      // mean vertices of a grid's ring
    unsigned seed = 20261201;
};

struct BenchCity {
    QVector<AdminUnit> units; // districts, townships, communities, then grids
    int districts = 0, townships = 0, communities = 0, grids = 0;
    double meanGridVertices = 0.0;
    double squareKilometres = 0.0;
};

// "township", "district" or "city"; false for anything else.
bool benchScaleFromName(const QString &name, BenchScale *scale);

// Throws StoreError (the division list is missing, malformed or has no such
// unit) or std::runtime_error (GEOS or PROJ failed).
BenchCity buildBenchCity(const BenchCityOptions &options);

} // namespace griddesk::demo
