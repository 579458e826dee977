#pragma once
// The last slide: the agenda is done, with how long the meeting took
// against its plan.

#include "Meeting.h"
#include "SlidePage.h"


class QLabel;

namespace griddesk::app {

class EndSlidePage : public SlidePage
{
    Q_OBJECT

public:
    explicit EndSlidePage(QWidget *parent = nullptr);

    // `usedSeconds`: the time spent on all items so far.
    void setMeeting(const Meeting &meeting, int usedSeconds);

protected:
    void relayout() override;

private:

    Meeting m_meeting;
    int m_used = 0;
    QLabel *m_heading;
    QLabel *m_summary;
    QLabel *m_next;
};

} // namespace griddesk::app
