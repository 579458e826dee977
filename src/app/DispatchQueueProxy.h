#pragma once
// Filters the dispatch queue by what cases need, overdue or supervised, and text.

#include "SortKeyProxy.h"

namespace griddesk::app {

class DispatchQueueProxy : public SortKeyProxy
{
    Q_OBJECT

public:
    // Filter values: a DispatchQueueModel::Need (>= 0) or one of these.
    enum Special { Everything = -1, OverdueOnly = -2, SupervisedOnly = -3 };

    explicit DispatchQueueProxy(QObject *parent = nullptr);
    void setNeedFilter(int filter);
    void setTextFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_need = Everything;
    QString m_text;
};

} // namespace griddesk::app
