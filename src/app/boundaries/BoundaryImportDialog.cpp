#include "BoundaryImportDialog.h"
#include "CrsBox.h"
#include "StoreError.h"
#include "boundaries/BoundaryReader.h"
#include "topology/TopologyText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace griddesk::app {

using namespace griddesk::boundaries;

BoundaryImportDialog::BoundaryImportDialog(const StoreOpener &opener, QWidget *parent)
    : QDialog(parent)
    , m_opener(opener)
{
    setWindowTitle(tr("Import Boundaries"));
    setObjectName(QStringLiteral("boundaryImportDialog"));
    auto *form = new QFormLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("boundaryFileEdit"));
    m_file->setPlaceholderText(tr("Shapefile, GeoJSON or GeoPackage"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("boundaryBrowseButton"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("File:"), fileRow);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("boundaryLevelBox"));
    for (AdminLevel l : {AdminLevel::Township, AdminLevel::Community, AdminLevel::Grid})
        m_level->addItem(adminLevelName(l), int(l));
    m_level->setCurrentIndex(2);
    form->addRow(tr("Level:"), m_level);
    const auto fieldBox = [this](const char *name) {
        auto *box = new QComboBox(this);
        box->setObjectName(QString::fromLatin1(name));
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        return box;
    };
    m_codeField = fieldBox("boundaryCodeFieldBox");
    m_nameField = fieldBox("boundaryNameFieldBox");
    m_parentField = fieldBox("boundaryParentFieldBox");
    form->addRow(tr("Code field:"), m_codeField);
    form->addRow(tr("Name field:"), m_nameField);
    form->addRow(tr("Parent code field:"), m_parentField);
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("boundaryEncodingBox"));
    m_encoding->addItem(tr("As the .cpg says (UTF-8 without one)"), QString());
    for (const QString &e : BoundaryReader::encodings())
        m_encoding->addItem(e, e);
    form->addRow(tr("Text encoding:"), m_encoding);
    m_crs = new CrsBox(true, this);
    m_crs->setObjectName(QStringLiteral("boundaryCrsBox"));
    form->addRow(tr("Coordinate system:"), m_crs);
    m_fileCrs = new QLabel(this);
    m_fileCrs->setObjectName(QStringLiteral("boundaryFileCrsLabel"));
    m_fileCrs->setWordWrap(true);
    form->addRow(QString(), m_fileCrs);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("boundaryProgress"));
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("boundaryStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems = new QTableWidget(0, 3, this);
    m_problems->setObjectName(QStringLiteral("boundaryProblemTable"));
    m_problems->setHorizontalHeaderLabels({tr("Problem"), tr("Where (lon, lat)"), tr("What is wrong")});
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setVisible(false);
    m_justification = new QLineEdit(this);
    m_justification->setObjectName(QStringLiteral("boundaryJustificationEdit"));
    m_justification->setPlaceholderText(tr("Why these boundaries are imported despite the problems (recorded)"));
    m_override = new QPushButton(tr("Import Anyway"), this);
    m_override->setObjectName(QStringLiteral("boundaryOverrideButton"));
    auto *overrideRow = new QHBoxLayout;
    overrideRow->addWidget(m_justification, 1);
    overrideRow->addWidget(m_override);
    m_justification->setVisible(false);
    m_override->setVisible(false);
    m_override->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(QStringLiteral("boundaryImportButton"));
    m_import->setEnabled(false);
    m_cancel = buttons->addButton(tr("Stop"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("boundaryCancelButton"));
    m_cancel->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_problems, 1);
    layout->addLayout(overrideRow);
    layout->addWidget(buttons);
    resize(720, 520);

    m_watcher = new QFutureWatcher<Result>(this);
    connect(m_watcher, &QFutureWatcher<Result>::finished, this, &BoundaryImportDialog::finished);
    connect(browse, &QPushButton::clicked, this, &BoundaryImportDialog::browse);
    connect(m_file, &QLineEdit::editingFinished, this, &BoundaryImportDialog::inspect);
    connect(m_encoding, qOverload<int>(&QComboBox::activated), this, &BoundaryImportDialog::inspect);
    connect(m_import, &QPushButton::clicked, this, [this] { startImport(); });
    connect(m_justification, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_override->setEnabled(!text.trimmed().isEmpty() && !isWorking()); });
    connect(m_override, &QPushButton::clicked, this, [this] { startImport(m_justification->text()); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_stop)
            m_stop->store(true);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void BoundaryImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Boundaries"), m_file->text(),
                                                      tr("Boundary files (*.shp *.geojson *.json *.gpkg)"));
    if (!path.isEmpty())
        setFile(path);
}

void BoundaryImportDialog::setFile(const QString &path)
{
    m_file->setText(path);
    inspect();
}

