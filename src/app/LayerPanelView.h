#pragma once
// The layer panel's tree: as wide as its legend, with room for a vertical
// scroll bar kept in its width, so that a legend too long for a small screen
// scrolls without cutting the entries short (Qt leaves the bar out of the
// size of a view that adjusts to its contents).

#include <qgslayertreeview.h>

namespace griddesk::app {

class LayerPanelView : public QgsLayerTreeView
{
    Q_OBJECT

public:
    explicit LayerPanelView(QWidget *parent = nullptr);
    QSize sizeHint() const override;
};

} // namespace griddesk::app
