#pragma once
// Asks for what one workflow action needs (a note, a department, co-handling
// departments, a satisfaction grade, the master case) and checks it against
// the state machine before it can be confirmed.

#include "Incident.h"
#include "WorkflowRequest.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace griddesk::app {

class ConsoleSession;

class WorkflowActionDialog : public QDialog
{
    Q_OBJECT

public:
    // `incidents` are the cases the action applies to (one, or a bulk selection).
    WorkflowActionDialog(IncidentAction action, const QVector<Incident> &incidents, const ConsoleSession &session,
                         QWidget *parent = nullptr);

    // The request as entered; actor, role and time come from the console's operator.
    WorkflowRequest request() const;
    QString problems() const; // empty when the request may be applied to every case

    // For keyboard-free use in tests and scripts.
    void setNote(const QString &note);
    void setDepartment(const QString &code);
    void setDepartments(const QStringList &codes);
    void setSatisfaction(Satisfaction s);
    void setMasterCode(const QString &code);

private:
    void revalidate();

    IncidentAction m_action;
    QVector<Incident> m_incidents;
    const ConsoleSession &m_session;
    QComboBox *m_department = nullptr;
    QListWidget *m_departments = nullptr;
    QButtonGroup *m_satisfaction = nullptr;
    QLineEdit *m_master = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace griddesk::app
