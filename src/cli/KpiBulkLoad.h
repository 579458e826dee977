#pragma once
// Loads a benchmark district into a fresh GeoPackage or a fresh database on
// a server, fast: the units through the store, then the cases, their
// history and the screening visits in one transaction with the tables'
// indexes and triggers set aside, and rebuilt once the rows are in (on the
// server, then ANALYZE, as autovacuum would by the time anyone looks).

#include "KpiDistrict.h"

#include <QString>

namespace griddesk::bench {

struct LoadedCounts {
    qint64 cases = 0;
    qint64 history = 0;
    qint64 screenings = 0;
    double seconds = 0;
};

// Creates `path` (replacing it).
LoadedCounts loadGeoPackage(const QString &path, const KpiDistrict &district, int cases, const QDateTime &now);
// Creates the database named in `target` (dropping it first) through the
// server's maintenance connection `admin`.
LoadedCounts loadServer(
    const QString &admin, const QString &target, const KpiDistrict &district, int cases, const QDateTime &now);
// Loads into the existing database `target`, which must hold no divisions
// yet (its schema is set up or brought up to date first).
LoadedCounts loadServer(const QString &target, const KpiDistrict &district, int cases, const QDateTime &now);

} // namespace griddesk::bench
