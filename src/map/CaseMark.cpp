#include "CaseMark.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsrulebasedrenderer.h>
#include <qgssymbol.h>

namespace griddesk::map::casemark {

QString field()
{
    return QStringLiteral("mark");
}

Mark of(IncidentState state, qint64 warnAt, qint64 dueAt, qint64 now)
{
    if (!incidentstate::isOpen(state))
        return None;
    if (dueAt < now)
        return Overdue;
    if (warnAt != kNever && warnAt <= now)
        return DueSoon;
    switch (state) {
    case IncidentState::Reported: return AwaitingAcceptance;
    case IncidentState::Accepted:
    case IncidentState::Dispatched:
    case IncidentState::Handling: return BeingHandled;
    case IncidentState::Replied:
    case IncidentState::Verified: return AwaitingVerification;
    case IncidentState::Closed:
    case IncidentState::Rejected:
    case IncidentState::Merged: break;
    }
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
