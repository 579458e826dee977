#include "ConsoleLook.h"

#include <QApplication>
#include <QFile>
#include <QFont>

#include <algorithm>

namespace griddesk::app::look {

void apply(QApplication &app)
{
    QFile qss(QStringLiteral(":/griddesk/styles/console"));
    if (qss.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(qss.readAll()));
    QFont f = app.font();
    f.setPointSizeF(std::max(10.5, f.pointSizeF()));
    app.setFont(f);
}

} // namespace griddesk::app::look
