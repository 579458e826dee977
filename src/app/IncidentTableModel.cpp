#include "IncidentTableModel.h"
#include "FieldPresenter.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace griddesk::app {

IncidentTableModel::IncidentTableModel(CategoryNames categories, UnitNames unitNames, QObject *parent)
    : IncidentRowsModel(parent)
    , m_categories(std::move(categories))
    , m_unitNames(std::move(unitNames))
{
}

void IncidentTableModel::setIncidents(const QVector<Incident> &incidents, bool more)
{
    m_more = more;
    m_fetching = false;
    resetRows(incidents);
}

void IncidentTableModel::appendIncidents(const QVector<Incident> &incidents, bool more)
{
    m_more = more;
    m_fetching = false;
    appendRows(incidents);
}

void IncidentTableModel::rowsMoved(int from)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_status.resize(m_rows.size());
    for (int i = from; i < m_rows.size(); ++i)
        m_status[i] = m_rows[i].deadlineStatus(now);
}

bool IncidentTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_fetching;
}

void IncidentTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    Q_EMIT moreRequested();
}

void IncidentTableModel::refreshDeadlines()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    rowsChanged([&](int row) {
        const DeadlineStatus status = m_rows[row].deadlineStatus(now);
        if (status == m_status[row])
            return false;
        m_status[row] = status;
        return true;
    });
}

int IncidentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Incident &r = m_rows[index.row()];
    const DeadlineStatus ds = m_status[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn: return r.code;
        case CategoryColumn: return m_categories.name(r.categoryCode);
        case TitleColumn: return r.title;
        case StateColumn: return incidentstate::displayName(r.state);
        case DeadlineColumn: return deadlinestatus::displayName(ds);
        case GridColumn: return m_unitNames(r.gridCode);
        case ReportedColumn: return FieldPresenter::formatTime(r.reportedAt);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == DeadlineColumn && r.dueAt.isValid())
            return tr("Due %1").arg(FieldPresenter::formatTime(r.dueAt));
        if (index.column() == TitleColumn)
            return r.description;
        break;
    case Qt::ForegroundRole:
        if (ds == DeadlineStatus::Overdue)
            return QBrush(QColor(190, 20, 20));
        if (ds == DeadlineStatus::Warning && index.column() == DeadlineColumn)
            return QBrush(QColor(200, 100, 0));
        if (!incidentstate::isOpen(r.state))
            return QBrush(QColor(120, 120, 120));
        break;
    case Qt::FontRole:
        if (ds == DeadlineStatus::Overdue && (index.column() == DeadlineColumn || index.column() == CodeColumn)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case IdRole: return r.id;
    case StateRole: return int(r.state);
    case DeadlineStatusRole: return int(ds);
    case GridCodeRole: return r.gridCode;
    case CommunityCodeRole: return r.communityCode;
    case SortRole:
        switch (index.column()) {
        case ReportedColumn: return r.reportedAt;
        case StateColumn: return int(r.state);
        case DeadlineColumn: return int(ds) * 1e12 + double(r.dueAt.toSecsSinceEpoch());
        default: return data(index, Qt::DisplayRole);
        }
    case SearchTextRole:
        return QStringList{r.code, r.title, r.address, r.reporter, r.description, m_categories.name(r.categoryCode)}
            .join(QLatin1Char(' '));
    }
    return {};
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn: return tr("Case number");
    case CategoryColumn: return tr("Category");
    case TitleColumn: return tr("Title");
    case StateColumn: return tr("State");
    case DeadlineColumn: return tr("Time limit");
    case GridColumn: return tr("Grid");
    case ReportedColumn: return tr("Reported");
    }
    return {};
}

} // namespace griddesk::app
