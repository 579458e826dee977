#pragma once
// The incident category taxonomy shipped as seed data. The store copies it into
// its categories table, where an administrator may later edit it.

#include <QString>
#include <QVector>

namespace griddesk {

struct IncidentCategory {
    QString code;
    QString nameZh;
    QString nameEn;
    int timeLimitDays = 15; // whole-case limit
};

namespace categorycatalog {

const QVector<IncidentCategory> &seed();
const IncidentCategory *find(const QString &code);
QStringList codes();

} // namespace categorycatalog
} // namespace griddesk
