#include "ScreeningTableModel.h"
#include "FieldPresenter.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace griddesk::app {

void ScreeningTableModel::setRows(QVector<Row> rows)
{
    sortRows(rows);
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void ScreeningTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Persistent indexes (a selection) follow their grid.
    const QModelIndexList before = persistentIndexList();
    QVector<QString> codes;
    codes.reserve(before.size());
    for (const QModelIndex &i : before)
        codes << m_rows[i.row()].gridCode;
    sortRows(m_rows);
    QHash<QString, int> rowOf;
    rowOf.reserve(m_rows.size());
    for (int r = 0; r < m_rows.size(); ++r)
        rowOf.insert(m_rows[r].gridCode, r);
    QModelIndexList after;
    after.reserve(before.size());
    for (int k = 0; k < before.size(); ++k)
        after << index(rowOf.value(codes[k]), before[k].column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ScreeningTableModel::sortRows(QVector<Row> &rows) const
{
    if (m_sortColumn < 0)
        return;
    // -1, 0 or 1 as a's column stands before, with or after b's.
    const auto compare = [column = m_sortColumn](const Row &a, const Row &b) -> int {
        switch (column) {
        case CommunityColumn: return a.communityName.compare(b.communityName);
        case GridColumn: return a.gridName.compare(b.gridName);
        case StateColumn: return int(a.screened) - int(b.screened);
        case LastVisitColumn: // never visited first
            if (a.last.visitedAt.isValid() != b.last.visitedAt.isValid())
                return a.last.visitedAt.isValid() ? 1 : -1;
            return a.last.visitedAt < b.last.visitedAt ? -1 : (b.last.visitedAt < a.last.visitedAt ? 1 : 0);
        case WorkerColumn: return a.last.worker.compare(b.last.worker);
        }
        return 0;
    };
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        const int c = compare(a, b);
        if (c != 0)
            return descending ? c > 0 : c < 0;
        return a.gridCode < b.gridCode;
    });
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
