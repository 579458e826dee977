#pragma once
// The console's look: its style sheet and a base font large enough to read
// across a meeting room. Applied once the application object exists.

class QApplication;

namespace griddesk::app::look {

void apply(QApplication &app);

} // namespace griddesk::app::look
