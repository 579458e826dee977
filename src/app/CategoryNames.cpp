#include "CategoryNames.h"
#include "Language.h"

namespace griddesk::app {

CategoryNames::CategoryNames(const QVector<IncidentCategory> &categories)
    : m_categories(categories)
{
    const bool zh = language::isChinese();
    for (const IncidentCategory &c : categories)
        m_names.insert(c.code, zh ? c.nameZh : c.nameEn);
}

QString CategoryNames::name(const QString &code) const
{
    return m_names.value(code, code);
}

} // namespace griddesk::app
