#pragma once
// One early warning (研判预警) and its reason, kept as a code with
// parameters and put into words in the reader's language.

#include "GeoTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace griddesk {

struct KpiWarning {
    Q_DECLARE_TR_FUNCTIONS(KpiWarning)

public:
    enum class Kind {
        Rising,        // "rising": a unit's incidents well above its own baseline
        RepeatParties, // "repeat_parties": the same party again within the window
        RepeatPlace,   // "repeat_place": the same kind of case at the same place again
        Cluster,       // "cluster": many cases of one category close together in a few days
    };

    Kind kind = Kind::Rising;
    QString unitCode;        // the unit rising, or the grid of the latest case
    QVector<qint64> caseIds; // the cases behind it, oldest first
    GeoPoint where;          // where to show it on the map (EPSG:4490)
    QDateTime latestAt;      // the latest case's report time

    // Parameters of the reason.
    int count = 0;          // cases
    double baseline = 0.0;  // rising: mean per period before
    int periods = 0;        // rising: how many periods the baseline covers
    QString categoryCode;   // repeat place, cluster
    QString party;          // repeat parties: as first written
    int days = 0;           // the span of the cases, in days
    double metres = 0.0;    // repeat place, cluster: the radius

    QString code() const;
    // The reason in words; names are the reader's names for the unit and category.
    QString text(const QString &unitName, const QString &categoryName) const;
    QString kindName() const;
};

} // namespace griddesk
