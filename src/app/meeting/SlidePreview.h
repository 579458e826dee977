#pragma once
// A picture of the wall's current slide, scaled to fit with its proportions,
// for the presenter view.

#include <QPixmap>
#include <QWidget>

namespace griddesk::app {

class SlidePreview : public QWidget
{
    Q_OBJECT

public:
    explicit SlidePreview(QWidget *parent = nullptr);

    void setPicture(const QPixmap &picture);
    const QPixmap &picture() const { return m_picture; }
    // Where the picture is drawn (inside the widget, centred).
    QRect pictureRect() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QPixmap m_picture;
};

} // namespace griddesk::app
