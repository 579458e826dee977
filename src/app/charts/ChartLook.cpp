#include "ChartLook.h"

namespace griddesk::app::chartlook {

QColor ink()
{
    return QColor(0x14, 0x36, 0x5d);
}
QColor text()
{
    return QColor(0x1f, 0x2d, 0x3d);
}
QColor muted()
{
    return QColor(0x5b, 0x6b, 0x7c);
}
QColor gridLine()
{
    return QColor(0xdf, 0xe5, 0xec);
}
QColor background()
{
    return QColor(0xff, 0xff, 0xff);
}
QColor border()
{
    return QColor(0xcf, 0xd8, 0xe3);
}
QColor series()
{
    return QColor(0x2f, 0x6f, 0xbf);
}
QColor emphasis()
{
    return QColor(0xd9, 0x6c, 0x00);
}
QColor good()
{
    return QColor(0x1e, 0x7d, 0x45);
}
QColor bad()
{
    return QColor(0xb3, 0x26, 0x1e);
}
QColor neutral()
{
    return QColor(0x5b, 0x6b, 0x7c);
}
QColor tooFewCases()
{
    return QColor(0x9a, 0xa5, 0xb1);
}

namespace {
QFont scaled(const QFont &base, double factor, bool bold)
{
    QFont f = base;
    // A base set in pixels (some style sheets do) has no point size.
    if (base.pointSizeF() > 0)
        f.setPointSizeF(base.pointSizeF() * factor);
    else
        f.setPixelSize(qRound(base.pixelSize() * factor));
    f.setBold(bold);
    return f;
}
} // namespace

QFont labelFont(const QFont &base)
{
    return scaled(base, 1.1, false);
}
QFont valueFont(const QFont &base)
{
    return scaled(base, 1.1, true);
}
QFont titleFont(const QFont &base)
{
    return scaled(base, 1.3, true);
}
QFont figureFont(const QFont &base)
{
    return scaled(base, 2.6, true);
}

} // namespace griddesk::app::chartlook
