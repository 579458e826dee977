#include "DockTabTitles.h"

#include <QChildEvent>
#include <QMainWindow>
#include <QTabBar>

namespace griddesk::app {

DockTabTitles::DockTabTitles(QMainWindow *window)
    : QObject(window)
{
    setObjectName(QStringLiteral("dockTabTitles"));
    for (QTabBar *bar : window->findChildren<QTabBar *>(QString(), Qt::FindDirectChildrenOnly))
        keepWhole(bar);
    window->installEventFilter(this);
}

bool DockTabTitles::eventFilter(QObject *watched, QEvent *event)
{
    // A child is whole by the time it is polished (not yet when it is added).
    if (event->type() == QEvent::ChildPolished)
        keepWhole(static_cast<QChildEvent *>(event)->child());
    return QObject::eventFilter(watched, event);
}

void DockTabTitles::keepWhole(QObject *child)
{
    if (auto *bar = qobject_cast<QTabBar *>(child)) {
        bar->setElideMode(Qt::ElideNone);
        bar->setUsesScrollButtons(true);
    }
}

} // namespace griddesk::app
