#pragma once
// One slide of presentation mode at the size of its window: the title slide,
// an agenda item's slide, the end slide, or the neutral (black) slide. The
// type is sized from the window's pixels (SlideLook) whenever it resizes.

#include "ItemFacts.h"
#include "Meeting.h"
#include "SlideLook.h"

#include <QWidget>

namespace griddesk::map {
class ConsoleLayers;
}

namespace griddesk::app {

class AgendaSlidePage;
class EndSlidePage;
class ItemSlidePage;

enum class SlideKind { Title, Item, End };

class SlideWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SlideWidget(map::ConsoleLayers *layers, QWidget *parent = nullptr);

    void showTitle(const Meeting &meeting, const QStringList &titles);
    void showItem(const ItemFacts &facts, int number, int total, const QString &footer);
    void showEnd(const Meeting &meeting, int usedSeconds);
    // The neutral slide over whatever shows (B on the keyboard).
    void setBlank(bool blank);
    bool isBlank() const { return m_blank; }
    void setTheme(SlideTheme theme);

    SlideKind kind() const { return m_kind; }
    SlideLook look() const;
    ItemSlidePage *itemPage() const { return m_item; }
    AgendaSlidePage *agendaPage() const { return m_agenda; }
    EndSlidePage *endPage() const { return m_end; }

Q_SIGNALS:
    // What the slide shows changed, or its map finished drawing.
    void repainted();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyLook();
    void showPage(SlideKind kind);

    SlideTheme m_theme = SlideTheme::Light;
    SlideKind m_kind = SlideKind::Title;
    bool m_blank = false;
    AgendaSlidePage *m_agenda;
    ItemSlidePage *m_item;
    EndSlidePage *m_end;
};

} // namespace griddesk::app
