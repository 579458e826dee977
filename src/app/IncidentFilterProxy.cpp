#include "IncidentFilterProxy.h"
#include "DeadlineStatus.h"
#include "IncidentState.h"
#include "IncidentTableModel.h"

namespace griddesk::app {

IncidentFilterProxy::IncidentFilterProxy(QObject *parent)
    : SortKeyProxy(parent)
{
    setSortRole(IncidentTableModel::SortRole);
    setDynamicSortFilter(true);
}

void IncidentFilterProxy::setStateFilter(int filter)
{
    m_state = filter;
    invalidateFilter();
}

void IncidentFilterProxy::setUnitFilter(const QString &unitCode)
{
    m_unit = unitCode;
    invalidateFilter();
}

void IncidentFilterProxy::setTextFilter(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool IncidentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto state = IncidentState(idx.data(IncidentTableModel::StateRole).toInt());
    const auto deadline = DeadlineStatus(idx.data(IncidentTableModel::DeadlineStatusRole).toInt());
    switch (m_state) {
    case AllStates: break;
    case OpenOnly:
        if (!incidentstate::isOpen(state))
            return false;
        break;
    case OverdueOnly:
        if (deadline != DeadlineStatus::Overdue)
            return false;
        break;
    case DueSoonOnly:
        if (deadline != DeadlineStatus::Warning)
            return false;
        break;
    default:
        if (int(state) != m_state)
            return false;
    }
    if (!m_unit.isEmpty() && idx.data(IncidentTableModel::GridCodeRole).toString() != m_unit
        && idx.data(IncidentTableModel::CommunityCodeRole).toString() != m_unit)
        return false;
    if (!m_text.isEmpty()
        && !idx.data(IncidentTableModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace griddesk::app
