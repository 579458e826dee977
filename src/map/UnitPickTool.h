#pragma once
// Click on the map to pick a unit of the KPI choropleth shown, for drilling
// down into that unit's cases.

#include <QPointer>

#include <qgsmaptool.h>

namespace griddesk::map {

class KpiChoroplethTheme;

class UnitPickTool : public QgsMapTool
{
    Q_OBJECT

public:
    UnitPickTool(QgsMapCanvas *canvas, KpiChoroplethTheme *theme);
    void canvasReleaseEvent(QgsMapMouseEvent *e) override;

Q_SIGNALS:
    // Only while the theme is shown, and only on a unit.
    void unitClicked(const QString &code);

private:
    QPointer<KpiChoroplethTheme> m_theme;
};

} // namespace griddesk::map
