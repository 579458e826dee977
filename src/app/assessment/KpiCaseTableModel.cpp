#include "KpiCaseTableModel.h"
#include "ConsoleSession.h"
#include "FieldPresenter.h"
#include "Satisfaction.h"

namespace griddesk::app {

KpiCaseTableModel::KpiCaseTableModel(const ConsoleSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
}

void KpiCaseTableModel::setCases(const QVector<KpiCase> &cases)
{
    beginResetModel();
    m_cases = cases;
    endResetModel();
}

QVector<qint64> KpiCaseTableModel::ids() const
{
    QVector<qint64> out;
    out.reserve(m_cases.size());
    for (const KpiCase &c : m_cases)
        out << c.id;
    return out;
}

int KpiCaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int KpiCaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiCaseTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cases.size())
        return {};
    const KpiCase &c = m_cases.at(index.row());
    if (role == Qt::UserRole)
        return c.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CodeColumn: return c.code;
    case CategoryColumn: return m_session.categories().name(c.categoryCode);
    case StateColumn: return incidentstate::displayName(c.state);
    case GridColumn: return m_session.unitName(c.gridCode);
    case ReportedColumn: return FieldPresenter::formatTime(c.reportedAt);
    case DueColumn: return c.deadlineAt.isValid() ? FieldPresenter::formatTime(c.deadlineAt) : QString();
    case ClosedColumn: return c.closedAt.isValid() ? FieldPresenter::formatTime(c.closedAt) : QString();
    case SatisfactionColumn: {
        Satisfaction s;
        return satisfaction::fromCode(c.satisfaction, &s) ? satisfaction::displayName(s) : QString();
    }
    }
    return {};
}

QVariant KpiCaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn: return tr("Case");
    case CategoryColumn: return tr("Category");
    case StateColumn: return tr("State");
    case GridColumn: return tr("Grid");
    case ReportedColumn: return tr("Reported");
    case DueColumn: return tr("Due");
    case ClosedColumn: return tr("Closed");
    case SatisfactionColumn: return tr("Evaluation");
    }
    return {};
}

} // namespace griddesk::app
