#include "StaffingViolationModel.h"
#include "StaffingText.h"

namespace griddesk::app {

StaffingViolationModel::StaffingViolationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StaffingViolationModel::setBreaches(const QVector<GridStaffing> &check, const QHash<QString, QString> &gridNames)
{
    beginResetModel();
    m_rows.clear();
    m_gridNames = gridNames;
    for (const GridStaffing &g : check)
        for (const StaffingViolation &v : g.violations)
            m_rows.push_back({g.gridCode, v});
    endResetModel();
}

void StaffingViolationModel::setSentenceAsToolTip(bool sentence)
{
    m_sentenceTip = sentence;
}

int StaffingViolationModel::rowOfGrid(const QString &gridCode) const
{
    if (gridCode.isEmpty())
        return -1;
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].gridCode == gridCode)
            return r;
    return -1;
}

int StaffingViolationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StaffingViolationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant StaffingViolationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return StaffingText::describe(row.violation, m_gridNames.value(row.gridCode, row.gridCode));
    case Qt::ToolTipRole:
        return m_sentenceTip ? data(index, Qt::DisplayRole) : QVariant(row.gridCode);
    case GridCodeRole:
        return row.gridCode;
    default:
        return {};
    }
}

QVariant StaffingViolationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == 0 && role == Qt::DisplayRole)
        return tr("What is wrong");
    return {};
}

} // namespace griddesk::app
