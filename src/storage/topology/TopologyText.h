#pragma once
// Words for topology problems, in the reader's language: the problems keep
// codes and numbers, and are worded only when shown.

#include "TopologyProblem.h"

#include <QCoreApplication>
#include <QString>

namespace griddesk::topology {

class TopologyText
{
    Q_DECLARE_TR_FUNCTIONS(TopologyText)

public:
    // One sentence: what is wrong, with which units, and how large.
    static QString describe(const TopologyProblem &problem);
    // The kind alone, for a list's column.
    static QString kindName(ProblemKind kind);
    // GEOS's validity reason in words; the reason itself when it is not a known one.
    static QString invalidReason(const QString &reason);
    // How much was checked and how many problems were found.
    static QString summary(const TopologyReport &report);
    // "119.512345, 35.412345" (lon, lat), or a dash when the problem has no place.
    static QString location(const TopologyProblem &problem);
};

} // namespace griddesk::topology
