#pragma once
// The key of a slide's map, in its top-left corner: the ring that marks the
// item's cases and the outline of its area, drawn as the map draws them,
// each with its words beside it.

#include <QWidget>

class QLabel;

namespace griddesk::app {

class SlideLook;

class SlideMapLegend : public QWidget
{
    Q_OBJECT

public:
    explicit SlideMapLegend(QWidget *parent = nullptr);

    // Lays the key out for `look` within `maxWidth`; shows the cases' entry
    // only when the item has cases. Resizes itself.
    void update(const SlideLook &look, bool withCases, int maxWidth);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_cases;
    QLabel *m_area;
    int m_symbol = 0; // the symbols' size, px
    int m_gap = 0;    // between a symbol and its words
};

} // namespace griddesk::app
