#include "ImportFilePage.h"
#include "CrsBox.h"
#include "PendingWork.h"
#include "StoreError.h"
#include "tables/TableFormat.h"
#include "tables/TableSource.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrent>

namespace griddesk::app {

using namespace griddesk::tables;

ImportFilePage::ImportFilePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("registerImportFilePage"));
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_register = new QComboBox(this);
    m_register->setObjectName(QStringLiteral("registerImportRegisterBox"));
    for (RegisterKind k : registerkind::importable())
        m_register->addItem(registerkind::displayName(k), int(k));
    form->addRow(tr("Register:"), m_register);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("registerImportFileEdit"));
    m_file->setPlaceholderText(tr("CSV, Excel workbook, Shapefile, GeoJSON or GeoPackage"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("registerImportBrowseButton"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("File:"), fileRow);
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("registerImportEncodingBox"));
    m_encoding->addItem(tr("Detected"), QString());
    for (const char *e : {"GBK", "GB18030", "UTF-8"})
        m_encoding->addItem(QString::fromLatin1(e), QString::fromLatin1(e));
    form->addRow(tr("Text encoding:"), m_encoding);
    m_crs = new CrsBox(true, this);
    m_crs->setObjectName(QStringLiteral("registerImportCrsBox"));
    form->addRow(tr("Coordinate system:"), m_crs);
    m_layer = new QComboBox(this);
    m_layer->setObjectName(QStringLiteral("registerImportLayerBox"));
    form->addRow(tr("Layer or sheet:"), m_layer);
    m_xField = new QComboBox(this);
    m_xField->setObjectName(QStringLiteral("registerImportXFieldBox"));
    m_yField = new QComboBox(this);
    m_yField->setObjectName(QStringLiteral("registerImportYFieldBox"));
    auto *xy = new QHBoxLayout;
    xy->addWidget(new QLabel(tr("x (longitude or easting):"), this));
    xy->addWidget(m_xField, 1);
    xy->addWidget(new QLabel(tr("y (latitude or northing):"), this));
    xy->addWidget(m_yField, 1);
    form->addRow(tr("Coordinates:"), xy);
    m_about = new QLabel(this);
    m_about->setObjectName(QStringLiteral("registerImportAboutLabel"));
    m_about->setWordWrap(true);
    m_about->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_about);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("registerImportBusyBar"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(fontMetrics().height());
    m_busy->setVisible(false);
    form->addRow(QString(), m_busy);

    connect(&m_reader, &QFutureWatcher<Header>::finished, this, [this] {
        if (m_busy->isHidden())
            return; // the path was cleared or is no table meanwhile: nothing to show
        if (m_readAgain) {
            // The file or a choice changed meanwhile: this header is out of date.
            m_readAgain = false;
            startReading();
            return;
        }
        m_busy->setVisible(false);
        showHeader(m_reader.result());
    });
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_file, &QLineEdit::editingFinished, this, &ImportFilePage::inspect);
    for (QComboBox *box : {m_encoding, m_layer, static_cast<QComboBox *>(m_crs)})
        connect(box, qOverload<int>(&QComboBox::activated), this, &ImportFilePage::inspect);
}

ImportFilePage::~ImportFilePage()
{
    m_reader.waitForFinished();
}

RegisterKind ImportFilePage::kind() const
{
    return static_cast<RegisterKind>(m_register->currentData().toInt());
}

void ImportFilePage::setKind(RegisterKind kind)
{
    m_register->setCurrentIndex(std::max(0, m_register->findData(int(kind))));
}

QString ImportFilePage::path() const
{
    return m_file->text().trimmed();
}

void ImportFilePage::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import into Register"), m_file->text(), tableformat::fileFilter());
    if (!path.isEmpty())
        setFile(path);
}

void ImportFilePage::setFile(const QString &path)
{
    m_file->setText(path);
    // A new file: its own encoding, layers and coordinate fields.
    m_encoding->setCurrentIndex(0);
    m_layer->clear();
    m_xField->clear();
    m_yField->clear();
    inspect();
}

bool ImportFilePage::isReading() const
{
    return !m_busy->isHidden();
}

