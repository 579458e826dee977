#include "DispatchQueueModel.h"
#include "FieldPresenter.h"

#include <QBrush>
#include <QFont>

namespace griddesk::app {

DispatchQueueModel::DispatchQueueModel(Namer categoryName, Namer departmentName, QObject *parent)
    : IncidentRowsModel(parent)
    , m_categoryName(std::move(categoryName))
    , m_departmentName(std::move(departmentName))
{
}

void DispatchQueueModel::setIncidents(const QVector<Incident> &openCases)
{
    m_now = QDateTime::currentDateTimeUtc();
    resetRows(openCases);
}

void DispatchQueueModel::updateIncident(const Incident &incident)
{
    const int row = rowOfId(incident.id);
    if (row < 0)
        return;
    m_rows[row] = incident;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void DispatchQueueModel::refreshDeadlines()
{
    const QDateTime before = m_now;
    m_now = QDateTime::currentDateTimeUtc();
    rowsChanged([&](int row) { return m_rows[row].deadlineStatus(before) != m_rows[row].deadlineStatus(m_now); });
}

DispatchQueueModel::Need DispatchQueueModel::needOf(IncidentState s)
{
    switch (s) {
    case IncidentState::Reported: return NeedAccept;
    case IncidentState::Accepted: return NeedDispatch;
    case IncidentState::Replied: return NeedVerify;
    case IncidentState::Verified: return NeedClose;
    case IncidentState::Closed: return NeedEvaluate;
    default: return NeedHandling;
    }
}

QString DispatchQueueModel::needName(Need n)
{
    switch (n) {
    case NeedAccept: return tr("To accept");
    case NeedDispatch: return tr("To dispatch");
    case NeedHandling: return tr("Being handled");
    case NeedVerify: return tr("To verify");
    case NeedClose: return tr("To close");
    case NeedEvaluate: return tr("To evaluate");
    case NeedCount: break;
    }
    return {};
}

int DispatchQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DispatchQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Incident &r = m_rows[index.row()];
    const bool overdue = r.deadlineStatus(m_now) == DeadlineStatus::Overdue;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NeedColumn: return needName(needOf(r.state));
        case CodeColumn: return r.supervised ? QStringLiteral("★ ") + r.code : r.code;
        case CategoryColumn: return m_categoryName(r.categoryCode);
        case TitleColumn: return r.title;
        case LevelColumn: return adminLevelName(r.level);
        case DepartmentColumn: {
            QString d = m_departmentName(r.leadDepartment);
            if (!r.coDepartments.isEmpty())
                d += QStringLiteral(" +%1").arg(r.coDepartments.size());
            return r.leadDepartment.isEmpty() ? QString() : d;
        }
        case DueColumn: return FieldPresenter::formatTime(r.dueAt);
        }
        break;
    case Qt::ToolTipRole:
        if (r.supervised && index.column() == CodeColumn)
            return tr("Under supervision");
        break;
    case Qt::ForegroundRole:
        if (overdue)
            return QBrush(QColor(190, 20, 20));
        if (r.deadlineStatus(m_now) == DeadlineStatus::Warning && index.column() == DueColumn)
            return QBrush(QColor(200, 100, 0));
        break;
    case Qt::FontRole:
        if (overdue && (index.column() == DueColumn || index.column() == CodeColumn)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case IdRole: return r.id;
    case NeedRole: return int(needOf(r.state));
    case OverdueRole: return overdue;
    case SupervisedRole: return r.supervised;
    case SortRole:
        if (index.column() == DueColumn) // cases with no due time (awaiting evaluation) sort last
            return r.dueAt.isValid() ? r.dueAt : QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC);
        if (index.column() == NeedColumn)
            return int(needOf(r.state));
        return data(index, Qt::DisplayRole);
    case SearchRole:
        return QStringList{r.code, r.title, r.address, r.reporter, m_categoryName(r.categoryCode)}.join(QLatin1Char(' '));
    }
    return {};
}

QVariant DispatchQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NeedColumn: return tr("Needs");
    case CodeColumn: return tr("Case number");
    case CategoryColumn: return tr("Category");
    case TitleColumn: return tr("Title");
    case LevelColumn: return tr("Level");
    case DepartmentColumn: return tr("Department");
    case DueColumn: return tr("Due");
    }
    return {};
}

} // namespace griddesk::app
