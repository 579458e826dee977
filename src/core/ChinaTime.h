#pragma once
// China Standard Time, UTC+8 all year: the clock of every deadline, period,
// meeting and bulletin. Times are stored in UTC and shown and cut into days
// in this offset.

namespace griddesk {

constexpr int kChinaOffset = 8 * 3600; // seconds east of UTC

} // namespace griddesk
