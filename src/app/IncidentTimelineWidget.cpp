#include "IncidentTimelineWidget.h"
#include "FieldPresenter.h"
#include "IncidentAction.h"
#include "Role.h"
#include "Satisfaction.h"
#include "SystemNote.h"

#include <QHeaderView>

namespace griddesk::app {

IncidentTimelineWidget::IncidentTimelineWidget(Namer departmentName, QWidget *parent)
    : QTreeWidget(parent)
    , m_departmentName(std::move(departmentName))
{
    setObjectName(QStringLiteral("incidentTimeline"));
    setColumnCount(5);
    setHeaderLabels({tr("Time"), tr("Action"), tr("By"), tr("State"), tr("Details")});
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setWordWrap(true);
    header()->setStretchLastSection(true);
    header()->resizeSection(0, 140);
    header()->resizeSection(1, 110);
    header()->resizeSection(2, 170);
    header()->resizeSection(3, 160);
}

void IncidentTimelineWidget::showHistory(const QString &caseCode, const QVector<IncidentHistoryEntry> &history)
{
    clear();
    setToolTip(caseCode);
    for (const IncidentHistoryEntry &h : history) {
        IncidentAction action = IncidentAction::Report;
        incidentaction::fromCode(h.action, &action);
        Role role = Role::CentreStaff;
        const QString actor = SystemNote::renderActor(h.actor);
        const QString by = role::fromCode(h.role, &role) ? QStringLiteral("%1（%2）").arg(actor, role::displayName(role))
                                                         : actor;
        const QString state = h.hasStateBefore && h.stateBefore != h.stateAfter
            ? QStringLiteral("%1 → %2").arg(incidentstate::displayName(h.stateBefore), incidentstate::displayName(h.stateAfter))
            : incidentstate::displayName(h.stateAfter);
        QStringList details;
        if (!h.department.isEmpty())
            details << tr("department: %1").arg(m_departmentName(h.department));
        if (!h.departments.isEmpty()) {
            QStringList names;
            for (const QString &d : h.departments)
                names << m_departmentName(d);
            details << tr("co-handling: %1").arg(names.join(QStringLiteral("、")));
        }
        Satisfaction s;
        if (satisfaction::fromCode(h.satisfaction, &s))
            details << tr("evaluation: %1").arg(satisfaction::displayName(s));
        if (!h.note.isEmpty() && action != IncidentAction::Report)
            details << SystemNote::render(h.note); // the system's notes in the reader's language
        auto *item = new QTreeWidgetItem(this, {FieldPresenter::formatTime(h.at), incidentaction::displayName(action),
                                                by, state, details.join(QStringLiteral("；"))});
        item->setData(1, Qt::UserRole, h.action);
        item->setToolTip(4, details.join(QLatin1Char('\n')));
    }
    if (topLevelItemCount() > 0)
        scrollToItem(topLevelItem(topLevelItemCount() - 1));
}

QStringList IncidentTimelineWidget::actionCodes() const
{
    QStringList out;
    for (int i = 0; i < topLevelItemCount(); ++i)
        out << topLevelItem(i)->data(1, Qt::UserRole).toString();
    return out;
}

} // namespace griddesk::app
