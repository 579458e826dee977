#pragma once
// A north arrow over the upper-right corner of the map canvas.

#include <QWidget>

class QgsMapCanvas;

namespace griddesk::map {

class NorthArrowItem : public QWidget
{
    Q_OBJECT

public:
    explicit NorthArrowItem(QgsMapCanvas *canvas);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QgsMapCanvas *m_canvas;
};

} // namespace griddesk::map
