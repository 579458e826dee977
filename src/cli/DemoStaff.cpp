#include "DemoStaff.h"
#include "DemoNames.h"

namespace griddesk::demo {

namespace {

// An 11-digit mobile number of the usual operators' prefixes.
QString mobile(std::mt19937 &rng)
{
    static const char *const prefixes[] = {"133", "135", "137", "138", "139", "150", "152", "158", "178", "186", "187", "189"};
    std::uniform_int_distribution<int> prefix(0, int(std::size(prefixes)) - 1), digit(0, 9);
    QString n = QString::fromLatin1(prefixes[prefix(rng)]);
    while (n.size() < 11)
        n += QChar(QLatin1Char(char('0' + digit(rng))));
    return n;
}

StaffMember member(const AdminUnit &grid, StaffRole role, const QDate &today, std::mt19937 &rng)
{
    std::uniform_int_distribution<int> daysAgo(30, 6 * 365);
    StaffMember s;
    s.name = personName(rng);
    s.phone = mobile(rng);
    s.role = role;
    s.gridCode = grid.code;
    s.startedOn = today.addDays(-daysAgo(rng));
    return s;
}

} // namespace

DemoStaff buildStaff(const QVector<AdminUnit> &grids, const QDate &today, std::mt19937 &rng)
{
    DemoStaff out;
    if (grids.size() < 8)
        return out;
    out.gridWithoutManager = grids[1].code;
    out.gridWithOneAssistant = grids[4].code;
    out.gridWithSixAssistants = grids[7].code;
    std::uniform_int_distribution<int> assistants(2, 5);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    for (const AdminUnit &grid : grids) {
        int count = assistants(rng);
        if (grid.code == out.gridWithOneAssistant)
            count = 1;
        else if (grid.code == out.gridWithSixAssistants)
            count = 6;
        if (grid.code != out.gridWithoutManager)
            out.staff << member(grid, StaffRole::Manager, today, rng);
        for (int i = 0; i < count; ++i)
            out.staff << member(grid, u(rng) < 0.6 ? StaffRole::FullTime : StaffRole::PartTime, today, rng);
    }
    // Some people left: the grid without a manager lost theirs, and a few
    // grid workers moved on (their grids still keep to the rule).
    const int active = out.staff.size();
    auto leaver = [&](const AdminUnit &grid, StaffRole role) {
        StaffMember s = member(grid, role, today.addDays(-400), rng);
        s.active = false;
        s.endedOn = today.addDays(-std::uniform_int_distribution<int>(7, 300)(rng));
        out.retired << out.staff.size();
        out.staff << s;
    };
    leaver(grids[1], StaffRole::Manager);
    leaver(grids[2], StaffRole::PartTime);
    leaver(grids[9 % grids.size()], StaffRole::FullTime);
    Q_ASSERT(out.staff.size() == active + 3);
    return out;
}

} // namespace griddesk::demo
