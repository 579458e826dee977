#pragma once
// The map of a slide: the console's own layers (units, incidents with their
// symbols) zoomed to the item's area, its cases ringed and its units
// outlined. It is drawn off the GUI thread into a picture at the screen's
// device pixels, with symbols and labels grown with the screen as the type
// is (a canvas would size them by the screen's reported DPI), and drawn again
// when the console's layers change. It is not interactive.

#include "SlideLook.h"

#include <QImage>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <memory>

#include <qgsrectangle.h>

class QgsMapLayer;
class QgsMapRendererParallelJob;
class QTimer;

namespace griddesk {
struct ItemFacts;
namespace map {
class ConsoleLayers;
class ItemHighlightLayers;
} // namespace map
} // namespace griddesk

namespace griddesk::app {

class SlideMapLegend;

class SlideMapView : public QWidget
{
    Q_OBJECT

public:
    // `layers` may be null: the view then shows nothing but its background.
    explicit SlideMapView(map::ConsoleLayers *layers, QWidget *parent = nullptr);
    ~SlideMapView() override;

    void showItem(const ItemFacts &facts);
    void setLook(const SlideLook &look);

    // The last finished picture (device pixels) and what it shows.
    const QImage &image() const { return m_image; }
    QgsRectangle extent() const { return m_extent; }
    int ringedCases() const;
    int outlinedUnits() const;
    // Whether a picture is being drawn or waits to be.
    bool isRendering() const;

Q_SIGNALS:
    // A picture finished and shows.
    void rendered();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QgsRectangle extentFor(const ItemFacts &facts) const;
    QList<QgsMapLayer *> drawnLayers() const;
    void scheduleRender();
    void render();
    void renderFinished();
    void placeLegend();
    // Ends the picture under way and those dropped before, waiting for them.
    void endJobs();

    map::ConsoleLayers *m_layers;
    std::unique_ptr<map::ItemHighlightLayers> m_highlight;
    SlideMapLegend *m_legend;
    SlideLook m_look;
    QgsRectangle m_extent;
    QImage m_image;
    QgsMapRendererParallelJob *m_job = nullptr;
    QTimer *m_renderTimer;
    QList<QPointer<QgsMapRendererParallelJob>> m_dropped; // cancelled, maybe still reading
    bool m_again = false; // a layer changed while drawing: draw once more
    bool m_paused = false; // a boundary copy replaces a provider (ConsoleLayers::areasFiling)
};

} // namespace griddesk::app
