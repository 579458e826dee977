#include "CameraMark.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsmarkersymbol.h>
#include <qgsrulebasedrenderer.h>
#include <qgssymbol.h>
#include <qgssymbollayer.h>
#include <qgssymbollayerutils.h>

namespace griddesk::map::cameramark {

namespace {
constexpr int kClasses = 3;

// The filter the style writes for a class and state.
QString filterOf(int cameraClass, bool online)
{
    return QStringLiteral("\"camera_class\" = %1 AND %2\"online\"").arg(cameraClass).arg(online ? QString() : QStringLiteral("NOT "));
}
} // namespace

QgsFeatureRenderer *rendererFrom(QgsRuleBasedRenderer *rules)
{
    const QgsRuleBasedRenderer::RuleList children = rules->rootRule()->children();
    if (children.size() != kClasses * 2)
        return nullptr;
    QgsCategoryList categories;
    for (int i = 0; i < children.size(); ++i) {
        const int cameraClass = i / 2 + 1;
        const bool online = i % 2 == 0;
        QgsRuleBasedRenderer::Rule *rule = children[i];
        if (!rule->symbol() || rule->filterExpression().simplified() != filterOf(cameraClass, online)
            || !rule->children().isEmpty())
            return nullptr;
        categories << QgsRendererCategory(cameraClass * 10 + (online ? 1 : 0), rule->symbol()->clone(), rule->label(),
                                          rule->active());
    }
    // "online" counts as 1 or 0 in the sum, a boolean on a server as an
    // integer in a file (a function call, if(), would cost a third more).
    return new QgsCategorizedSymbolRenderer(QStringLiteral("\"camera_class\" * 10 + \"online\""), categories);
}

QgsFeatureRenderer *dotsFrom(const QgsCategorizedSymbolRenderer &marks)
{
    QgsCategoryList dots;
    for (const QgsRendererCategory &c : marks.categories()) {
        const QgsSymbol *mark = c.symbol();
        const bool online = c.value().toInt() % 10 == 1;
        QColor colour = mark && mark->symbolLayerCount() > 0 ? mark->symbolLayer(0)->color() : QColor(Qt::darkCyan);
        if (!online && mark && mark->symbolLayerCount() > 1)
            colour = mark->symbolLayer(mark->symbolLayerCount() - 1)->strokeColor(); // the offline cross
        QgsMarkerSymbol *dot = QgsMarkerSymbol::createSimple({{QStringLiteral("name"), QStringLiteral("circle")},
                                                              {QStringLiteral("size"), QStringLiteral("1.5")},
                                                              {QStringLiteral("color"), QgsSymbolLayerUtils::encodeColor(colour)},
                                                              {QStringLiteral("outline_color"), QStringLiteral("#ffffff")},
                                                              {QStringLiteral("outline_width"), QStringLiteral("0.2")}});
        dots << QgsRendererCategory(c.value(), dot, c.label(), c.renderState());
    }
    return new QgsCategorizedSymbolRenderer(marks.classAttribute(), dots);
}

} // namespace griddesk::map::cameramark
