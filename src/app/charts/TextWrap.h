#pragma once
// Breaks a label into lines no wider than a width, where the language allows
// (between Chinese characters, at spaces), so a chart shows it whole.

#include <QFont>
#include <QStringList>

namespace griddesk::app::textwrap {

QStringList lines(const QString &text, const QFont &font, double width);

} // namespace griddesk::app::textwrap
