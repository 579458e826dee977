#pragma once
// Benchmark data's houses and residents: in every grid 40 to 94 houses
// (about 1M for the city), a few vacant, the others each home to a household
// of one to five (about 3M residents), registered or floating. The plan
// fixes each grid's households from the seed, so that the grids'
// populations are known before any row is written; the rows are written as
// CSV files and imported through RegisterImport with every check.

#include "AdminUnit.h"

#include <QDate>
#include <QVector>

#include <functional>

namespace griddesk {
class Store;
}

namespace griddesk::demo {

struct BenchHouseholdPlan {
    QVector<int> grids;                // indexes of the grids in the units
    QVector<QVector<quint8>> members;  // per grid, per house; 0: vacant
    qint64 houses = 0, residents = 0;
};

// Plans every grid's households and sets the populations of the grids and
// of the units above them.
BenchHouseholdPlan planHouseholds(QVector<AdminUnit> &units, unsigned seed);

struct BenchHouseholdCounts {
    qint64 houses = 0, residents = 0;
};

// Writes and imports the planned houses and residents (`folder` holds the
// CSV files while they are imported). `stage` hears each step's name.
// Throws StoreError when a row is refused (a bug of the generator).
BenchHouseholdCounts addBenchHouseholds(Store &store, const QVector<AdminUnit> &units, const BenchHouseholdPlan &plan,
                                        const QDate &today, unsigned seed, const QString &folder,
                                        const std::function<void(const QString &)> &stage = {});

} // namespace griddesk::demo
