#include "PlainLabelProvider.h"

#include <QPainter>
#include <QPainterPath>

#include <feature.h>
#include <labelposition.h>
#include <qgscallout.h>
#include <qgsfillsymbol.h>
#include <qgslabelingengine.h>
#include <qgspainteffect.h>
#include <qgstextlabelfeature.h>
#include <qgstextrenderer.h>

namespace griddesk::map {

namespace {

bool plainBackground(const QgsTextBackgroundSettings &b)
{
    if (!b.enabled())
        return true;
    return b.type() == QgsTextBackgroundSettings::ShapeRectangle && b.sizeType() == QgsTextBackgroundSettings::SizeBuffer
           && b.rotationType() == QgsTextBackgroundSettings::RotationSync && b.offset().isNull()
           && (!b.paintEffect() || !b.paintEffect()->enabled()) && b.blendMode() == QPainter::CompositionMode_SourceOver
           && b.fillSymbol();
}

} // namespace

PlainLabelProvider::PlainLabelProvider(QgsVectorLayer *layer, const QString &providerId, bool withFeatureLoop,
                                       const QgsPalLayerSettings *settings)
    : QgsVectorLayerLabelProvider(layer, providerId, withFeatureLoop, settings)
{
}

bool PlainLabelProvider::plainSettings(const QgsPalLayerSettings &s)
{
    const QgsTextFormat f = s.format();
    // Data-defined settings are worked out as QGIS registers each label: its
    // defined font, and its own values (a label with any is QGIS's to paint).
    return s.drawLabels && s.wrapChar.isEmpty() && s.autoWrapLength == 0
           && (!s.callout() || !s.callout()->enabled()) && !f.buffer().enabled() && !f.shadow().enabled()
           && !f.mask().enabled() && !f.allowHtmlFormatting() && f.orientation() == QgsTextFormat::HorizontalOrientation
           && !f.dataDefinedProperties().hasActiveProperties() && f.blendMode() == QPainter::CompositionMode_SourceOver
           && f.capitalization() == QgsStringUtils::MixedCase && plainBackground(f.background());
}

void PlainLabelProvider::startRender(QgsRenderContext &context)
{
    QgsVectorLayerLabelProvider::startRender(context);
    m_plain = plainSettings(mSettings) && context.textRenderFormat() == Qgis::TextRenderFormat::AlwaysText
              && !(mEngine && mEngine->engineSettings().testFlag(QgsLabelingEngineSettings::DrawLabelRectOnly));
}

void PlainLabelProvider::drawLabel(QgsRenderContext &context, pal::LabelPosition *label) const
{
    // A vector layer's label provider registers text label features only (QGIS
    // casts them so too; the class is not exported for a dynamic_cast). A
    // label of one part, not curved, is part -1 and its text is the feature's.
    auto *lf = m_plain ? static_cast<QgsTextLabelFeature *>(label->getFeaturePart()->feature()) : nullptr;
    QFontMetricsF *metrics = lf ? lf->labelFontMetrics() : nullptr;
    const QString text = lf ? lf->labelText() : QString();
    if (!metrics || label->getPartId() != -1 || label->nextPart() || !qgsDoubleNear(label->getAlpha(), 0.0)
        || !lf->dataDefinedValues().isEmpty() || text.contains(QLatin1Char('\n')) || !context.painter()) {
        QgsVectorLayerLabelProvider::drawLabel(context, label);
        return;
    }
    // As QGIS draws it: the label's own font, its size in pixels.
    const QFont defined = lf->definedFont();
    QgsTextFormat format = mSettings.format();
    format.setFont(defined);
    format.setSize(defined.pixelSize());
    format.setSizeUnit(QgsUnitTypes::RenderPixels);

    if (format.background().enabled())
        paintBackground(context, label, format);
    bool nullSize = false;
    const QFont font = format.scaledFont(context, 1.0, &nullSize);
    if (nullSize)
        return;
    QgsMapToPixel xform = context.mapToPixel();
    xform.setMapRotation(0, 0, 0);
    QPainter *p = context.painter();
    const QgsScopedQPainterState state(p);
    context.setPainterFlagsUsingContext(p);
    // The baseline a quarter of the ascent above the label's lower left corner.
    p->translate(xform.transform(label->getX(), label->getY()).toQPointF());
    p->translate(QPointF(0.0, -0.25 * metrics->ascent()));
    QColor colour = format.color();
    colour.setAlphaF(format.opacity());
    p->setPen(colour);
    p->setFont(font);
    p->setRenderHint(QPainter::TextAntialiasing);
    p->drawText(QPointF(0.0, 0.0), text);
}

void PlainLabelProvider::paintBackground(QgsRenderContext &context, pal::LabelPosition *label, const QgsTextFormat &format) const
{
    const QgsTextBackgroundSettings b = format.background();
    QgsMapToPixel xform = context.mapToPixel();
    xform.setMapRotation(0, 0, 0);
    const QPointF centre =
        xform.transform(label->getX() + label->getWidth() / 2, label->getY() + label->getHeight() / 2).toQPointF();
    // The label's size, and the margin on each side.
    const double w = context.convertToPainterUnits(label->getWidth(), QgsUnitTypes::RenderMapUnits, QgsMapUnitScale())
                     + 2 * context.convertToPainterUnits(b.size().width(), b.sizeUnit(), b.sizeMapUnitScale());
    const double h = context.convertToPainterUnits(label->getHeight(), QgsUnitTypes::RenderMapUnits, QgsMapUnitScale())
                     + 2 * context.convertToPainterUnits(b.size().height(), b.sizeUnit(), b.sizeMapUnitScale());
    const QRectF rect(-w / 2.0, -h / 2.0, w, h);
    if (rect.isNull())
        return;
    QPainterPath path;
    if (b.radiiUnit() == QgsUnitTypes::RenderPercentage)
        path.addRoundedRect(rect, b.radii().width(), b.radii().height(), Qt::RelativeSize);
    else
        path.addRoundedRect(rect, context.convertToPainterUnits(b.radii().width(), b.radiiUnit(), b.radiiMapUnitScale()),
                            context.convertToPainterUnits(b.radii().height(), b.radiiUnit(), b.radiiMapUnitScale()));
    // Curves flattened at ten times the size, as QGIS does, so that they stay round.
    const QTransform up = QTransform::fromScale(10, 10);
    const QPolygonF polygon = up.inverted().map(path.toFillPolygon(up));

    QPainter *p = context.painter();
    const QgsScopedQPainterState state(p);
    context.setPainterFlagsUsingContext(p);
    p->translate(centre);
    const std::unique_ptr<QgsFillSymbol> symbol(b.fillSymbol()->clone());
    symbol->setOpacity(symbol->opacity() * b.opacity());
    const QgsFeature f = context.expressionContext().feature();
    symbol->startRender(context, context.expressionContext().fields());
    symbol->renderPolygon(polygon, nullptr, &f, context);
    symbol->stopRender(context);
}

} // namespace griddesk::map
