#pragma once
// Creates the demo township database: real names and codes of 石臼街道,
// synthetic geometry at its real location, about 40 grids, 150 cameras and
// 500 incidents. The file appears only when complete.

#include "DemoRegisters.h"
#include <QDateTime>
#include <QString>

namespace griddesk::demo {

struct DemoOptions {
    int gridsPerCommunity = 3;
    int cameras = 150;
    int incidents = 500;
    QDateTime now;     // defaults to the current time
    unsigned seed = 20261126;
};

struct DemoSummary {
    int communities = 0;
    int grids = 0;
    int cameras = 0;
    int incidents = 0;
    int openIncidents = 0;
    int staff = 0; // active grid staff
    DemoRegisterCounts registers;
};

// Throws StoreError or std::runtime_error; never leaves a partial file at path.
DemoSummary createDemoDatabase(const QString &path, const DemoOptions &options = {});

} // namespace griddesk::demo
