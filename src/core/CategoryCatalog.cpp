#include "CategoryCatalog.h"

#include <QStringList>

namespace griddesk::categorycatalog {

const QVector<IncidentCategory> &seed()
{
    static const QVector<IncidentCategory> categories = {
        {QStringLiteral("neighbourhood_dispute"), QStringLiteral("邻里纠纷"), QStringLiteral("Neighbourhood dispute"), 15},
        {QStringLiteral("family_dispute"), QStringLiteral("婚姻家庭纠纷"), QStringLiteral("Family dispute"), 15},
        {QStringLiteral("land_dispute"), QStringLiteral("土地山林纠纷"), QStringLiteral("Land dispute"), 30},
        {QStringLiteral("labour_dispute"), QStringLiteral("劳资纠纷"), QStringLiteral("Labour dispute"), 15},
        {QStringLiteral("property_dispute"), QStringLiteral("物业纠纷"), QStringLiteral("Property dispute"), 15},
        {QStringLiteral("security_hazard"), QStringLiteral("治安隐患"), QStringLiteral("Public-security hazard"), 3},
        {QStringLiteral("key_population"), QStringLiteral("重点人员动态"), QStringLiteral("Key-population event"), 2},
        {QStringLiteral("petition"), QStringLiteral("信访事项"), QStringLiteral("Petition"), 60},
        {QStringLiteral("public_service"), QStringLiteral("公共服务诉求"), QStringLiteral("Public service request"), 10},
    };
    return categories;
}

const IncidentCategory *find(const QString &code)
{
    for (const IncidentCategory &c : seed())
        if (c.code == code)
            return &c;
    return nullptr;
}

QStringList codes()
{
    QStringList out;
    for (const IncidentCategory &c : seed())
        out << c.code;
    return out;
}

} // namespace griddesk::categorycatalog
