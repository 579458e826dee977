#include "Department.h"

namespace griddesk::departmentcatalog {

const QVector<Department> &seed()
{
    static const QVector<Department> departments = {
        {QStringLiteral("zongzhi_office"), QStringLiteral("综治办"), QStringLiteral("Comprehensive governance office")},
        {QStringLiteral("police_station"), QStringLiteral("派出所"), QStringLiteral("Police station")},
        {QStringLiteral("judicial_office"), QStringLiteral("司法所"), QStringLiteral("Judicial office")},
        {QStringLiteral("petition_office"), QStringLiteral("信访办"), QStringLiteral("Letters and visits office")},
        {QStringLiteral("court"), QStringLiteral("法庭"), QStringLiteral("People's tribunal")},
        {QStringLiteral("procuratorate"), QStringLiteral("检察室"), QStringLiteral("Procuratorate office")},
        {QStringLiteral("civil_affairs"), QStringLiteral("民政办"), QStringLiteral("Civil affairs office")},
        {QStringLiteral("emergency_office"), QStringLiteral("应急办"), QStringLiteral("Emergency management office")},
        {QStringLiteral("community_committee"), QStringLiteral("村居委会"), QStringLiteral("Village or residents' committee")},
    };
    return departments;
}

const QVector<RoutingRule> &seedRouting()
{
    static const QVector<RoutingRule> rules = {
        {QStringLiteral("neighbourhood_dispute"), QString(), QStringLiteral("community_committee")},
        {QStringLiteral("family_dispute"), QString(), QStringLiteral("judicial_office")},
        {QStringLiteral("land_dispute"), QString(), QStringLiteral("judicial_office")},
        {QStringLiteral("labour_dispute"), QString(), QStringLiteral("zongzhi_office")},
        {QStringLiteral("property_dispute"), QString(), QStringLiteral("community_committee")},
        {QStringLiteral("security_hazard"), QString(), QStringLiteral("police_station")},
        {QStringLiteral("key_population"), QString(), QStringLiteral("police_station")},
        {QStringLiteral("petition"), QString(), QStringLiteral("petition_office")},
        {QStringLiteral("public_service"), QString(), QStringLiteral("civil_affairs")},
    };
    return rules;
}

QString route(const QVector<RoutingRule> &rules, const QString &categoryCode, const QString &gridCode)
{
    QString best;
    int bestScore = -1;
    for (const RoutingRule &r : rules) {
        if (r.categoryCode != categoryCode)
            continue;
        int score = -1;
        if (r.unitCode.isEmpty())
            score = 0;
        else if (gridCode == r.unitCode)
            score = 2;
        else if (gridCode.startsWith(r.unitCode))
            score = 1;
        if (score > bestScore) {
            bestScore = score;
            best = r.departmentCode;
        }
    }
    return best;
}

} // namespace griddesk::departmentcatalog
