#include "LayerStyles.h"

#include "PlainLabeling.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QFile>

#include <qgsreadwritecontext.h>
#include <qgsrulebasedrenderer.h>
#include <qgsvectorlayer.h>

namespace griddesk::map {

namespace {
// Legend labels written in maps/*.qml; listed here so they get translated.
const char *const kLegendLabels[] = {
    QT_TRANSLATE_NOOP("MapLegend", "Closed or rejected"),
    QT_TRANSLATE_NOOP("MapLegend", "Awaiting acceptance"),
    QT_TRANSLATE_NOOP("MapLegend", "Being handled"),
    QT_TRANSLATE_NOOP("MapLegend", "Awaiting verification"),
    QT_TRANSLATE_NOOP("MapLegend", "Due soon (80 % used)"),
    QT_TRANSLATE_NOOP("MapLegend", "Overdue"),
    QT_TRANSLATE_NOOP("MapLegend", "Class 1 target, online"),
    QT_TRANSLATE_NOOP("MapLegend", "Class 1 target, offline"),
    QT_TRANSLATE_NOOP("MapLegend", "Class 2 target, online"),
    QT_TRANSLATE_NOOP("MapLegend", "Class 2 target, offline"),
    QT_TRANSLATE_NOOP("MapLegend", "Class 3 target, online"),
    QT_TRANSLATE_NOOP("MapLegend", "Class 3 target, offline"),
    QT_TRANSLATE_NOOP("MapLegend", "Red warning"),
    QT_TRANSLATE_NOOP("MapLegend", "Orange warning"),
    QT_TRANSLATE_NOOP("MapLegend", "Yellow warning"),
    QT_TRANSLATE_NOOP("MapLegend", "Blue warning"),
};
} // namespace

QStringList legendLabels()
{
    QStringList out;
    for (const char *l : kLegendLabels)
        out << QString::fromUtf8(l);
    return out;
}

bool applyStyle(QgsVectorLayer *layer, const QString &name, QString *error)
{
    QFile f(QStringLiteral(":/griddesk/styles/") + name);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("style %1 is not embedded").arg(name);
        return false;
    }
    QDomDocument doc;
    QString parseError;
    int line = 0;
    if (!doc.setContent(&f, &parseError, &line)) {
        *error = QStringLiteral("maps/%1.qml line %2: %3").arg(name).arg(line).arg(parseError);
        return false;
    }
    if (!layer->importNamedStyle(doc, *error, QgsMapLayer::AllStyleCategories))
        return false;
    if (auto *rules = dynamic_cast<QgsRuleBasedRenderer *>(layer->renderer())) {
        const QgsRuleBasedRenderer::RuleList all = rules->rootRule()->descendants();
        for (QgsRuleBasedRenderer::Rule *rule : all)
            rule->setLabel(QCoreApplication::translate("MapLegend", rule->label().toUtf8().constData()));
    }
    PlainLabeling::applyTo(layer);
    return true;
}

} // namespace griddesk::map
