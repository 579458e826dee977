#pragma once
// A grid edit refused because it would break topology: the store's error
// with the problems found, for the console to list and point at.

#include "StoreError.h"
#include "topology/TopologyProblem.h"

namespace griddesk {

class GridEditRefused : public StoreError
{
public:
    GridEditRefused(const QString &message, topology::TopologyReport report)
        : StoreError(Kind::Invalid, message)
        , m_report(std::move(report))
    {
    }

    const topology::TopologyReport &report() const { return m_report; }

private:
    topology::TopologyReport m_report;
};

} // namespace griddesk
