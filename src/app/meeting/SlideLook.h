#pragma once
// The look of presentation mode: type sized from the window's own pixel size
// (not the screen's reported DPI, which projectors and walls get wrong), so a
// slide reads the same from 5 m on a 1080p projector and on a 4K wall, and
// two high-contrast themes.

#include <QColor>
#include <QFont>
#include <QSize>
#include <QString>

namespace griddesk::app {

enum class SlideTheme {
    Light, // black on white: lit rooms, projectors
    Dark,  // white on near-black: wall screens in dim rooms
};

namespace slidetheme {
QString code(SlideTheme theme); // "light", "dark"
SlideTheme fromCode(const QString &code); // unknown: Light
} // namespace slidetheme

class SlideLook
{
public:
    // Body text is kBodyPx at 1920×1080 and grows with the window; the
    // smallest text on a slide (footers, legends) is kSmallPx.
    static constexpr double kBodyPx = 34.0;
    static constexpr double kSmallPx = 28.0;

    SlideLook(const QSize &logicalSize, double devicePixelRatio, SlideTheme theme);

    // 1.0 at 1920×1080 device pixels, 2.0 at 3840×2160: the smaller of the
    // width and height ratios, so a wide or tall window never overflows.
    double unit() const { return m_unit; }
    // A length given at 1920×1080 device pixels, in logical pixels of this window.
    int px(double at1080) const;

    QFont heading() const;  // a slide's title
    QFont subheading() const; // the reason, section captions
    QFont body() const;     // facts, agenda lines
    QFont small() const;    // footers, legends
    QFont figure() const;   // big figures (clock, timers)

    QColor background() const;
    QColor ink() const;
    QColor muted() const;
    QColor accent() const;
    QColor warning() const; // over time, overdue
    SlideTheme theme() const { return m_theme; }

private:
    QFont font(double at1080, bool bold) const;

    double m_unit = 1.0;
    double m_dpr = 1.0;
    SlideTheme m_theme;
};

} // namespace griddesk::app
