#pragma once
// Records a decision of the joint meeting on one agenda item: the decision in
// the meeting's words, the owner department, the time limit in working days
// (the deadline on the working-day calendar shows as it changes), and which of
// the item's cases it concerns. It returns a task draft; the caller stores it.

#include "Department.h"
#include "ItemFacts.h"
#include "MeetingTask.h"
#include "WorkingCalendar.h"

#include <QDateTime>
#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace griddesk::app {

class DecisionDialog : public QDialog
{
    Q_OBJECT

public:
    // `caseLabels`: what to call each case (its number, say); a case not in
    // it shows as "#id". `decidedAt`: now, as the meeting decides.
    DecisionDialog(const ItemFacts &facts, const QVector<Department> &departments, const WorkingCalendar &calendar,
        const QDateTime &decidedAt, const QHash<qint64, QString> &caseLabels = {}, QWidget *parent = nullptr);

    // The task as the form stands (meeting, item, decision, owner, limit,
    // deadline and warning time on the calendar, cases, the item's unit).
    MeetingTask task() const;
    // The deadline for the limit now in the form.
    QDateTime deadline() const;
    // Whether the form can be saved; *why says what is missing.
    bool isComplete(QString *why = nullptr) const;

private:
    void update();

    ItemFacts m_facts;
    WorkingCalendar m_calendar;
    QDateTime m_decidedAt;
    QPlainTextEdit *m_decision;
    QComboBox *m_department;
    QSpinBox *m_days;
    QLabel *m_deadline;
    QListWidget *m_cases;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace griddesk::app