void BoundaryImportDialog::inspect()
{
    const QString path = m_file->text().trimmed();
    for (QComboBox *box : {m_codeField, m_nameField, m_parentField})
        box->clear();
    m_problems->setVisible(false);
    m_justification->setVisible(false);
    m_override->setVisible(false);
    m_import->setEnabled(false);
    m_fileCrs->clear();
    m_status->clear();
    if (path.isEmpty())
        return;
    // Only a Shapefile's text has an encoding to choose.
    if (QFileInfo(path).suffix().compare(QLatin1String("shp"), Qt::CaseInsensitive) != 0)
        m_encoding->setCurrentIndex(0);
    BoundaryReader::Inspection in;
    try {
        in = BoundaryReader::inspect(path, m_encoding->currentData().toString());
    } catch (const StoreError &e) {
        m_status->setText(e.message());
        return;
    }
    m_codeField->addItems(in.fields);
    m_nameField->addItems(in.fields);
    m_parentField->addItem(tr("(from the code)"), QString());
    for (const QString &f : in.fields)
        m_parentField->addItem(f, f);
    m_codeField->setCurrentIndex(std::max(0, int(in.fields.indexOf(in.codeField))));
    m_nameField->setCurrentIndex(std::max(0, int(in.fields.indexOf(in.nameField))));
    m_parentField->setCurrentIndex(std::max(0, m_parentField->findData(in.parentField)));
    m_encoding->setEnabled(in.shapefile);
    QStringList about{tr("%n feature(s).", nullptr, in.features)};
    about << (in.epsg ? tr("The file says EPSG:%1.").arg(in.epsg)
                      : tr("The file names no coordinate system GridDesk reads: choose it above."));
    if (in.shapefile)
        about << (in.cpg.isEmpty() ? tr("It has no .cpg: choose the text encoding if names are not UTF-8 (GBK is common).")
                                   : tr("Its .cpg says %1.").arg(in.cpg));
    m_fileCrs->setText(about.join(QLatin1Char(' ')));
    m_import->setEnabled(!in.fields.isEmpty());
}

void BoundaryImportDialog::setWorking(bool working)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_file, m_level, m_codeField, m_nameField, m_parentField, m_crs,
                                                       m_import, m_justification})
        w->setEnabled(!working);
    m_override->setEnabled(!working && !m_justification->text().trimmed().isEmpty());
    m_progress->setVisible(working);
    m_progress->setRange(0, 0);
    m_cancel->setVisible(working);
}

void BoundaryImportDialog::startImport(const QString &justification)
{
    if (isWorking())
        return;
    BoundaryReadOptions options;
    options.level = static_cast<AdminLevel>(m_level->currentData().toInt());
    options.codeField = m_codeField->currentText();
    options.nameField = m_nameField->currentText();
    options.parentField = m_parentField->currentData().toString();
    options.encoding = m_encoding->isEnabled() ? m_encoding->currentData().toString() : QString();
    options.sourceEpsg = m_crs->epsg();
    const QString path = m_file->text().trimmed();
    setWorking(true);
    m_status->setText(justification.isEmpty() ? tr("Reading and checking…") : tr("Importing despite the problems…"));
    const StoreOpener opener = m_opener;
    const QPointer<QProgressBar> bar = m_progress;
    m_stop = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> stop = m_stop;
    m_watcher->setFuture(QtConcurrent::run([opener, path, options, justification, bar, stop] {
        Result r;
        try {
            const BoundarySet set = BoundaryReader::read(path, options);
            r.features = int(set.features.size());
            auto store = opener.open();
            BoundaryImport import(*store);
            import.setProgress([bar](int done, int total) {
                QMetaObject::invokeMethod(bar, [bar, done, total] {
                    if (bar) {
                        bar->setRange(0, total);
                        bar->setValue(done);
                    }
                }, Qt::QueuedConnection);
            });
            import.setCancelled([stop] { return stop->load(); });
            r.outcome = import.run(set, justification);
        } catch (const StoreError &e) {
            r.error = e.message();
        }
        return r;
    }));
}

void BoundaryImportDialog::finished()
{
    const Result r = m_watcher->result();
    setWorking(false);
    if (!r.error.isEmpty()) {
        m_status->setText(r.error);
        return;
    }
    const BoundaryImport::Outcome &o = r.outcome;
    if (o.cancelled) {
        m_status->setText(tr("Stopped; nothing was written."));
        return;
    }
    showProblems(o.problems);
    if (!o.written) {
        m_status->setText(tr("%n topology problem(s) this import would bring; nothing was written. Correct the file, "
                             "or give a justification and import anyway.", nullptr, int(o.problems.size())));
        m_justification->setVisible(true);
        m_override->setVisible(true);
        m_justification->setFocus();
        return;
    }
    m_justification->setVisible(false);
    m_override->setVisible(false);
    QString text = tr("%1 features: %2 units added, %3 boundaries changed, %4 unchanged. %5")
                       .arg(r.features)
                       .arg(o.added)
                       .arg(o.updated)
                       .arg(o.unchanged)
                       .arg(topology::TopologyText::summary(o.check));
    if (o.overridden)
        text += QLatin1Char(' ') + tr("Imported despite the problems listed; the justification is recorded.");
    m_status->setText(text);
    Q_EMIT imported();
}

void BoundaryImportDialog::showProblems(const QVector<topology::TopologyProblem> &problems)
{
    m_problems->setRowCount(0);
    for (const topology::TopologyProblem &p : problems) {
        const int row = m_problems->rowCount();
        m_problems->insertRow(row);
        m_problems->setItem(row, 0, new QTableWidgetItem(topology::TopologyText::kindName(p.kind)));
        m_problems->setItem(row, 1, new QTableWidgetItem(topology::TopologyText::location(p)));
        m_problems->setItem(row, 2, new QTableWidgetItem(topology::TopologyText::describe(p)));
    }
    m_problems->resizeColumnsToContents();
    m_problems->setVisible(!problems.isEmpty());
}

} // namespace griddesk::app
