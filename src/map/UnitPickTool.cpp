#include "UnitPickTool.h"
#include "KpiChoroplethTheme.h"

#include <qgsapplication.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>

namespace griddesk::map {

UnitPickTool::UnitPickTool(QgsMapCanvas *canvas, KpiChoroplethTheme *theme)
    : QgsMapTool(canvas)
    , m_theme(theme)
{
    setCursor(QgsApplication::getThemeCursor(QgsApplication::Cursor::Select));
}

void UnitPickTool::canvasReleaseEvent(QgsMapMouseEvent *e)
{
    if (e->button() != Qt::LeftButton || !m_theme || !m_theme->isShown())
        return;
    const QString code = m_theme->unitAt(e->mapPoint(), canvas()->mapSettings().destinationCrs());
    if (!code.isEmpty())
        Q_EMIT unitClicked(code);
}

} // namespace griddesk::map
