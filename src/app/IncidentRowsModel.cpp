#include "IncidentRowsModel.h"

#include <algorithm>

namespace griddesk::app {

const Incident *IncidentRowsModel::incidentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int IncidentRowsModel::rowOfId(qint64 id) const
{
    return m_rowOfId.value(id, -1);
}

void IncidentRowsModel::rowsChanged(const std::function<bool(int row)> &changed)
{
    int first = -1;
    for (int row = 0; row <= m_rows.size(); ++row) {
        if (row < m_rows.size() && changed(row)) {
            if (first < 0)
                first = row;
        } else if (first >= 0) {
            Q_EMIT dataChanged(index(first, 0), index(row - 1, lastColumn()));
            first = -1;
        }
    }
}

int IncidentRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

void IncidentRowsModel::resetRows(const QVector<Incident> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_rowOfId.clear();
    indexFrom(0);
    endResetModel();
}

void IncidentRowsModel::appendRows(const QVector<Incident> &rows)
{
    QVector<Incident> fresh;
    for (const Incident &i : rows)
        if (!m_rowOfId.contains(i.id))
            fresh.push_back(i);
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_rows += fresh;
    indexFrom(first);
    endInsertRows();
}

void IncidentRowsModel::applyChanges(const QVector<Incident> &put, const QVector<qint64> &gone)
{
    // Removed from the bottom up, each row once, so the rows above keep their place.
    QVector<int> removed;
    for (qint64 id : gone) {
        const int row = rowOfId(id);
        if (row >= 0)
            removed << row;
    }
    std::sort(removed.begin(), removed.end(), std::greater<int>());
    removed.erase(std::unique(removed.begin(), removed.end()), removed.end());
    for (int row : removed) {
        beginRemoveRows({}, row, row);
        m_rowOfId.remove(m_rows[row].id);
        m_rows.remove(row);
        indexFrom(row); // before views look at the rows again
        endRemoveRows();
    }

    QVector<Incident> added;
    for (const Incident &i : put) {
        const int row = rowOfId(i.id);
        if (row < 0) {
            added << i;
            continue;
        }
        m_rows[row] = i;
        rowsMoved(row);
        Q_EMIT dataChanged(index(row, 0), index(row, lastColumn()));
    }
    appendRows(added);
}

void IncidentRowsModel::indexFrom(int from)
{
    for (int i = from; i < m_rows.size(); ++i)
        m_rowOfId.insert(m_rows[i].id, i);
    rowsMoved(from);
}

} // namespace griddesk::app
