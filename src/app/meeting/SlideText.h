#pragma once
// Text on slides is laid out by hand and never clipped: a label gets the
// height its wrapped text needs within its area, and text that does not fit
// the area is cut at a character with "…", the whole text in its tooltip.

#include <QColor>
#include <QFont>
#include <QRect>
#include <QString>

class QLabel;

namespace griddesk::app::slidetext {

// Font and colour of a slide label.
void style(QLabel *label, const QFont &font, const QColor &colour);
// Whether `text` in `font`, wrapped to `width`, fits in `height`.
bool fits(const QString &text, const QFont &font, int width, int height);
// The height `text` takes in `font` wrapped to `width`.
int heightFor(const QString &text, const QFont &font, int width);
// Puts `text` on the word-wrapped `label` at the top of `area`, as tall as
// it needs and no taller than the area (cut with "…" when it does not fit).
// Returns the height used.
int place(QLabel *label, const QString &text, const QRect &area, Qt::Alignment align = Qt::AlignLeft | Qt::AlignTop);
// "mm:ss" (minutes run past 60: "75:04"); a minus sign before negative times.
QString duration(int seconds);

} // namespace griddesk::app::slidetext
