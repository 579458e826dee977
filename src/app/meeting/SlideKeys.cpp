#include "SlideKeys.h"

#include <QKeyEvent>

namespace griddesk::app::slidekeys {

SlideCommand command(const QKeyEvent &event)
{
    // Modifiers are ignored except Ctrl/Alt/Meta, which belong to the system.
    if (event.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return SlideCommand::None;
    switch (event.key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return SlideCommand::Next;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        return SlideCommand::Previous;
    case Qt::Key_Home:
        return SlideCommand::First;
    case Qt::Key_End:
        return SlideCommand::Last;
    case Qt::Key_B:
    case Qt::Key_Period: // the "blank screen" button of many clickers
        return SlideCommand::Blank;
    case Qt::Key_D:
        return SlideCommand::Decision;
    case Qt::Key_Escape:
        return SlideCommand::Leave;
    default:
        return SlideCommand::None;
    }
}

QString legend()
{
    return QCoreApplication::translate("SlideKeys",
        "\u2192 / Space: next   \u2190: previous   Home / End: first / last   B: blank   D: record a decision   Esc: leave");
}

} // namespace griddesk::app::slidekeys
