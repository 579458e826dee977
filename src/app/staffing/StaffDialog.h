#pragma once
// The form that adds or changes a grid staff member: name, phone, role,
// grid, linked login, start date and a note. Saving goes through the
// caller's saver; its refusal (each bad field named) shows in the form,
// which stays open with what was typed.

#include "StaffMember.h"
#include "ui_StaffDialog.h"

#include <QDialog>

#include <functional>

namespace griddesk::app {

class StaffDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StaffDialog(QWidget *parent = nullptr);

    // The grids to choose from (code, name), in the order shown.
    void setGrids(const QVector<QPair<QString, QString>> &grids);
    // Fills the form from a person of the register (changing them); the
    // phone shows masked and is kept unless a new number is typed.
    void setMember(const StaffMember &member);
    void setGrid(const QString &gridCode);
    StaffMember member() const;

    // Saves the form; returns an empty string, or why it was refused.
    using Saver = std::function<QString(const StaffMember &)>;
    void setSaver(Saver saver) { m_saver = std::move(saver); }
    // What the last refusal said (empty when none).
    QString errorText() const;

    // For tests and keyboard users alike: the form's own fields.
    Ui::StaffDialog &ui() { return m_ui; }

private:
    void save();

    Ui::StaffDialog m_ui;
    StaffMember m_member;
    Saver m_saver;
};

} // namespace griddesk::app
