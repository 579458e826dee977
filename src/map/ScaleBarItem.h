#pragma once
// A scale bar drawn over the lower-left corner of the map canvas. The map is
// in a Gauss-Krüger zone, so map units are true metres.

#include <QWidget>

class QgsMapCanvas;

namespace griddesk::map {

class ScaleBarItem : public QWidget
{
    Q_OBJECT

public:
    explicit ScaleBarItem(QgsMapCanvas *canvas);

    // The bar's length in metres for the current scale, a 1-2-5 round number.
    double barMetres() const;
    int barPixels() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reposition();

    QgsMapCanvas *m_canvas;
};

} // namespace griddesk::map
