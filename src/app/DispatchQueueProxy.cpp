#include "DispatchQueueProxy.h"
#include "DispatchQueueModel.h"

namespace griddesk::app {

DispatchQueueProxy::DispatchQueueProxy(QObject *parent)
    : SortKeyProxy(parent)
{
    setSortRole(DispatchQueueModel::SortRole);
    setDynamicSortFilter(true);
}

void DispatchQueueProxy::setNeedFilter(int filter)
{
    m_need = filter;
    invalidateFilter();
}

void DispatchQueueProxy::setTextFilter(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool DispatchQueueProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    switch (m_need) {
    case Everything: break;
    case OverdueOnly:
        if (!idx.data(DispatchQueueModel::OverdueRole).toBool())
            return false;
        break;
    case SupervisedOnly:
        if (!idx.data(DispatchQueueModel::SupervisedRole).toBool())
            return false;
        break;
    default:
        if (idx.data(DispatchQueueModel::NeedRole).toInt() != m_need)
            return false;
    }
    return m_text.isEmpty()
        || idx.data(DispatchQueueModel::SearchRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace griddesk::app
