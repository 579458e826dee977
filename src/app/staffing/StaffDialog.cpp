#include "StaffDialog.h"
#include "CodeListRows.h"

#include <QPushButton>

namespace griddesk::app {

StaffDialog::StaffDialog(QWidget *parent)
    : QDialog(parent)
{
    m_ui.setupUi(this);
    setObjectName(QStringLiteral("staffDialog"));
    for (StaffRole role : staffrole::all())
        m_ui.roleCombo->addItem(staffrole::displayName(role), staffrole::code(role));
    m_ui.roleCombo->setCurrentIndex(m_ui.roleCombo->findData(staffrole::code(StaffRole::FullTime)));
    m_ui.startedEdit->setDate(QDate::currentDate());
    m_ui.errorLabel->hide();
    m_ui.noteEdit->setMaximumHeight(m_ui.noteEdit->fontMetrics().lineSpacing() * 4);
    setWindowTitle(tr("Add grid staff member"));
    connect(m_ui.buttonBox, &QDialogButtonBox::accepted, this, &StaffDialog::save);
    connect(m_ui.buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void StaffDialog::setGrids(const QVector<QPair<QString, QString>> &grids)
{
    const QString keep = m_ui.gridCombo->currentData().toString();
    CodeListRows rows;
    rows.reserve(int(grids.size()));
    for (const auto &grid : grids)
        rows.add(QStringLiteral("%1  %2").arg(grid.second, grid.first), grid.first);
    rows.putInto(m_ui.gridCombo);
    setGrid(keep);
}

void StaffDialog::setGrid(const QString &gridCode)
{
    const int at = m_ui.gridCombo->findData(gridCode);
    if (at >= 0)
        m_ui.gridCombo->setCurrentIndex(at);
}

void StaffDialog::setMember(const StaffMember &member)
{
    m_member = member;
    setWindowTitle(tr("Change grid staff member"));
    m_ui.nameEdit->setText(member.name);
    m_ui.phoneEdit->setText(member.phone);
    m_ui.phoneEdit->setToolTip(tr("Shown masked; type a new number to change it"));
    m_ui.roleCombo->setCurrentIndex(m_ui.roleCombo->findData(staffrole::code(member.role)));
    setGrid(member.gridCode);
    m_ui.loginEdit->setText(member.username);
    m_ui.startedEdit->setDate(member.startedOn.isValid() ? member.startedOn : QDate::currentDate());
    m_ui.noteEdit->setPlainText(member.note);
}

StaffMember StaffDialog::member() const
{
    StaffMember s = m_member;
    s.name = m_ui.nameEdit->text().trimmed();
    s.phone = m_ui.phoneEdit->text().trimmed();
    staffrole::fromCode(m_ui.roleCombo->currentData().toString(), &s.role);
    s.gridCode = m_ui.gridCombo->currentData().toString();
    s.username = m_ui.loginEdit->text().trimmed();
    s.startedOn = m_ui.startedEdit->date();
    s.note = m_ui.noteEdit->toPlainText().trimmed();
    return s;
}

QString StaffDialog::errorText() const
{
    return m_ui.errorLabel->isVisible() || !m_ui.errorLabel->text().isEmpty() ? m_ui.errorLabel->text() : QString();
}

void StaffDialog::save()
{
    const QString refused = m_saver ? m_saver(member()) : QString();
    m_ui.errorLabel->setText(refused);
    m_ui.errorLabel->setVisible(!refused.isEmpty());
    if (refused.isEmpty())
        accept();
}

} // namespace griddesk::app
