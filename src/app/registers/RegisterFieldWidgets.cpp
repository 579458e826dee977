#include "RegisterFieldWidgets.h"
#include "RegisterTableModel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace griddesk::app::registerwidgets {

namespace {

// A date edit cannot be empty: its earliest date stands for "none".
const QDate kNoDate(1900, 1, 1);

QDate toDate(const QVariant &v)
{
    return v.type() == QVariant::Date ? v.toDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

void prepare(const RegisterField &field, QWidget *widget)
{
    if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        combo->clear();
        combo->addItem(field.required ? QCoreApplication::translate("griddesk::app::RegisterForm", "(choose)") : QString(), QString());
        for (const CodeOption &o : field.codes)
            combo->addItem(o.displayName(), o.code);
    } else if (auto *line = qobject_cast<QLineEdit *>(widget)) {
        if (field.maxLength > 0)
            line->setMaxLength(field.maxLength);
        if (field.kind == FieldKind::IdNumber)
            line->setMaxLength(30); // a foreign national's document number may be longer than 18
    } else if (auto *date = qobject_cast<QDateEdit *>(widget)) {
        date->setMinimumDate(kNoDate);
        date->setSpecialValueText(QStringLiteral(" "));
        date->setDate(field.required ? QDate::currentDate() : kNoDate);
    } else if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
        spin->setRange(-1, 1000000);
        spin->setSpecialValueText(QStringLiteral(" "));
        spin->setValue(-1);
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(widget)) {
        spin->setRange(-1, 1e7);
        spin->setDecimals(1);
        spin->setSpecialValueText(QStringLiteral(" "));
        spin->setValue(-1);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(widget)) {
        text->setTabChangesFocus(true);
        text->setMaximumHeight(text->fontMetrics().lineSpacing() * 4);
    }
}

void setValue(const RegisterField &field, QWidget *widget, const QVariant &value)
{
    if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        const int at = combo->findData(value.toString());
        combo->setCurrentIndex(at < 0 ? 0 : at);
    } else if (auto *line = qobject_cast<QLineEdit *>(widget)) {
        // Derived values show as the list shows them (a code by its label).
        line->setText(line->isReadOnly() ? RegisterTableModel::displayText(field, value) : value.toString());
    } else if (auto *date = qobject_cast<QDateEdit *>(widget)) {
        const QDate d = toDate(value);
        date->setDate(d.isValid() ? d : kNoDate);
    } else if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
        spin->setValue(value.isNull() ? -1 : value.toInt());
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(widget)) {
        spin->setValue(value.isNull() ? -1 : value.toDouble());
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(widget)) {
        text->setPlainText(value.toString());
    }
}

QVariant value(const RegisterField &, const QWidget *widget)
{
    if (auto *combo = qobject_cast<const QComboBox *>(widget)) {
        const QString code = combo->currentData().toString();
        return code.isEmpty() ? QVariant() : QVariant(code);
    }
    if (auto *line = qobject_cast<const QLineEdit *>(widget)) {
        const QString t = line->text().trimmed();
        return t.isEmpty() ? QVariant() : QVariant(t);
    }
    if (auto *date = qobject_cast<const QDateEdit *>(widget))
        return date->date() == kNoDate ? QVariant() : QVariant(date->date());
    if (auto *spin = qobject_cast<const QSpinBox *>(widget))
        return spin->value() < 0 ? QVariant() : QVariant(qlonglong(spin->value()));
    if (auto *spin = qobject_cast<const QDoubleSpinBox *>(widget))
        return spin->value() < 0 ? QVariant() : QVariant(spin->value());
    if (auto *text = qobject_cast<const QPlainTextEdit *>(widget)) {
        const QString t = text->toPlainText().trimmed();
        return t.isEmpty() ? QVariant() : QVariant(t);
    }
    return {};
}

void onEdited(QWidget *widget, QObject *context, const std::function<void()> &slot)
{
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        QObject::connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), context, slot);
    else if (auto *line = qobject_cast<QLineEdit *>(widget))
        QObject::connect(line, &QLineEdit::textEdited, context, slot);
    else if (auto *date = qobject_cast<QDateEdit *>(widget))
        QObject::connect(date, &QDateEdit::dateChanged, context, slot);
    else if (auto *spin = qobject_cast<QSpinBox *>(widget))
        QObject::connect(spin, qOverload<int>(&QSpinBox::valueChanged), context, slot);
    else if (auto *spin = qobject_cast<QDoubleSpinBox *>(widget))
        QObject::connect(spin, qOverload<double>(&QDoubleSpinBox::valueChanged), context, slot);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        QObject::connect(text, &QPlainTextEdit::textChanged, context, slot);
}

} // namespace griddesk::app::registerwidgets
