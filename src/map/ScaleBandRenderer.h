#pragma once
// A layer's renderer that draws with one renderer at a scale closer than a
// band's edge and with another beyond it: a camera's class and state as its
// own symbol when zoomed in to a community, as a small dot on a township's
// view, where a thousand symbols of 3 mm would only cover each other.
//
// The near renderer is the layer's style: it gives the legend, its legend
// checkboxes (passed on to the far one, which keeps the same categories), and
// what a saved style writes.

#include <qgsrenderer.h>

#include <memory>

namespace griddesk::map {

class ScaleBandRenderer : public QgsFeatureRenderer
{
public:
    // Draws with `near` at scales of 1:`edge` or closer, with `far` beyond.
    ScaleBandRenderer(QgsFeatureRenderer *near, QgsFeatureRenderer *far, double edge);

    QgsFeatureRenderer *near() const { return m_near.get(); }
    QgsFeatureRenderer *far() const { return m_far.get(); }
    double edge() const { return m_edge; }

    QgsSymbol *symbolForFeature(const QgsFeature &feature, QgsRenderContext &context) const override;
    QgsSymbol *originalSymbolForFeature(const QgsFeature &feature, QgsRenderContext &context) const override;
    QSet<QString> legendKeysForFeature(const QgsFeature &feature, QgsRenderContext &context) const override;
    void startRender(QgsRenderContext &context, const QgsFields &fields) override;
    void stopRender(QgsRenderContext &context) override;
    QString filter(const QgsFields &fields = QgsFields()) override;
    QSet<QString> usedAttributes(const QgsRenderContext &context) const override;
    bool filterNeedsGeometry() const override;
    QgsFeatureRenderer *clone() const override;
    QgsFeatureRenderer::Capabilities capabilities() override;
    QgsSymbolList symbols(QgsRenderContext &context) const override;
    QDomElement save(QDomDocument &doc, const QgsReadWriteContext &context) override;
    bool legendSymbolItemsCheckable() const override;
    bool legendSymbolItemChecked(const QString &key) override;
    void checkLegendSymbolItem(const QString &key, bool state = true) override;
    QgsLegendSymbolList legendSymbolItems() const override;
    bool willRenderFeature(const QgsFeature &feature, QgsRenderContext &context) const override;
    QgsSymbolList symbolsForFeature(const QgsFeature &feature, QgsRenderContext &context) const override;
    QgsSymbolList originalSymbolsForFeature(const QgsFeature &feature, QgsRenderContext &context) const override;
    QString dump() const override;

private:
    QgsFeatureRenderer *at(const QgsRenderContext &context) const;

    std::unique_ptr<QgsFeatureRenderer> m_near;
    std::unique_ptr<QgsFeatureRenderer> m_far;
    double m_edge = 0;
    QgsFeatureRenderer *m_drawing = nullptr; // between startRender and stopRender
};

} // namespace griddesk::map
