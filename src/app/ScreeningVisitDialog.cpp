#include "ScreeningVisitDialog.h"
#include "CodeListRows.h"
#include "AppSettings.h"
#include "ConsoleSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace griddesk::app {

ScreeningVisitDialog::ScreeningVisitDialog(const ConsoleSession &session, const QString &gridCode, QWidget *parent)
    : QDialog(parent)
    , m_grid(new QComboBox(this))
    , m_worker(new QLineEdit(settings::operatorName(), this))
    , m_when(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_findings(new QPlainTextEdit(this))
    , m_raise(new QCheckBox(tr("Raise an incident from this finding"), this))
    , m_category(new QComboBox(this))
    , m_title(new QLineEdit(this))
{
    setObjectName(QStringLiteral("screeningVisitDialog"));
    setWindowTitle(tr("Record screening visit"));
    setMinimumWidth(480);
    // The session's grids (read once, without outlines), put in the list at once.
    const QVector<AdminUnit> grids = session.units(AdminLevel::Grid);
    CodeListRows rows;
    rows.reserve(int(grids.size()));
    for (const AdminUnit &g : grids)
        rows.add(g.name, g.code);
    rows.putInto(m_grid);
    m_grid->setCurrentIndex(std::max(0, m_grid->findData(gridCode)));
    m_when->setCalendarPopup(true);
    m_when->setMaximumDateTime(QDateTime::currentDateTime().addSecs(60));
    m_findings->setPlaceholderText(tr("What was checked and found (disputes, hazards, key persons)"));
    m_findings->setMaximumHeight(110);
    for (const IncidentCategory &c : session.categories().all())
        m_category->addItem(session.categories().name(c.code), c.code);
    m_category->setEnabled(false);
    m_title->setEnabled(false);
    connect(m_raise, &QCheckBox::toggled, m_category, &QWidget::setEnabled);
    connect(m_raise, &QCheckBox::toggled, m_title, &QWidget::setEnabled);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Grid"), m_grid);
    form->addRow(tr("Grid worker"), m_worker);
    form->addRow(tr("Visited at"), m_when);
    form->addRow(tr("Findings"), m_findings);
    form->addRow(QString(), m_raise);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Incident title"), m_title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

ScreeningVisit ScreeningVisitDialog::visit() const
{
    ScreeningVisit v;
    v.gridCode = m_grid->currentData().toString();
    v.worker = m_worker->text().trimmed();
    v.visitedAt = m_when->dateTime().toUTC();
    v.findings = m_findings->toPlainText().trimmed();
    return v;
}

std::optional<NewIncident> ScreeningVisitDialog::finding() const
{
    if (!m_raise->isChecked())
        return std::nullopt;
    NewIncident n;
    n.categoryCode = m_category->currentData().toString();
    n.title = m_title->text().trimmed().isEmpty() ? m_findings->toPlainText().trimmed().left(40) : m_title->text().trimmed();
    n.description = m_findings->toPlainText().trimmed();
    return n;
}

void ScreeningVisitDialog::setWorker(const QString &name)
{
    m_worker->setText(name);
}

void ScreeningVisitDialog::setFindings(const QString &text)
{
    m_findings->setPlainText(text);
}

void ScreeningVisitDialog::raiseIncident(const QString &categoryCode, const QString &title)
{
    m_raise->setChecked(true);
    m_category->setCurrentIndex(std::max(0, m_category->findData(categoryCode)));
    m_title->setText(title);
}

} // namespace griddesk::app
