#include "SourceSortProxy.h"

namespace griddesk::app {

void SourceSortProxy::sort(int column, Qt::SortOrder order)
{
    if (sourceModel())
        sourceModel()->sort(column, order);
}

} // namespace griddesk::app
