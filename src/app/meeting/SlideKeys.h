#pragma once
// The keys of presentation mode, the same on the wall and on the presenter
// view: arrows, PageUp/PageDown and Space (what presentation clickers send),
// Home/End, B for the neutral slide, D to record a decision, Esc to leave.

#include <QCoreApplication>
#include <QString>
#include <QVector>

class QKeyEvent;

namespace griddesk::app {

enum class SlideCommand { None, Next, Previous, First, Last, Blank, Decision, Leave };

namespace slidekeys {
SlideCommand command(const QKeyEvent &event);
// The keys as a short legend for the presenter view, in the reader's language.
QString legend();
} // namespace slidekeys

} // namespace griddesk::app
