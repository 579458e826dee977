#pragma once
// Binds a register field to the form widget named after its column: the
// widget is prepared for the field's kind (codes in a combo, dates with an
// empty state, lengths), takes a stored value and gives back what was typed.
// QLineEdit, QPlainTextEdit, QComboBox, QDateEdit, QSpinBox and
// QDoubleSpinBox are understood.

#include "RegisterField.h"

#include <QVariant>

#include <functional>

class QWidget;

namespace griddesk::app::registerwidgets {

void prepare(const RegisterField &field, QWidget *widget);
void setValue(const RegisterField &field, QWidget *widget, const QVariant &value);
// Null when left empty.
QVariant value(const RegisterField &field, const QWidget *widget);
// Tells when the user changes the value.
void onEdited(QWidget *widget, QObject *context, const std::function<void()> &slot);

} // namespace griddesk::app::registerwidgets
