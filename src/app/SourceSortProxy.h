#pragma once
// A proxy that filters and leaves the sorting to its source model: a click on
// a header sorts the source's own rows (a model that sorts its rows directly
// needs no data() call per comparison), and the proxy keeps their order.

#include <QSortFilterProxyModel>

namespace griddesk::app {

class SourceSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
};

} // namespace griddesk::app
