#include "SlideLook.h"

#include <QFontDatabase>

#include <algorithm>
#include <cmath>

namespace griddesk::app {

QString slidetheme::code(SlideTheme theme)
{
    return theme == SlideTheme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
}

SlideTheme slidetheme::fromCode(const QString &code)
{
    return code == QLatin1String("dark") ? SlideTheme::Dark : SlideTheme::Light;
}

SlideLook::SlideLook(const QSize &logicalSize, double devicePixelRatio, SlideTheme theme)
    : m_dpr(devicePixelRatio > 0 ? devicePixelRatio : 1.0)
    , m_theme(theme)
{
    const double w = logicalSize.width() * m_dpr;
    const double h = logicalSize.height() * m_dpr;
    m_unit = std::max(0.1, std::min(w / 1920.0, h / 1080.0));
}

int SlideLook::px(double at1080) const
{
    return int(std::lround(at1080 * m_unit / m_dpr));
}

namespace {
// A Chinese face with a true bold (synthetic bold is lost in large type):
// Noto Sans CJK on Linux, Microsoft YaHei on Windows.
QString slideFamily()
{
    static const QString family = [] {
        const QStringList installed = QFontDatabase().families();
        for (const QString &f : { QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Microsoft YaHei"),
                 QStringLiteral("Source Han Sans SC"), QStringLiteral("WenQuanYi Micro Hei") })
            if (installed.contains(f))
                return f;
        return QFont().family();
    }();
    return family;
}
} // namespace

QFont SlideLook::font(double at1080, bool bold) const
{
    QFont f(slideFamily());
    // Rounded up, so the body never ends below its size at 1080p.
    f.setPixelSize(std::max(1, int(std::ceil(at1080 * m_unit / m_dpr - 0.01))));
    f.setBold(bold);
    return f;
}

QFont SlideLook::heading() const
{
    return font(60, true);
}

QFont SlideLook::subheading() const
{
    return font(40, false);
}

QFont SlideLook::body() const
{
    return font(kBodyPx, false);
}

QFont SlideLook::small() const
{
    return font(kSmallPx, false);
}

QFont SlideLook::figure() const
{
    return font(72, true);
}

QColor SlideLook::background() const
{
    return m_theme == SlideTheme::Dark ? QColor(0x10, 0x12, 0x16) : QColor(0xff, 0xff, 0xff);
}

QColor SlideLook::ink() const
{
    return m_theme == SlideTheme::Dark ? QColor(0xff, 0xff, 0xff) : QColor(0x00, 0x00, 0x00);
}

QColor SlideLook::muted() const
{
    // Still above 7:1 against the background (WCAG AAA).
    return m_theme == SlideTheme::Dark ? QColor(0xc8, 0xcc, 0xd2) : QColor(0x33, 0x33, 0x33);
}

QColor SlideLook::accent() const
{
    return m_theme == SlideTheme::Dark ? QColor(0x7f, 0xc4, 0xff) : QColor(0x0b, 0x3d, 0x91);
}

QColor SlideLook::warning() const
{
    return m_theme == SlideTheme::Dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

} // namespace griddesk::app
