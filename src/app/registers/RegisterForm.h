#pragma once
// The form that adds or changes one register record. Its fields come from
// the register's .ui file (ui/ResidentForm.ui, …), each widget named after
// its column and bound through the catalogue: labels, codes, lengths and
// which values are needed. A located register takes a point picked on the
// map, or leaves the grid to the house or to the grid chosen here. The
// store's refusal shows next to each field it names, and the form stays
// open with what was typed. A resident's sex and birth date show read-only,
// derived from the ID number as it is typed.

#include "GeoTypes.h"
#include "RegisterRecord.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace griddesk {
class StoreError;
}

namespace griddesk::app {

class RegisterForm : public QDialog
{
    Q_OBJECT

public:
    RegisterForm(RegisterKind kind, QWidget *parent = nullptr);

    RegisterKind kind() const { return m_record.kind; }
    static QString objectNameFor(RegisterKind kind);
    // Grids to choose from when the record has no location (code, name).
    void setGrids(const QVector<QPair<QString, QString>> &grids);
    void setGrid(const QString &gridCode);
    // Fills the form from a stored record (changing it); personal values
    // show masked and are kept unless something new is typed.
    void setRecord(const RegisterRecord &record);
    // A field's value set from outside (a visit's key person, a party's dispute).
    void setValue(const QString &column, const QVariant &value);
    RegisterRecord record() const;
    bool isNew() const { return m_record.id == 0; }
    void setLocation(const std::optional<GeoPoint> &lonLat);

    // Saving goes through the caller; a StoreError it throws is shown in the form.
    using Saver = std::function<RegisterRecord(const RegisterRecord &)>;
    void setSaver(Saver saver) { m_saver = std::move(saver); }
    // The record as saved (after accept()).
    const RegisterRecord &saved() const { return m_saved; }
    void showRefusal(const StoreError &error);
    // What the last refusal said (empty when none), and what it said of one field.
    QString errorText() const;
    QString fieldError(const QString &column) const;

    QWidget *fieldWidget(const QString &column) const;
    QWidget *body() const { return m_body; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QPushButton *pickButton() const { return m_pick; }
    QComboBox *gridCombo() const { return m_grid; }

public Q_SLOTS:
    void save();

Q_SIGNALS:
    void pickOnMapRequested();

private:
    void bindFields();
    QWidget *buildPlace();
    void clearErrors();
    void setFieldError(const QString &column, const QString &text);
    void updateDerived();
    void showLocation();

    RegisterRecord m_record;
    RegisterRecord m_saved;
    QWidget *m_body = nullptr;
    QLabel *m_errors = nullptr;
    QHash<QString, QLabel *> m_fieldErrors;
    QLabel *m_location = nullptr;
    QPushButton *m_pick = nullptr;
    QPushButton *m_clearLocation = nullptr;
    QComboBox *m_grid = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    Saver m_saver;
};

} // namespace griddesk::app
