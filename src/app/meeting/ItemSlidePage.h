#pragma once
// The slide of one agenda item: its title and reason across the top, the
// facts (and a chart where the item has one) on the left, the map of its
// cases and area on the right, and where the meeting stands in the foot.

#include "ChartData.h"
#include "ItemFacts.h"
#include "SlidePage.h"


class QLabel;

namespace griddesk::map {
class ConsoleLayers;
}

namespace griddesk::app {

class BreakdownChart;
class FactsPanel;
class SlideMapView;

class ItemSlidePage : public SlidePage
{
    Q_OBJECT

public:
    ItemSlidePage(map::ConsoleLayers *layers, QWidget *parent = nullptr);

    // `number` counts from 1 of `total`; `footer` names the meeting.
    void setItem(const ItemFacts &facts, int number, int total, const QString &footer);
    void setLook(const SlideLook &look) override;

    const ItemFacts &facts() const { return m_facts; }
    FactsPanel *factsPanel() const { return m_factsPanel; }
    SlideMapView *mapView() const { return m_map; }
    BreakdownChart *chart() const { return m_chart; }

protected:
    // The bars, largest first, in at most `bars` of them.
    QVector<ChartValue> fitted(int bars) const;
    void relayout() override;

private:

    ItemFacts m_facts;
    QVector<ChartValue> m_bars;
    int m_number = 0;
    int m_total = 0;
    QString m_footerText;
    QLabel *m_title;
    QLabel *m_reason;
    QLabel *m_position;
    QLabel *m_planned;
    QWidget *m_rule;
    FactsPanel *m_factsPanel;
    BreakdownChart *m_chart;
    SlideMapView *m_map;
    QLabel *m_footer;
};

} // namespace griddesk::app
