#pragma once
// Whether a window geometry saved on an earlier run may be restored on the
// screen the console starts on now. A window saved on a smaller screen would
// leave a band of empty desktop on a larger one, and one saved on a larger
// screen would overflow a smaller one; both open maximised instead.

#include <QRect>
#include <QSize>

namespace griddesk::app::windowplacement {

// Two screens are of one size class when their available areas differ by no
// more than this fraction in width and in height.
constexpr double kSizeClassTolerance = 0.1;

bool sameSizeClass(const QSize &a, const QSize &b);
// savedFrame: the window's frame when it was saved; savedScreen: the available
// area of its screen then; available: the available area of the screen now.
bool shouldRestore(const QRect &savedFrame, const QSize &savedScreen, const QRect &available);

} // namespace griddesk::app::windowplacement
