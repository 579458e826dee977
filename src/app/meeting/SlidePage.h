#pragma once
// A page of a slide (the title, an item, the end), laid out by hand for
// the look of its window: it lays itself out again when it resizes or the
// look changes.

#include "SlideLook.h"

#include <QWidget>

namespace griddesk::app {

class SlidePage : public QWidget
{
    Q_OBJECT

public:
    explicit SlidePage(QWidget *parent = nullptr);

    virtual void setLook(const SlideLook &look);
    const SlideLook &look() const { return m_look; }

protected:
    virtual void relayout() = 0;
    void resizeEvent(QResizeEvent *event) override;

private:
    SlideLook m_look;
};

} // namespace griddesk::app
