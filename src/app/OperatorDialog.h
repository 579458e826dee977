#pragma once
// Who works at this console: a name and a role, recorded with every action.

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace griddesk::app {

class OperatorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OperatorDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QLineEdit *m_name;
    QComboBox *m_role;
};

} // namespace griddesk::app
