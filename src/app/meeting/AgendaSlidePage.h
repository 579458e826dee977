#pragma once
// The title slide: the meeting (when, who chairs, how long) and its agenda
// with each item's planned time and the total against the meeting's length.
// Items that do not fit are counted in one line "另有 N 项".

#include "Meeting.h"
#include "SlidePage.h"

#include <QStringList>
#include <QVector>

class QLabel;

namespace griddesk::app {

class AgendaSlidePage : public SlidePage
{
    Q_OBJECT

public:
    explicit AgendaSlidePage(QWidget *parent = nullptr);

    // `titles`: each agenda item's title in the reader's language, in order.
    void setMeeting(const Meeting &meeting, const QStringList &titles);
    int shownItems() const { return m_shown; }

    // "2026年11月30日 星期一 14:30" in China time; used by the other slides too.
    static QString when(const Meeting &meeting);

protected:
    void relayout() override;

private:
    struct Row {
        QLabel *number;
        QLabel *title;
        QLabel *minutes;
    };

    Meeting m_meeting;
    QStringList m_titles;
    QLabel *m_heading;
    QLabel *m_details;
    QWidget *m_rule;
    QLabel *m_caption;
    QVector<Row> m_rows;
    QLabel *m_more;
    QLabel *m_total;
    int m_shown = 0;
};

} // namespace griddesk::app