TableReadOptions ImportFilePage::readOptions() const
{
    TableReadOptions o;
    o.encoding = m_encoding->isEnabled() ? m_encoding->currentData().toString() : QString();
    o.sourceEpsg = m_crs->epsg();
    o.layer = m_layer->isEnabled() ? m_layer->currentText() : QString();
    if (m_xField->isEnabled()) {
        o.xField = m_xField->currentData().toString();
        o.yField = m_yField->currentData().toString();
    }
    return o;
}

void ImportFilePage::fillFieldBox(QComboBox *box, const QStringList &fields, const QString &current, const QString &noneText)
{
    box->clear();
    box->addItem(noneText, QString());
    for (const QString &f : fields)
        box->addItem(f, f);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

void ImportFilePage::inspect()
{
    if (m_filling)
        return;
    m_fields.clear();
    m_readPath.clear();
    m_rows = -1;
    m_about->clear();
    m_busy->setVisible(false);
    m_readAgain = false;
    const QString file = path();
    if (file.isEmpty()) {
        Q_EMIT fileRead(false);
        return;
    }
    QString error;
    const std::optional<TableFormat> format = tableformat::fromPath(file, &error);
    if (!format) {
        m_about->setText(error);
        Q_EMIT fileRead(false);
        return;
    }
    const bool xy = *format == TableFormat::Csv || *format == TableFormat::Xlsx;
    m_encoding->setEnabled(tableformat::takesEncoding(*format));
    m_layer->setEnabled(*format == TableFormat::Xlsx || *format == TableFormat::GeoPackage);
    m_xField->setEnabled(xy);
    m_yField->setEnabled(xy);
    m_about->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(file)));
    m_busy->setVisible(true);
    Q_EMIT readStarted();
    if (isPending(m_reader)) {
        m_readAgain = true;
        return;
    }
    startReading();
}

void ImportFilePage::startReading()
{
    TableReadOptions options = readOptions();
    // The fields found by name until others are chosen.
    if (m_xField->isEnabled() && m_xField->currentIndex() <= 0 && m_yField->currentIndex() <= 0)
        options.xField = options.yField = QString();
    m_reader.setFuture(QtConcurrent::run(&ImportFilePage::readHeader, path(), options));
}

ImportFilePage::Header ImportFilePage::readHeader(const QString &path, const TableReadOptions &options)
{
    Header h;
    h.path = path;
    try {
        const TableSource source = TableSource::open(path, options);
        h.format = source.format();
        h.fields = source.fields();
        h.rows = source.featureCount();
        h.layers = source.layers();
        h.layer = source.layer();
        h.xField = source.xField();
        h.yField = source.yField();
        h.encoding = source.encoding();
        h.sourceEpsg = source.sourceEpsg();
    } catch (const StoreError &e) {
        h.error = e.message();
    }
    return h;
}

void ImportFilePage::showHeader(const Header &h)
{
    if (!h.error.isEmpty()) {
        m_about->setText(h.error);
        Q_EMIT fileRead(false);
        return;
    }
    m_fields = h.fields;
    m_rows = h.rows;
    m_readPath = h.path;
    m_filling = true;
    if (m_layer->isEnabled()) {
        m_layer->clear();
        m_layer->addItems(h.layers);
        m_layer->setCurrentIndex(std::max(0, int(h.layers.indexOf(h.layer))));
    }
    if (m_xField->isEnabled()) {
        fillFieldBox(m_xField, m_fields, h.xField, tr("(none)"));
        fillFieldBox(m_yField, m_fields, h.yField, tr("(none)"));
    }
    m_filling = false;
    QStringList about{m_rows >= 0 ? tr("%1, %n row(s), %2 field(s).", nullptr, int(m_rows)).arg(tableformat::name(h.format)).arg(m_fields.size())
                                  : tr("%1, %2 field(s).").arg(tableformat::name(h.format)).arg(m_fields.size())};
    if (tableformat::takesEncoding(h.format))
        about << (m_encoding->currentIndex() == 0 ? tr("Text read as %1 (detected).").arg(h.encoding)
                                                  : tr("Text read as %1.").arg(h.encoding));
    about << tr("Coordinates read as EPSG:%1.").arg(h.sourceEpsg);
    m_about->setText(about.join(QLatin1Char(' ')));
    Q_EMIT fileRead(true);
}

} // namespace griddesk::app
