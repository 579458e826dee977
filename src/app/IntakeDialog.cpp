#include "IntakeDialog.h"
#include "ConsoleSession.h"
#include "DuplicateDetector.h"
#include "NewIncidentValidator.h"
#include "PolygonOps.h"
#include "Store.h"
#include "StoreError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace griddesk::app {

IntakeDialog::IntakeDialog(const ConsoleSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("intakeDialog"));
    setWindowTitle(tr("New report"));
    setMinimumWidth(620);
    auto *form = new QFormLayout;
    m_source = new QComboBox(this);
    for (IncidentSource s : incidentsource::all())
        m_source->addItem(incidentsource::displayName(s), incidentsource::code(s));
    form->addRow(tr("Source"), m_source);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    for (const IncidentCategory &c : session.categories().all())
        m_category->addItem(session.categories().name(c.code), c.code);
    form->addRow(tr("Category"), m_category);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    form->addRow(tr("Title"), m_title);

    auto *where = new QHBoxLayout;
    m_lon = new QDoubleSpinBox(this);
    m_lat = new QDoubleSpinBox(this);
    for (QDoubleSpinBox *b : {m_lon, m_lat}) {
        b->setDecimals(6);
        b->setSingleStep(0.0005);
    }
    m_lon->setRange(73.0, 136.0);
    m_lat->setRange(3.0, 54.0);
    m_lon->setPrefix(tr("Lon "));
    m_lat->setPrefix(tr("Lat "));
    auto *pick = new QPushButton(tr("Pick on map"), this);
    pick->setObjectName(QStringLiteral("pickOnMapButton"));
    where->addWidget(m_lon);
    where->addWidget(m_lat);
    where->addWidget(pick);
    form->addRow(tr("Location"), where);
    m_place = new QLabel(this);
    m_place->setObjectName(QStringLiteral("placeLabel"));
    form->addRow(QString(), m_place);
    auto *addressRow = new QHBoxLayout;
    m_address = new QLineEdit(this);
    m_address->setPlaceholderText(tr("e.g. 林海社区12号楼"));
    auto *locate = new QPushButton(tr("Locate"), this);
    locate->setToolTip(tr("Place the report at the grid or community the address names"));
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(locate);
    form->addRow(tr("Address"), addressRow);
    m_reporter = new QLineEdit(this);
    form->addRow(tr("Reporter"), m_reporter);
    // Personal data: validated here, stored in full, shown masked afterwards.
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("reporterPhoneEdit"));
    m_phone->setPlaceholderText(tr("Mobile or landline, e.g. 13812345678 or 0633-8781234"));
    form->addRow(tr("Reporter phone"), m_phone);
    m_idNumber = new QLineEdit(this);
    m_idNumber->setObjectName(QStringLiteral("reporterIdEdit"));
    m_idNumber->setMaxLength(18);
    m_idNumber->setPlaceholderText(tr("18-character citizen ID (optional)"));
    form->addRow(tr("Reporter ID number"), m_idNumber);
    m_parties = new QLineEdit(this);
    m_parties->setPlaceholderText(tr("Names separated by commas"));
    form->addRow(tr("Parties involved"), m_parties);
    m_description = new QPlainTextEdit(this);
    m_description->setMaximumHeight(110);
    form->addRow(tr("Description"), m_description);
    auto *files = new QHBoxLayout;
    m_files = new QListWidget(this);
    m_files->setMaximumHeight(70);
    auto *add = new QPushButton(tr("Add…"), this);
    files->addWidget(m_files, 1);
    files->addWidget(add, 0, Qt::AlignTop);
    form->addRow(tr("Photos and files"), files);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    m_duplicates = new QLabel(this);
    m_duplicates->setObjectName(QStringLiteral("duplicatesLabel"));
    m_duplicates->setWordWrap(true);
    m_duplicates->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; padding: 6px; border-radius: 4px; }"));
    layout->addWidget(m_duplicates);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
    layout->addWidget(m_problems);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // Start at the township's heart, so the form is valid as soon as it is filled in.
    for (const AdminUnit &u : session.store().unitsWithBoundary(int(AdminLevel::Township)))
        setLocation(polygon::centroid(u.geometry));
    connect(pick, &QPushButton::clicked, this, &IntakeDialog::pickOnMapRequested);
    connect(locate, &QPushButton::clicked, this, [this] {
        if (!locateByAddress())
            m_problems->setText(tr("No grid or community name was found in the address"));
    });
    connect(add, &QPushButton::clicked, this, [this] {
        for (const QString &path : QFileDialog::getOpenFileNames(this, tr("Attach photos or files")))
            addAttachment(path);
    });
    for (QComboBox *c : {m_category, m_source})
        connect(c, qOverload<int>(&QComboBox::currentIndexChanged), this, &IntakeDialog::refresh);
    for (QDoubleSpinBox *b : {m_lon, m_lat})
        connect(b, qOverload<double>(&QDoubleSpinBox::valueChanged), this, &IntakeDialog::refresh);
    for (QLineEdit *e : {m_title, m_parties, m_phone, m_idNumber})
        connect(e, &QLineEdit::textChanged, this, &IntakeDialog::refresh);
    refresh();
}

