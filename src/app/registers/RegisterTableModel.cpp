#include "RegisterTableModel.h"
#include "RegisterStore.h"
#include "StoreError.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace griddesk::app {

RegisterTableModel::RegisterTableModel(RegisterKind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{
    // Notes and outcomes are read in the form; the list keeps one line a row.
    for (const RegisterField &f : registercatalog::spec(kind).fields)
        if (f.kind != FieldKind::LongText && f.kind != FieldKind::Reference)
            m_fields << f.column;
    if (kind == RegisterKind::Residents)
        m_fields.insert(m_fields.indexOf(QStringLiteral("address")), QStringLiteral("house_no"));
}

void RegisterTableModel::setPage(const RegisterStore *store, const RegisterQuery &query, const QVector<RegisterRecord> &rows,
                                 qint64 total)
{
    beginResetModel();
    m_store = store;
    m_query = query;
    m_rows = rows;
    m_total = qMax<qint64>(total, rows.size());
    endResetModel();
}

void RegisterTableModel::setRecords(const QVector<RegisterRecord> &records)
{
    beginResetModel();
    m_store = nullptr;
    m_rows = records;
    m_total = records.size();
    endResetModel();
}

void RegisterTableModel::setFlagged(const QSet<qint64> &ids)
{
    m_flagged = ids;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(m_rows.size() - 1, columnCount() - 1), {Qt::ForegroundRole});
}

int RegisterTableModel::rowOf(qint64 id) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].id == id)
            return r;
    return -1;
}

const RegisterField *RegisterTableModel::fieldAt(int column) const
{
    return column >= 0 && column < m_fields.size() ? registercatalog::spec(m_kind).field(m_fields[column]) : nullptr;
}

int RegisterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int RegisterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_fields.size() + 1;
}

QString RegisterTableModel::displayText(const RegisterField &field, const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (field.kind) {
    case FieldKind::Code: return field.codeLabel(value.toString());
    case FieldKind::Date: {
        const QDate d = value.type() == QVariant::Date ? value.toDate() : QDate::fromString(value.toString(), Qt::ISODate);
        return d.isValid() ? d.toString(Qt::ISODate) : value.toString();
    }
    case FieldKind::Decimal: return QLocale().toString(value.toDouble(), 'f', 1);
    default: return value.toString();
    }
}

QVariant RegisterTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RegisterRecord &r = m_rows[index.row()];
    if (role == IdRole)
        return r.id;
    if (role == ColumnNameRole)
        return m_fields.value(index.column());
    if (role == Qt::ForegroundRole && m_flagged.contains(r.id))
        return QBrush(QColor(190, 30, 30));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (index.column() == m_fields.size())
        return role == Qt::ToolTipRole ? r.gridCode : m_gridNames.value(r.gridCode, r.gridCode);
    const RegisterField *f = fieldAt(index.column());
    return f ? displayText(*f, r.value(f->column)) : QVariant();
}

QVariant RegisterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == m_fields.size())
        return tr("Grid");
    const RegisterField *f = fieldAt(section);
    return f ? f->displayName() : QVariant();
}

bool RegisterTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_store && m_rows.size() < m_total;
}

void RegisterTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    RegisterQuery next = m_query;
    next.limit = kPageSize;
    next.offset = m_rows.size();
    QVector<RegisterRecord> page;
    try {
        page = m_store->registerRecords(m_kind, next);
    } catch (const StoreError &) {
        m_total = m_rows.size(); // the next reload says why
        return;
    }
    if (page.isEmpty()) {
        m_total = m_rows.size();
        return;
    }
    beginInsertRows({}, m_rows.size(), m_rows.size() + page.size() - 1);
    m_rows += page;
    endInsertRows();
}

} // namespace griddesk::app
