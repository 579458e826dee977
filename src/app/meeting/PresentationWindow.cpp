#include "PresentationWindow.h"
#include "SlideWidget.h"


namespace griddesk::app {

PresentationWindow::PresentationWindow(map::ConsoleLayers *layers, QWidget *parent)
    : SlideCommandWindow(parent)
    , m_slide(new SlideWidget(layers, this))
{
    setObjectName(QStringLiteral("presentationWindow"));
    setWindowTitle(tr("GridDesk — joint meeting (wall screen)"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    setCursor(Qt::BlankCursor);
    // The window takes every key: nothing on a slide may keep arrows or Space.
    for (QWidget *w : m_slide->findChildren<QWidget *>())
        w->setFocusPolicy(Qt::NoFocus);
    m_slide->setFocusPolicy(Qt::NoFocus);
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    SlideCommandWindow::resizeEvent(event);
    m_slide->setGeometry(rect());
}

} // namespace griddesk::app
