#include "SlideCommandWindow.h"

#include <QCloseEvent>
#include <QKeyEvent>

namespace griddesk::app {

SlideCommandWindow::SlideCommandWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setFocusPolicy(Qt::StrongFocus);
}

void SlideCommandWindow::keyPressEvent(QKeyEvent *event)
{
    const SlideCommand c = slidekeys::command(*event);
    if (c == SlideCommand::None) {
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
    Q_EMIT command(c);
}

void SlideCommandWindow::closeEvent(QCloseEvent *event)
{
    // Closed by the window manager (Alt+F4): leave presentation mode as Esc
    // does; the controller hides the windows.
    event->ignore();
    Q_EMIT command(SlideCommand::Leave);
}

} // namespace griddesk::app
