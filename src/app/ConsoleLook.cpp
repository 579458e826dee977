#include "ConsoleLook.h"
#include "Language.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QFontDatabase>

#include <algorithm>

namespace griddesk::app::look {

void apply(QApplication &app)
{
    QFile qss(QStringLiteral(":/griddesk/styles/console"));
    if (qss.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(qss.readAll()));
    QFont f = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    f.setPointSizeF(std::max(10.5, f.pointSizeF()));
    // Chinese text set in a Chinese face from the start: with a Latin face first,
    // the taller fallback glyphs are clipped where heights follow the Latin metrics
    // (dock titles, table rows).
    const QString cjk = QStringLiteral("Noto Sans CJK SC");
    if (language::isChinese() && QFontDatabase().families().contains(cjk))
        f.setFamily(cjk);
    app.setFont(f);
}

} // namespace griddesk::app::look
