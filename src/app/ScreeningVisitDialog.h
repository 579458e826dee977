#pragma once
// Records a grid worker's screening visit; a finding can raise an incident directly.

#include "NewIncident.h"
#include "ScreeningVisit.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace griddesk::app {

class ConsoleSession;

class ScreeningVisitDialog : public QDialog
{
    Q_OBJECT

public:
    ScreeningVisitDialog(const ConsoleSession &session, const QString &gridCode, QWidget *parent = nullptr);

    ScreeningVisit visit() const;
    std::optional<NewIncident> finding() const;

    void setWorker(const QString &name);
    void setFindings(const QString &text);
    void raiseIncident(const QString &categoryCode, const QString &title);

private:
    QComboBox *m_grid;
    QLineEdit *m_worker;
    QDateTimeEdit *m_when;
    QPlainTextEdit *m_findings;
    QCheckBox *m_raise;
    QComboBox *m_category;
    QLineEdit *m_title;
};

} // namespace griddesk::app
