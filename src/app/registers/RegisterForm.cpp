#include "RegisterForm.h"
#include "CodeListRows.h"
#include "RegisterFieldWidgets.h"
#include "RegisterFormBodies.h"
#include "RegisterValidator.h"
#include "StoreError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace griddesk::app {

namespace {

QLabel *errorLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

} // namespace

QString RegisterForm::objectNameFor(RegisterKind kind)
{
    return QStringLiteral("registerForm_") + registerkind::table(kind);
}

RegisterForm::RegisterForm(RegisterKind kind, QWidget *parent)
    : QDialog(parent)
    , m_record(RegisterRecord::blank(kind))
{
    setObjectName(objectNameFor(kind));
    setWindowTitle(tr("%1: new record").arg(registerkind::displayName(kind)));
    auto *layout = new QVBoxLayout(this);
    m_errors = errorLabel(QStringLiteral("formErrors"), this);
    layout->addWidget(m_errors);

    auto *inner = new QWidget;
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(0, 0, 0, 0);
    m_body = registerforms::createBody(kind, inner);
    innerLayout->addWidget(m_body);
    if (QWidget *place = buildPlace())
        innerLayout->addWidget(place);
    innerLayout->addStretch(1);
    // A long form scrolls on a laptop screen instead of running off it.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("formScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    layout->addWidget(scroll, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("formButtons"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RegisterForm::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bindFields();
    // As tall as the fields need, within a laptop screen: a long form scrolls.
    const int em = fontMetrics().averageCharWidth();
    const int line = fontMetrics().height();
    const int screenHeight = screen() ? screen()->availableGeometry().height() : 768;
    resize(qMax(sizeHint().width(), em * 70),
           std::min({inner->sizeHint().height() + line * 6, line * 32, int(screenHeight * 0.85)}));
}

void RegisterForm::bindFields()
{
    const RegisterSpec &spec = registercatalog::spec(kind());
    auto *fields = m_body->findChild<QFormLayout *>(QStringLiteral("fields"));
    for (const RegisterField &f : spec.fields) {
        QWidget *w = fieldWidget(f.column);
        if (!w)
            continue;
        registerwidgets::prepare(f, w);
        if (auto *label = m_body->findChild<QLabel *>(f.column + QStringLiteral("Label")))
            label->setText(f.required ? tr("%1 *").arg(f.displayName()) : f.displayName());
        if (f.derived)
            w->setToolTip(tr("Taken from the ID number"));
        registerwidgets::onEdited(w, this, [this, column = f.column] { setFieldError(column, QString()); });
        // Each field's refusal shows right under it.
        QLabel *error = errorLabel(f.column + QStringLiteral("Error"), m_body);
        m_fieldErrors.insert(f.column, error);
        int row = -1;
        QFormLayout::ItemRole role;
        if (fields)
            fields->getWidgetPosition(w, &row, &role);
        if (row >= 0)
            fields->insertRow(row + 1, static_cast<QWidget *>(nullptr), error);
    }
    if (kind() == RegisterKind::Residents)
        if (auto *id = qobject_cast<QLineEdit *>(fieldWidget(QStringLiteral("id_number"))))
            connect(id, &QLineEdit::textChanged, this, &RegisterForm::updateDerived);
}

