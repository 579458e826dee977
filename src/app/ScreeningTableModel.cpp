#include "ScreeningTableModel.h"
#include "FieldPresenter.h"

#include <QBrush>
#include <QColor>

namespace griddesk::app {

void ScreeningTableModel::setRows(QVector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ScreeningTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScreeningTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScreeningTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CommunityColumn: return r.communityName;
        case GridColumn: return r.gridName;
        case StateColumn: return r.screened ? tr("✓ screened") : tr("✗ not yet");
        case LastVisitColumn: return FieldPresenter::formatTime(r.last.visitedAt);
        case WorkerColumn: return r.last.worker;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == StateColumn)
            return QBrush(r.screened ? QColor(20, 120, 60) : QColor(190, 20, 20));
        break;
    case GridCodeRole: return r.gridCode;
    case ScreenedRole: return r.screened;
    case SortRole:
        switch (index.column()) {
        case StateColumn: return r.screened;
        case LastVisitColumn: return r.last.visitedAt;
        default: return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant ScreeningTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CommunityColumn: return tr("Community");
    case GridColumn: return tr("Grid");
    case StateColumn: return tr("This week");
    case LastVisitColumn: return tr("Last visit");
    case WorkerColumn: return tr("By");
    }
    return {};
}

} // namespace griddesk::app
