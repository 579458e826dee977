#include "WindowPlacement.h"

#include <cmath>

namespace griddesk::app::windowplacement {

namespace {
bool near(int a, int b)
{
    return std::abs(a - b) <= kSizeClassTolerance * std::max(a, b);
}
} // namespace

bool sameSizeClass(const QSize &a, const QSize &b)
{
    return a.isValid() && b.isValid() && near(a.width(), b.width()) && near(a.height(), b.height());
}

bool shouldRestore(const QRect &savedFrame, const QSize &savedScreen, const QRect &available)
{
    return savedFrame.isValid() && available.contains(savedFrame) && sameSizeClass(savedScreen, available.size());
}

} // namespace griddesk::app::windowplacement
