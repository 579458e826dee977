#pragma once
// The demo township's registers: houses in every grid, the households that
// live in them (registered, floating and a few foreign residents), a year
// of disputes with their parties (one party twice and two disputes at one
// place, so that repeats show), key persons with their responsible grid
// workers and a few visits overdue, organisations (property companies,
// owners' committees, social organisations and enterprises with valid
// credit codes), and eight weeks of the grid workers' work log. They are
// written as CSV files and imported through RegisterImport, so that every
// row passes the same checks as a user's file.

#include "AdminUnit.h"
#include "StaffMember.h"

#include <QDate>

#include <random>

namespace griddesk {
class Store;
}

namespace griddesk::demo {

struct DemoRegisterCounts {
    qint64 houses = 0, residents = 0, disputes = 0, parties = 0, keyPersons = 0, visits = 0, organisations = 0, workLog = 0;
};

// Throws StoreError when a generated row is refused (a bug of the generator).
DemoRegisterCounts addDemoRegisters(Store &store, const QVector<AdminUnit> &grids, const QVector<StaffMember> &staff,
                                    const QDate &today, std::mt19937 &rng);

} // namespace griddesk::demo
