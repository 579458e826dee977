#pragma once
// A handling department (派出所, 司法所, …) and the seed list with routing
// defaults per category, which an administrator may edit in the store.

#include <QString>
#include <QVector>

namespace griddesk {

struct Department {
    QString code;
    QString nameZh;
    QString nameEn;
};

// category → department suggested for dispatch; unitCode narrows it to a
// grid or community (empty: anywhere).
struct RoutingRule {
    QString categoryCode;
    QString unitCode;
    QString departmentCode;
};

namespace departmentcatalog {

const QVector<Department> &seed();
const QVector<RoutingRule> &seedRouting();
// The most specific rule for a category at a grid (grid, then community, then anywhere).
QString route(const QVector<RoutingRule> &rules, const QString &categoryCode, const QString &gridCode);

} // namespace departmentcatalog
} // namespace griddesk
