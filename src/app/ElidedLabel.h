#pragma once
// A one-line label that shrinks below its text: what does not fit ends in
// "…", and hovering shows the full text. Style sheets address it as a QLabel.

#include <QLabel>

namespace griddesk::app {

class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);
    explicit ElidedLabel(const QString &text, QWidget *parent = nullptr);
    QSize minimumSizeHint() const override;
    // Whether the text is cut short at the current width.
    bool isElided() const;
    // What hovering shows: the tooltip set, else the full text while it is cut short.
    QString hoverText() const;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QRect textRect() const;
};

} // namespace griddesk::app
