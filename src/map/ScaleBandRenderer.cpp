#include "ScaleBandRenderer.h"

#include <qgsrendercontext.h>

namespace griddesk::map {

ScaleBandRenderer::ScaleBandRenderer(QgsFeatureRenderer *near, QgsFeatureRenderer *far, double edge)
    : QgsFeatureRenderer(QStringLiteral("griddeskScaleBand"))
    , m_near(near)
    , m_far(far)
    , m_edge(edge)
{
}

QgsFeatureRenderer *ScaleBandRenderer::at(const QgsRenderContext &context) const
{
    if (m_drawing)
        return m_drawing;
    // No scale (0) is not a far one.
    return context.rendererScale() > m_edge ? m_far.get() : m_near.get();
}

QgsSymbol *ScaleBandRenderer::symbolForFeature(const QgsFeature &feature, QgsRenderContext &context) const
{
    return at(context)->symbolForFeature(feature, context);
}

QgsSymbol *ScaleBandRenderer::originalSymbolForFeature(const QgsFeature &feature, QgsRenderContext &context) const
{
    return at(context)->originalSymbolForFeature(feature, context);
}

QSet<QString> ScaleBandRenderer::legendKeysForFeature(const QgsFeature &feature, QgsRenderContext &context) const
{
    return at(context)->legendKeysForFeature(feature, context);
}

void ScaleBandRenderer::startRender(QgsRenderContext &context, const QgsFields &fields)
{
    QgsFeatureRenderer::startRender(context, fields);
    m_drawing = nullptr;
    m_drawing = at(context);
    m_drawing->startRender(context, fields);
}

void ScaleBandRenderer::stopRender(QgsRenderContext &context)
{
    if (m_drawing)
        m_drawing->stopRender(context);
    m_drawing = nullptr;
    QgsFeatureRenderer::stopRender(context);
}

QString ScaleBandRenderer::filter(const QgsFields &fields)
{
    return (m_drawing ? m_drawing : m_near.get())->filter(fields);
}

QSet<QString> ScaleBandRenderer::usedAttributes(const QgsRenderContext &context) const
{
    return at(context)->usedAttributes(context);
}

bool ScaleBandRenderer::filterNeedsGeometry() const
{
    return m_near->filterNeedsGeometry() || m_far->filterNeedsGeometry();
}

QgsFeatureRenderer *ScaleBandRenderer::clone() const
{
    auto *copy = new ScaleBandRenderer(m_near->clone(), m_far->clone(), m_edge);
    copyRendererData(copy);
    return copy;
}

QgsFeatureRenderer::Capabilities ScaleBandRenderer::capabilities()
{
    return m_near->capabilities() | m_far->capabilities();
}

QgsSymbolList ScaleBandRenderer::symbols(QgsRenderContext &context) const
{
    return at(context)->symbols(context);
}

QDomElement ScaleBandRenderer::save(QDomDocument &doc, const QgsReadWriteContext &context)
{
    return m_near->save(doc, context);
}

bool ScaleBandRenderer::legendSymbolItemsCheckable() const
{
    return m_near->legendSymbolItemsCheckable();
}

bool ScaleBandRenderer::legendSymbolItemChecked(const QString &key)
{
    return m_near->legendSymbolItemChecked(key);
}

void ScaleBandRenderer::checkLegendSymbolItem(const QString &key, bool state)
{
    m_near->checkLegendSymbolItem(key, state);
    m_far->checkLegendSymbolItem(key, state);
}

QgsLegendSymbolList ScaleBandRenderer::legendSymbolItems() const
{
    return m_near->legendSymbolItems();
}

bool ScaleBandRenderer::willRenderFeature(const QgsFeature &feature, QgsRenderContext &context) const
{
    return at(context)->willRenderFeature(feature, context);
}

QgsSymbolList ScaleBandRenderer::symbolsForFeature(const QgsFeature &feature, QgsRenderContext &context) const
{
    return at(context)->symbolsForFeature(feature, context);
}

QgsSymbolList ScaleBandRenderer::originalSymbolsForFeature(const QgsFeature &feature, QgsRenderContext &context) const
{
    return at(context)->originalSymbolsForFeature(feature, context);
}

QString ScaleBandRenderer::dump() const
{
    return QStringLiteral("SCALE BAND at 1:%1\nnear: %2\nfar: %3").arg(m_edge).arg(m_near->dump(), m_far->dump());
}

} // namespace griddesk::map
