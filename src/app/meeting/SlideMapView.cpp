#include "SlideMapView.h"
#include "ConsoleLayers.h"
#include "ItemFacts.h"
#include "ItemHighlightLayers.h"
#include "SlideMapLegend.h"

#include <QPainter>
#include <QTimer>

#include <qgsmaprendererparalleljob.h>
#include <qgsmapsettings.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <algorithm>

namespace griddesk::app {

namespace {
// The smallest span a slide's map shows (metres), so one case is seen in its street.
constexpr double kMinSpanMetres = 900.0;
// Symbols and labels on the wall, against the console's at 1920×1080.
constexpr double kSymbolScale = 1.4;
const QColor kBackground(226, 233, 238);
} // namespace

SlideMapView::SlideMapView(map::ConsoleLayers *layers, QWidget *parent)
    : QWidget(parent)
    , m_layers(layers)
    , m_legend(new SlideMapLegend(this))
    , m_look(QSize(1920, 1080), 1.0, SlideTheme::Light)
    , m_renderTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("slideMap"));
    setFocusPolicy(Qt::NoFocus);
    // Bursts of changes (a resize, a slide and its look, live edits) draw once.
    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(30);
    connect(m_renderTimer, &QTimer::timeout, this, &SlideMapView::render);
    if (m_layers) {
        m_highlight = std::make_unique<map::ItemHighlightLayers>(*m_layers);
        m_extent = m_layers->fullExtent();
        // A case that changes on the console's layers shows here too.
        for (QgsMapLayer *layer : drawnLayers())
            connect(layer, &QgsMapLayer::repaintRequested, this, [this] {
                if (m_job)
                    m_again = true;
                else
                    scheduleRender();
            });
        // A boundary copy replaces a layer's provider: no picture is drawn
        // meanwhile, and the one under way (and any dropped) ends first.
        connect(m_layers, &map::ConsoleLayers::areasFiling, this, [this](bool underway) {
            m_paused = underway;
            if (underway) {
                const bool drawing = m_job != nullptr;
                endJobs();
                m_again = m_again || drawing;
            } else if (m_again || m_image.isNull()) {
                scheduleRender();
            }
        });
    }
    m_legend->setVisible(m_layers != nullptr);
}

SlideMapView::~SlideMapView()
{
    endJobs(); // they read the highlight layers, which go with this view
}

void SlideMapView::endJobs()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        delete m_job;
        m_job = nullptr;
    }
    for (const QPointer<QgsMapRendererParallelJob> &dropped : qAsConst(m_dropped))
        if (dropped && dropped->isActive())
            dropped->cancel();
    m_dropped.clear();
}

QList<QgsMapLayer *> SlideMapView::drawnLayers() const
{
    if (!m_layers)
        return {};
    return { m_highlight->cases(), m_layers->incidents(), m_highlight->units(), m_layers->township(),
        m_highlight->communities(), m_highlight->grids() };
}

int SlideMapView::ringedCases() const
{
    return m_highlight ? m_highlight->caseCount() : 0;
}

int SlideMapView::outlinedUnits() const
{
    return m_highlight ? m_highlight->unitCount() : 0;
}

bool SlideMapView::isRendering() const
{
    return m_job != nullptr || m_renderTimer->isActive() || (m_paused && m_again);
}

void SlideMapView::showItem(const ItemFacts &facts)
{
    if (!m_highlight)
        return;
    m_highlight->setItem(facts.points, facts.unitCodes);
    m_extent = extentFor(facts);
    placeLegend();
    scheduleRender();
}

QgsRectangle SlideMapView::extentFor(const ItemFacts &facts) const
{
    GeoBounds bounds = facts.bounds;
    if (bounds.isEmpty())
        bounds = m_highlight->bounds();
    if (bounds.isEmpty())
        return m_layers->fullExtent();
    QgsRectangle extent = m_layers->displayExtent(bounds);
    // The display CRS is a Gauss-Krüger zone: map units are metres.
    if (extent.width() < kMinSpanMetres || extent.height() < kMinSpanMetres) {
        const QgsPointXY c = extent.center();
        const double half = std::max({ kMinSpanMetres, extent.width(), extent.height() }) / 2;
        extent = QgsRectangle(c.x() - half, c.y() - half, c.x() + half, c.y() + half);
    }
    return extent;
}

void SlideMapView::setLook(const SlideLook &look)
{
    m_look = look;
    placeLegend();
    scheduleRender();
}

void SlideMapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeLegend();
    scheduleRender();
}

void SlideMapView::scheduleRender()
{
    if (m_layers && !size().isEmpty())
        m_renderTimer->start();
}

void SlideMapView::render()
{
    if (m_paused) {
        m_again = true;
        return;
    }
    if (m_job) {
        // The newer request wins; the running picture is dropped.
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancelWithoutBlocking();
        m_job->deleteLater();
        m_dropped.removeAll(nullptr);
        m_dropped << m_job;
        m_job = nullptr;
    }
    const double dpr = devicePixelRatioF();
    QgsMapSettings settings;
    settings.setLayers(drawnLayers());
    settings.setDestinationCrs(m_layers->displayCrs());
    settings.setTransformContext(QgsProject::instance()->transformContext());
    settings.setOutputSize((QSizeF(size()) * dpr).toSize());
    // The look's unit is counted in device pixels already.
    settings.setOutputDpi(96.0 * std::max(1.0, m_look.unit() * kSymbolScale));
    settings.setBackgroundColor(kBackground);
    settings.setFlag(Qgis::MapSettingsFlag::Antialiasing, true);
    settings.setFlag(Qgis::MapSettingsFlag::DrawLabeling, true);
    settings.setTextRenderFormat(Qgis::TextRenderFormat::AlwaysText); // as the console's map
    settings.setExtent(m_extent);
    m_again = false;
    m_job = new QgsMapRendererParallelJob(settings);
    connect(m_job, &QgsMapRendererJob::finished, this, &SlideMapView::renderFinished);
    m_job->start();
}

void SlideMapView::renderFinished()
{
    QgsMapRendererParallelJob *job = m_job;
    m_job = nullptr;
    m_image = job->renderedImage();
    m_image.setDevicePixelRatio(devicePixelRatioF());
    job->deleteLater();
    update();
    if (m_again) {
        scheduleRender();
        return;
    }
    Q_EMIT rendered();
}

void SlideMapView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), kBackground);
    if (!m_image.isNull()) {
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(rect(), m_image);
    }
    p.setPen(QPen(QColor(0x8a, 0x94, 0xa0), 1));
    p.drawRect(rect().adjusted(0, 0, -1, -1));
}

void SlideMapView::placeLegend()
{
    const int margin = m_look.px(16);
    m_legend->update(m_look, m_highlight && m_highlight->caseCount() > 0, std::max(1, width() - 2 * margin));
    m_legend->move(margin, margin);
}

} // namespace griddesk::app
