#include "OperatorDialog.h"
#include "AppSettings.h"
#include "Role.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace griddesk::app {

OperatorDialog::OperatorDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(settings::operatorName(), this))
    , m_role(new QComboBox(this))
{
    setObjectName(QStringLiteral("operatorDialog"));
    setWindowTitle(tr("Operator"));
    for (Role r : role::all())
        if (r != Role::System)
            m_role->addItem(role::displayName(r), role::code(r));
    m_role->setCurrentIndex(std::max(0, m_role->findData(settings::operatorRole())));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Role"), m_role);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void OperatorDialog::accept()
{
    settings::setOperatorName(m_name->text().trimmed());
    settings::setOperatorRole(m_role->currentData().toString());
    QDialog::accept();
}

} // namespace griddesk::app