QWidget *RegisterForm::buildPlace()
{
    const RegisterSpec &spec = registercatalog::spec(kind());
    if (!spec.parentColumn.isEmpty())
        return nullptr; // a party or a visit lies where its dispute or key person does
    auto *box = new QWidget;
    box->setObjectName(QStringLiteral("placeBox"));
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    if (spec.hasGeometry()) {
        auto *row = new QHBoxLayout;
        m_location = new QLabel(box);
        m_location->setObjectName(QStringLiteral("locationLabel"));
        m_location->setWordWrap(true);
        m_pick = new QPushButton(tr("Pick on Map"), box);
        m_pick->setObjectName(QStringLiteral("pickLocationButton"));
        m_pick->setToolTip(tr("Click the place on the map; the form waits meanwhile"));
        m_clearLocation = new QPushButton(tr("Clear"), box);
        m_clearLocation->setObjectName(QStringLiteral("clearLocationButton"));
        row->addWidget(m_location, 1);
        row->addWidget(m_pick);
        row->addWidget(m_clearLocation);
        form->addRow(tr("Location"), row);
        connect(m_pick, &QPushButton::clicked, this, &RegisterForm::pickOnMapRequested);
        connect(m_clearLocation, &QPushButton::clicked, this, [this] { setLocation(std::nullopt); });
    }
    m_grid = new QComboBox(box);
    m_grid->setObjectName(QStringLiteral("gridCombo"));
    m_grid->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_grid->setMinimumContentsLength(12);
    m_grid->addItem(spec.hasGeometry() ? tr("From the location or the house") : tr("(choose)"), QString());
    form->addRow(tr("Grid"), m_grid);
    m_fieldErrors.insert(QStringLiteral("grid_code"), errorLabel(QStringLiteral("grid_codeError"), box));
    form->addRow(static_cast<QWidget *>(nullptr), m_fieldErrors.value(QStringLiteral("grid_code")));
    if (spec.hasGeometry()) {
        m_fieldErrors.insert(QStringLiteral("geom"), errorLabel(QStringLiteral("geomError"), box));
        form->insertRow(1, static_cast<QWidget *>(nullptr), m_fieldErrors.value(QStringLiteral("geom")));
    }
    showLocation();
    return box;
}

void RegisterForm::setGrids(const QVector<QPair<QString, QString>> &grids)
{
    if (!m_grid)
        return;
    const QString keep = m_grid->currentData().toString();
    CodeListRows rows;
    rows.reserve(int(grids.size()) + 1);
    rows.add(m_grid->itemText(0), QString()); // "(choose)" or "from the location"
    for (const auto &g : grids)
        rows.add(QStringLiteral("%1  %2").arg(g.second, g.first), g.first);
    rows.putInto(m_grid);
    setGrid(keep);
}

void RegisterForm::setGrid(const QString &gridCode)
{
    if (!m_grid)
        return;
    const int at = m_grid->findData(gridCode);
    m_grid->setCurrentIndex(at < 0 ? 0 : at);
}

QWidget *RegisterForm::fieldWidget(const QString &column) const
{
    return m_body->findChild<QWidget *>(column);
}

void RegisterForm::setRecord(const RegisterRecord &record)
{
    m_record = record;
    setWindowTitle(tr("%1: change record").arg(registerkind::displayName(kind())));
    const RegisterSpec &spec = registercatalog::spec(kind());
    for (int i = 0; i < spec.fields.size(); ++i) {
        const RegisterField &f = spec.fields[i];
        if (QWidget *w = fieldWidget(f.column)) {
            registerwidgets::setValue(f, w, record.values.value(i));
            if (f.personal)
                w->setToolTip(tr("Shown masked; type a new value to change it"));
        }
    }
    // A located record keeps taking its grid from where it is.
    setGrid(record.location || !record.footprint.isEmpty() ? QString() : record.gridCode);
    showLocation();
}

void RegisterForm::setValue(const QString &column, const QVariant &value)
{
    m_record.set(column, value);
    if (const RegisterField *f = registercatalog::spec(kind()).field(column))
        if (QWidget *w = fieldWidget(column))
            registerwidgets::setValue(*f, w, value);
}

RegisterRecord RegisterForm::record() const
{
    RegisterRecord r = m_record;
    for (const RegisterField &f : registercatalog::spec(kind()).fields) {
        const QWidget *w = fieldWidget(f.column);
        if (w && !f.derived)
            r.set(f.column, registerwidgets::value(f, w));
    }
    if (m_grid) {
        const QString grid = m_grid->currentData().toString();
        if (!grid.isEmpty())
            r.gridCode = grid;
        else if (r.location || !r.footprint.isEmpty() || isNew())
            r.gridCode.clear(); // the store finds it from the location or the house
    }
    return r;
}

void RegisterForm::setLocation(const std::optional<GeoPoint> &lonLat)
{
    m_record.location = lonLat;
    setFieldError(QStringLiteral("geom"), QString());
    showLocation();
}

