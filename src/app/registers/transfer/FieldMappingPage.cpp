#include "FieldMappingPage.h"
#include "ImportFilePage.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace griddesk::app {

FieldMappingPage::FieldMappingPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("registerImportMappingPage"));
    m_origin = new QLabel(this);
    m_origin->setObjectName(QStringLiteral("registerImportMappingOrigin"));
    m_origin->setWordWrap(true);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("registerImportMappingTable"));
    m_table->setHorizontalHeaderLabels({tr("Register field"), tr("Usual header"), tr("File field")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_grid = new QComboBox(this);
    m_grid->setObjectName(QStringLiteral("registerImportGridFieldBox"));
    auto *gridRow = new QHBoxLayout;
    gridRow->addWidget(new QLabel(tr("Grid (code or name) for rows without a place:"), this));
    gridRow->addWidget(m_grid, 1);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("registerImportMappingProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_load = new QPushButton(tr("Load Mapping…"), this);
    m_load->setObjectName(QStringLiteral("registerImportLoadMappingButton"));
    m_save = new QPushButton(tr("Save Mapping…"), this);
    m_save->setObjectName(QStringLiteral("registerImportSaveMappingButton"));
    auto *files = new QHBoxLayout;
    files->addWidget(new QLabel(tr("* needed"), this), 1);
    files->addWidget(m_load);
    files->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_origin);
    layout->addWidget(m_table, 1);
    layout->addLayout(gridRow);
    layout->addLayout(files);
    layout->addWidget(m_problem);

    connect(m_load, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load Mapping"), QString(), tr("Mapping files (*.json)"));
        if (!path.isEmpty())
            loadFrom(path);
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Mapping"), QString(), tr("Mapping files (*.json)"));
        if (!path.isEmpty())
            saveTo(path);
    });
}

void FieldMappingPage::setMapping(const ImportMapping &mapping, const QStringList &fileFields, bool remembered)
{
    m_kind = mapping.kind;
    m_fileFields = fileFields;
    m_columns.clear();
    m_table->setRowCount(0);
    m_problem->clear();
    const RegisterSpec &spec = registercatalog::spec(m_kind);
    for (const RegisterField &f : spec.fields) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_columns << f.column;
        const bool needed = f.required && !f.derived;
        auto *name = new QTableWidgetItem(needed ? f.displayName() + QStringLiteral(" *") : f.displayName());
        if (needed) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
            name->setToolTip(tr("Needed: every row must have it"));
        }
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(f.chinese));
        auto *box = new QComboBox(m_table);
        box->setObjectName(QStringLiteral("registerImportField_") + f.column);
        ImportFilePage::fillFieldBox(box, fileFields, mapping.fields.value(f.column), tr("(not in the file)"));
        m_table->setCellWidget(row, 2, box);
    }
    ImportFilePage::fillFieldBox(m_grid, fileFields, mapping.gridField, tr("(not in the file)"));
    m_origin->setText(remembered ? tr("The mapping used last time for files with these fields.")
                                 : tr("Mapped by the fields' names: check each and change what is wrong."));
    m_table->resizeRowsToContents();
}

QComboBox *FieldMappingPage::fieldBox(const QString &column) const
{
    const int row = int(m_columns.indexOf(column));
    return row < 0 ? nullptr : qobject_cast<QComboBox *>(m_table->cellWidget(row, 2));
}

ImportMapping FieldMappingPage::mapping() const
{
    ImportMapping m;
    m.kind = m_kind;
    for (const QString &column : m_columns) {
        const QString field = fieldBox(column)->currentData().toString();
        if (!field.isEmpty())
            m.fields.insert(column, field);
    }
    m.gridField = m_grid->currentData().toString();
    return m;
}

bool FieldMappingPage::check()
{
    QString error;
    const bool ok = mapping().check(m_fileFields, &error);
    m_problem->setText(ok ? QString() : tr("This mapping cannot be used yet:\n%1").arg(error));
    return ok;
}

bool FieldMappingPage::loadFrom(const QString &path)
{
    ImportMapping loaded;
    QString error;
    if (!ImportMapping::load(path, &loaded, &error)) {
        m_problem->setText(error);
        return false;
    }
    if (loaded.kind != m_kind) {
        m_problem->setText(tr("%1 is a mapping for %2, not %3.")
                               .arg(path, registerkind::displayName(loaded.kind), registerkind::displayName(m_kind)));
        return false;
    }
    setMapping(loaded, m_fileFields, false);
    m_origin->setText(tr("The mapping from %1.").arg(path));
    return check();
}

bool FieldMappingPage::saveTo(const QString &path)
{
    QString error;
    if (!mapping().save(path, &error)) {
        m_problem->setText(error);
        return false;
    }
    m_problem->clear();
    return true;
}

} // namespace griddesk::app
