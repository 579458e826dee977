#pragma once
// Owns one item drawn on a map canvas (a rubber band, a vertex marker) for
// as long as the canvas lives. The canvas's scene deletes its items when the
// canvas goes, so an owner that outlives the canvas must not delete its item
// a second time; one that goes first removes the item from the map.

#include <QPointer>

#include <qgsmapcanvas.h>

namespace griddesk::map {

template <class Item>
class CanvasItem
{
public:
    explicit CanvasItem(QgsMapCanvas *canvas)
        : m_canvas(canvas)
    {
    }
    ~CanvasItem() { reset(); }
    CanvasItem(const CanvasItem &) = delete;
    CanvasItem &operator=(const CanvasItem &) = delete;

    // Replaces the item (created on this canvas), deleting the old one while the canvas is there.
    void reset(Item *item = nullptr)
    {
        if (m_canvas)
            delete m_item;
        m_item = m_canvas ? item : nullptr;
    }
    Item *get() const { return m_canvas ? m_item : nullptr; }
    Item *operator->() const { return get(); }
    explicit operator bool() const { return get() != nullptr; }
    QgsMapCanvas *canvas() const { return m_canvas; }

private:
    QPointer<QgsMapCanvas> m_canvas;
    Item *m_item = nullptr;
};

} // namespace griddesk::map
