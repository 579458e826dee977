#pragma once
// The console's look: its style sheet and a base font large enough to read
// across a meeting room, in a Chinese face for Chinese. Applied once the
// application object exists and the language is chosen.

class QApplication;

namespace griddesk::app::look {

void apply(QApplication &app);

} // namespace griddesk::app::look
