#pragma once
// Paints a placed label that is plain text on one line, with or without a
// rectangular background, as QGIS's text renderer would in its "always
// text" format, without the renderer's detour: QGIS 3.22 builds every label's
// text and background as a QPicture of the glyphs' outlines (written,
// checksummed and played back) even when the outlines are not used, which
// made a city township's ~55 community names cost ~30 ms of each frame,
// after all layers had drawn, on one thread.
//
// Anything else (a buffer, a shadow, a mask, several lines or parts, a
// rotation, data-defined values, outlines as for PDF, another background)
// goes to QGIS's own painting. Labels painted here are not entered in the
// render job's labeling results (QGIS keeps their index to itself).

#include <qgsvectorlayerlabelprovider.h>

namespace griddesk::map {

class PlainLabelProvider : public QgsVectorLayerLabelProvider
{
public:
    PlainLabelProvider(QgsVectorLayer *layer, const QString &providerId, bool withFeatureLoop,
                       const QgsPalLayerSettings *settings);

    void startRender(QgsRenderContext &context) override;
    void drawLabel(QgsRenderContext &context, pal::LabelPosition *label) const override;

    // Whether labels of these settings may be painted here at all (the label's
    // own checks come on top).
    static bool plainSettings(const QgsPalLayerSettings &settings);

private:
    void paintBackground(QgsRenderContext &context, pal::LabelPosition *label, const QgsTextFormat &format) const;

    bool m_plain = false; // the settings and the render context allow it
};

} // namespace griddesk::map
