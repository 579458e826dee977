#pragma once
// The places and people the scope tests work with: two grids in two
// communities of the demo township, and people with their own sign-in (a
// database login on a server) scoped to them.

#include "Store.h"

#include <QTest>

namespace griddesk::test {

struct TestPlaces {
    AdminUnit communityA, communityB;
    AdminUnit gridA; // the first grid of community A
    AdminUnit gridB; // the first grid of community B
    QString township;

    static TestPlaces of(const Store &store)
    {
        TestPlaces p;
        const QVector<AdminUnit> communities = store.adminUnits(int(AdminLevel::Community));
        p.communityA = communities.value(0);
        p.communityB = communities.value(1);
        p.township = p.communityA.parentCode;
        for (const AdminUnit &g : store.adminUnits(int(AdminLevel::Grid))) {
            if (p.gridA.code.isEmpty() && g.parentCode == p.communityA.code)
                p.gridA = g;
            if (p.gridB.code.isEmpty() && g.parentCode == p.communityB.code)
                p.gridB = g;
        }
        return p;
    }
};

// A second township in the same database, beside the demo's: the township,
// one community and one grid, all with `area` as their outline. Returns the
// township's code (the demo district's 990000; the community is 990001).
inline QString addNeighbourTownship(Store &owner, const AdminUnit &township, const MultiPolygon &area)
{
    const QString code = township.parentCode.left(6) + QStringLiteral("990000");
    const QString community = township.parentCode.left(6) + QStringLiteral("990001");
    owner.addAdminUnits({{0, code, township.parentCode, QStringLiteral("测试镇"), QStringLiteral("测试镇"),
                          AdminLevel::Township, area, 0},
                         {0, community, code, QStringLiteral("测试村"), QStringLiteral("测试村"), AdminLevel::Community,
                          area, 0},
                         {0, community + QStringLiteral("001"), community, QStringLiteral("测试网格"),
                          QStringLiteral("测试网格"), AdminLevel::Grid, area, 0}});
    return code;
}

struct TestPerson {
    const char *name; // the login is this name plus the test's suffix
    Role role;
    QString scope;
    QString department;
    bool personalData = false;
};

// Adds each person with the same password; with a prefix their display name
// is the prefix and their name (else the login names them).
inline void addPeople(Store &owner, const QVector<TestPerson> &people, const QString &suffix, const QString &password,
                      const QString &displayPrefix = {})
{
    for (const TestPerson &p : people) {
        UserAccount u;
        u.username = QString::fromLatin1(p.name) + suffix;
        if (!displayPrefix.isEmpty())
            u.displayName = displayPrefix + QString::fromLatin1(p.name);
        u.role = p.role;
        u.scopeCode = p.scope;
        u.department = p.department;
        u.personalData = p.personalData;
        owner.addUser(u, password);
    }
}

} // namespace griddesk::test
