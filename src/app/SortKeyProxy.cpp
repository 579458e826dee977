#include "SortKeyProxy.h"

#include <QDateTime>

namespace griddesk::app {

namespace {

// As QSortFilterProxyModel compares two keys (case-sensitive, not
// locale-aware: its defaults, which the lists keep).
bool keyLess(const QVariant &l, const QVariant &r)
{
    if (l.userType() == QMetaType::UnknownType)
        return false;
    if (r.userType() == QMetaType::UnknownType)
        return true;
    switch (l.userType()) {
    case QMetaType::Bool:
    case QMetaType::Int:
        return l.toInt() < r.toInt();
    case QMetaType::UInt:
        return l.toUInt() < r.toUInt();
    case QMetaType::Long:
    case QMetaType::LongLong:
        return l.toLongLong() < r.toLongLong();
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return l.toULongLong() < r.toULongLong();
    case QMetaType::Float:
    case QMetaType::Double:
        return l.toDouble() < r.toDouble();
    case QMetaType::QDate:
        return l.toDate() < r.toDate();
    case QMetaType::QTime:
        return l.toTime() < r.toTime();
    case QMetaType::QDateTime:
        return l.toDateTime() < r.toDateTime();
    case QMetaType::QString:
    default:
        return l.toString().compare(r.toString(), Qt::CaseSensitive) < 0;
    }
}

} // namespace

void SortKeyProxy::setSourceModel(QAbstractItemModel *source)
{
    for (const QMetaObject::Connection &c : qAsConst(m_watching))
        disconnect(c);
    m_watching.clear();
    forget();
    // Connected before the proxy's own handlers, which sort with the keys.
    if (source) {
        m_watching << connect(source, &QAbstractItemModel::modelAboutToBeReset, this, &SortKeyProxy::forget)
                   << connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, &SortKeyProxy::forget)
                   << connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this, &SortKeyProxy::forget)
                   << connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this, &SortKeyProxy::forget)
                   << connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this, &SortKeyProxy::forget)
                   << connect(source, &QAbstractItemModel::columnsAboutToBeInserted, this, &SortKeyProxy::forget)
                   << connect(source, &QAbstractItemModel::columnsAboutToBeRemoved, this, &SortKeyProxy::forget)
                   << connect(source, &QAbstractItemModel::dataChanged, this, &SortKeyProxy::reread);
    }
    QSortFilterProxyModel::setSourceModel(source);
}

void SortKeyProxy::forget()
{
    m_keys.clear();
    m_keyColumn = -1;
}

void SortKeyProxy::reread(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (m_keyColumn < 0 || topLeft.parent().isValid())
        return;
    if (m_keyColumn < topLeft.column() || m_keyColumn > bottomRight.column())
        return;
    for (int r = topLeft.row(); r <= bottomRight.row() && r < m_keys.size(); ++r)
        m_keys[r] = sourceModel()->index(r, m_keyColumn).data(m_keyRole);
}

const QVariant &SortKeyProxy::keyOf(const QModelIndex &source) const
{
    const int rows = sourceModel()->rowCount();
    if (m_keyColumn != source.column() || m_keyRole != sortRole() || m_keys.size() != rows) {
        m_keyColumn = source.column();
        m_keyRole = sortRole();
        m_keys.resize(rows);
        for (int r = 0; r < rows; ++r)
            m_keys[r] = sourceModel()->index(r, m_keyColumn).data(m_keyRole);
    }
    return m_keys[source.row()];
}

bool SortKeyProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // A table's rows only; anything else as QSortFilterProxyModel would.
    if (left.parent().isValid() || right.parent().isValid() || left.column() != right.column())
        return QSortFilterProxyModel::lessThan(left, right);
    return keyLess(keyOf(left), keyOf(right));
}

} // namespace griddesk::app