NewIncident IntakeDialog::report() const
{
    NewIncident n;
    incidentsource::fromCode(m_source->currentData().toString(), &n.source);
    n.categoryCode = m_category->currentData().toString();
    n.title = m_title->text().trimmed();
    n.location = {m_lon->value(), m_lat->value()};
    n.address = m_address->text().trimmed();
    n.reporter = m_reporter->text().trimmed();
    n.reporterPhone = m_phone->text().trimmed();
    n.reporterIdNumber = m_idNumber->text().trimmed();
    for (const QString &p : m_parties->text().split(QRegularExpression(QStringLiteral("[,，、;；]")), Qt::SkipEmptyParts))
        if (!p.trimmed().isEmpty())
            n.parties << p.trimmed();
    n.description = m_description->toPlainText().trimmed();
    n.attachments = m_attachments;
    return n;
}

QString IntakeDialog::problems() const
{
    QStringList codes;
    for (const IncidentCategory &c : m_session.categories().all())
        codes << c.code;
    const NewIncident n = report();
    QStringList lines;
    for (const FieldError &e : NewIncidentValidator(codes).validate(n))
        lines << e.message;
    if (!m_session.store().gridAt(n.location))
        lines << tr("The location is outside the township's grids");
    return lines.join(QLatin1Char('\n'));
}

void IntakeDialog::refresh()
{
    const NewIncident n = report();
    const std::optional<AdminUnit> grid = m_session.store().gridAt(n.location);
    m_place->setText(grid ? grid->name : tr("outside the township"));
    IncidentQuery recent;
    recent.reportedSince = QDateTime::currentDateTimeUtc().addDays(-90);
    const QVector<DuplicateCandidate> found = DuplicateDetector(m_session.store().duplicateSettings()).find(n, m_session.store().incidents(recent));
    m_duplicateCodes.clear();
    QStringList lines;
    for (const DuplicateCandidate &c : found) {
        m_duplicateCodes << c.code;
        if (lines.size() < 5)
            lines << QStringLiteral("%1 — %2").arg(c.code, c.reason);
    }
    m_duplicates->setVisible(!lines.isEmpty());
    m_duplicates->setText(tr("<b>Possible duplicates</b> (save anyway, or merge later from the dispatch dock):<br>%1")
                              .arg(lines.join(QStringLiteral("<br>"))));
    const QString p = problems();
    m_problems->setText(p);
    m_save->setEnabled(p.isEmpty());
}

void IntakeDialog::setLocation(const GeoPoint &lonLat)
{
    m_lon->setValue(lonLat.x);
    m_lat->setValue(lonLat.y);
}

void IntakeDialog::setCategory(const QString &code)
{
    m_category->setCurrentIndex(std::max(0, m_category->findData(code)));
}

void IntakeDialog::setTitle(const QString &title)
{
    m_title->setText(title);
}

void IntakeDialog::setParties(const QStringList &parties)
{
    m_parties->setText(parties.join(QStringLiteral("，")));
}

void IntakeDialog::setAddress(const QString &address)
{
    m_address->setText(address);
}

bool IntakeDialog::locateByAddress()
{
    const QString address = m_address->text();
    // Grids first (the most precise), then communities; longest name wins.
    for (int level : {int(AdminLevel::Grid), int(AdminLevel::Community)}) {
        const QVector<AdminUnit> units = m_session.store().unitsWithBoundary(level);
        int best = -1, bestLength = 0;
        for (int k = 0; k < units.size(); ++k)
            for (const QString &name : {units[k].name, units[k].shortName})
                if (name.size() >= 2 && name.size() > bestLength && address.contains(name)) {
                    best = k;
                    bestLength = name.size();
                }
        if (best >= 0) {
            setLocation(polygon::centroid(units[best].geometry));
            return true;
        }
    }
    return false;
}

bool IntakeDialog::addAttachment(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_problems->setText(tr("Cannot read %1: %2").arg(path, f.errorString()));
        return false;
    }
    Attachment a;
    a.fileName = QFileInfo(path).fileName();
    a.mimeType = QMimeDatabase().mimeTypeForFile(path).name();
    a.content = f.readAll();
    a.size = a.content.size();
    m_attachments << a;
    m_files->addItem(QStringLiteral("%1 (%2 KB)").arg(a.fileName).arg((a.size + 1023) / 1024));
    refresh();
    return true;
}

} // namespace griddesk::app