void RegisterForm::showLocation()
{
    if (!m_location)
        return;
    if (m_record.location)
        m_location->setText(tr("%1, %2 (longitude, latitude)")
                                .arg(m_record.location->x, 0, 'f', 6)
                                .arg(m_record.location->y, 0, 'f', 6));
    else if (!m_record.footprint.isEmpty())
        m_location->setText(tr("The footprint drawn or imported"));
    else
        m_location->setText(tr("None: the record takes the house's place or the grid chosen below"));
    m_clearLocation->setEnabled(bool(m_record.location));
}

void RegisterForm::updateDerived()
{
    const RegisterSpec &spec = registercatalog::spec(RegisterKind::Residents);
    const QVariant typed = registerwidgets::value({}, fieldWidget(QStringLiteral("id_number")));
    if (typed.toString().contains(QLatin1Char('*'))) {
        // The stored number, masked: the stored values stand.
        for (const QString &column : {QStringLiteral("sex"), QStringLiteral("birth_date")})
            if (QWidget *w = fieldWidget(column))
                registerwidgets::setValue(*spec.field(column), w, m_record.value(column));
        return;
    }
    // The store's own rule, applied to the number as typed.
    RegisterRecord probe = RegisterRecord::blank(RegisterKind::Residents);
    probe.set(QStringLiteral("id_number"), typed);
    probe.set(QStringLiteral("name"), QStringLiteral("-"));
    probe.set(QStringLiteral("resident_type"), QStringLiteral("registered"));
    const RegisterProblems problems = registervalidator::check(probe, QDate::currentDate());
    bool idOk = true;
    for (const RegisterProblem &p : problems)
        idOk = idOk && p.field != QLatin1String("id_number");
    for (const QString &column : {QStringLiteral("sex"), QStringLiteral("birth_date")})
        if (QWidget *w = fieldWidget(column))
            registerwidgets::setValue(*spec.field(column), w, idOk ? probe.value(column) : QVariant());
}

void RegisterForm::save()
{
    clearErrors();
    if (!m_saver) {
        accept();
        return;
    }
    try {
        m_saved = m_saver(record());
        accept();
    } catch (const StoreError &e) {
        showRefusal(e);
    }
}

void RegisterForm::clearErrors()
{
    m_errors->clear();
    m_errors->hide();
    for (auto it = m_fieldErrors.cbegin(); it != m_fieldErrors.cend(); ++it)
        setFieldError(it.key(), QString());
}

void RegisterForm::setFieldError(const QString &column, const QString &text)
{
    QLabel *label = m_fieldErrors.value(column);
    if (!label)
        return;
    label->setText(text);
    label->setVisible(!text.isEmpty());
    if (QWidget *w = fieldWidget(column))
        w->setStyleSheet(text.isEmpty() ? QString() : QStringLiteral("border: 1px solid #b3261e;"));
}

void RegisterForm::showRefusal(const StoreError &error)
{
    const RegisterSpec &spec = registercatalog::spec(kind());
    QStringList unplaced;
    for (const FieldError &fe : error.fieldErrors()) {
        // Refusals name a column; a file's header or a label is matched too.
        QString column = fe.field;
        for (const RegisterField &f : spec.fields)
            if (fe.field == f.column || fe.field == f.chinese || fe.field == f.displayName())
                column = f.column;
        if (column == QLatin1String("location"))
            column = QStringLiteral("geom");
        if (m_fieldErrors.contains(column) && (fieldWidget(column) || column == QLatin1String("grid_code") || column == QLatin1String("geom")))
            setFieldError(column, fe.message);
        else
            unplaced << fe.message;
    }
    QString text = error.fieldErrors().isEmpty() ? error.message() : tr("Not saved: see the fields marked below.");
    if (!unplaced.isEmpty())
        text += QLatin1Char('\n') + unplaced.join(QLatin1Char('\n'));
    m_errors->setText(text);
    m_errors->show();
}

QString RegisterForm::errorText() const
{
    QStringList all;
    if (!m_errors->text().isEmpty())
        all << m_errors->text();
    for (auto it = m_fieldErrors.cbegin(); it != m_fieldErrors.cend(); ++it)
        if (!it.value()->text().isEmpty())
            all << it.value()->text();
    return all.join(QLatin1Char('\n'));
}

QString RegisterForm::fieldError(const QString &column) const
{
    const QLabel *label = m_fieldErrors.value(column);
    return label ? label->text() : QString();
}

} // namespace griddesk::app
