#pragma once
// Benchmark data for a township, a district or the whole city of 日照市:
// the real division tree with Voronoi grids (BenchCity), cameras in every
// grid, five years of cases run through the real workflow and deadline
// clock (KpiDistrict; about 1% of them still open) with each grid's weekly
// screening visits, and the houses and residents (BenchHouseholds). The
// city holds 56 townships, 1,679 communities, about 15,000 grids, 50,000
// cameras, 1M cases, 1M houses and 3M residents; a district or township
// holds the same per community.

#include "BenchCity.h"
#include "StoreLocation.h"

#include <QDateTime>

#include <functional>

namespace griddesk::demo {

struct BenchDataOptions {
    BenchCityOptions city;
    qint64 incidents = -1; // -1: 1M for the city, in proportion to its communities otherwise
    int cameras = -1;      // -1: 50,000 for the city, in proportion otherwise
    bool households = true;
    QDateTime now;         // defaults to the current time
};

struct BenchDataSummary {
    int districts = 0, townships = 0, communities = 0, grids = 0;
    double meanGridVertices = 0.0, squareKilometres = 0.0;
    qint64 cameras = 0, cases = 0, openCases = 0, history = 0, screenings = 0, houses = 0, residents = 0;
    double seconds = 0.0;
};

// Writes into a new GeoPackage (built under PATH.partial and renamed when
// complete; an existing file is replaced only with `replace`) or into an
// empty database on a server. `stage` hears each step. Throws StoreError.
BenchDataSummary createBenchData(const StoreLocation &target, const BenchDataOptions &options, bool replace,
                                 const std::function<void(const QString &)> &stage = {});

} // namespace griddesk::demo
