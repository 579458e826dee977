#pragma once
// Category display names in the UI language, from the store's taxonomy.

#include "CategoryCatalog.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace griddesk::app {

class CategoryNames
{
public:
    CategoryNames() = default;
    explicit CategoryNames(const QVector<IncidentCategory> &categories);
    QString name(const QString &code) const;
    QVector<IncidentCategory> all() const { return m_categories; }

private:
    QVector<IncidentCategory> m_categories;
    QHash<QString, QString> m_names;
};

} // namespace griddesk::app
