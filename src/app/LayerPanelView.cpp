#include "LayerPanelView.h"

#include <QScrollBar>
#include <QStyle>

namespace griddesk::app {

LayerPanelView::LayerPanelView(QWidget *parent)
    : QgsLayerTreeView(parent)
{
}

QSize LayerPanelView::sizeHint() const
{
    QSize size = QgsLayerTreeView::sizeHint();
    if (verticalScrollBarPolicy() == Qt::ScrollBarAsNeeded)
        size.rwidth() += style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    return size;
}

} // namespace griddesk::app
