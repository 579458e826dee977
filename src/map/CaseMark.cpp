#include "CaseMark.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsrulebasedrenderer.h>
#include <qgssymbol.h>

namespace griddesk::map::casemark {

QString field()
{
    return QStringLiteral("mark");
}

Mark of(const QString &state, const QDateTime &warnAt, const QDateTime &dueAt, const QDateTime &now)
{
    if (dueAt.isValid() && dueAt < now)
        return Overdue;
    if (warnAt.isValid() && warnAt <= now)
        return DueSoon;
    if (state == QLatin1String("reported"))
        return AwaitingAcceptance;
    if (state == QLatin1String("accepted") || state == QLatin1String("dispatched") || state == QLatin1String("handling"))
        return BeingHandled;
    if (state == QLatin1String("replied") || state == QLatin1String("verified"))
        return AwaitingVerification;
    return None;
}

QgsFeatureRenderer *rendererFrom(QgsRuleBasedRenderer *rules)
{
    const QgsRuleBasedRenderer::RuleList children = rules->rootRule()->children();
    if (children.size() != Overdue)
        return nullptr;
    QgsCategoryList categories;
    for (int i = 0; i < children.size(); ++i) {
        if (!children[i]->symbol())
            return nullptr;
        categories << QgsRendererCategory(i + 1, children[i]->symbol()->clone(), children[i]->label());
    }
    auto *renderer = new QgsCategorizedSymbolRenderer(field(), categories);
    // Overdue last, so on top; then due soon.
    renderer->setOrderBy(QgsFeatureRequest::OrderBy({QgsFeatureRequest::OrderByClause(QStringLiteral("\"%1\"").arg(field()), true)}));
    renderer->setOrderByEnabled(true);
    return renderer;
}

} // namespace griddesk::map::casemark
