#include "SlideText.h"

#include <QFontMetrics>
#include <QLabel>

#include <climits>

namespace griddesk::app::slidetext {

namespace {
const QChar kEllipsis(0x2026);

QRect measure(const QString &text, const QFont &font, int width)
{
    return QFontMetrics(font).boundingRect(QRect(0, 0, width, INT_MAX / 4), Qt::TextWordWrap, text);
}
} // namespace

void style(QLabel *label, const QFont &font, const QColor &colour)
{
    label->setFont(font);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, colour);
    label->setPalette(p);
    label->setWordWrap(true);
    label->setMargin(0);
    label->setIndent(0);
    label->setTextFormat(Qt::PlainText);
}

bool fits(const QString &text, const QFont &font, int width, int height)
{
    const QRect br = measure(text, font, width);
    return br.width() <= width && br.height() <= height;
}

int heightFor(const QString &text, const QFont &font, int width)
{
    return measure(text, font, width).height();
}

int place(QLabel *label, const QString &text, const QRect &area, Qt::Alignment align)
{
    const QFont font = label->font();
    QString shown = text;
    if (!fits(text, font, area.width(), area.height())) {
        // The longest start of the text that fits with "…" after it.
        int lo = 0, hi = text.size();
        while (lo < hi) {
            const int mid = (lo + hi + 1) / 2;
            if (fits(text.left(mid).trimmed() + kEllipsis, font, area.width(), area.height()))
                lo = mid;
            else
                hi = mid - 1;
        }
        shown = lo > 0 ? text.left(lo).trimmed() + kEllipsis : QString();
    }
    label->setText(shown);
    label->setToolTip(shown == text ? QString() : text);
    label->setAlignment(align);
    const int h = shown.isEmpty() ? 0 : std::min(area.height(), measure(shown, font, area.width()).height());
    label->setGeometry(area.x(), area.y(), area.width(), h);
    label->setVisible(h > 0);
    return h;
}

QString duration(int seconds)
{
    const int s = std::abs(seconds);
    const QString text = QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return seconds < 0 ? QChar(0x2212) + text : text;
}

} // namespace griddesk::app::slidetext
