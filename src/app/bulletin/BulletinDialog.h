#pragma once
// The form that publishes a security bulletin: level, title, text, the
// period, and the area, either drawn on the map (the dialog steps aside
// while the area is drawn) or chosen as units. Confirming hands the draft to
// the publisher; a refusal is shown in the form, naming the field, and the
// form stays open.

#include "Bulletin.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace griddesk::app {

class ConsoleSession;

class BulletinDialog : public QDialog
{
    Q_OBJECT

public:
    BulletinDialog(ConsoleSession &session, QWidget *parent = nullptr);

    // Returns an empty string when published, otherwise the reason.
    using Publisher = std::function<QString(const Bulletin &draft)>;
    void setPublisher(Publisher publisher) { m_publisher = std::move(publisher); }

    Bulletin draft() const;
    void setDrawnArea(const MultiPolygon &area);
    void accept() override;

    QComboBox *levelBox() const { return m_level; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QRadioButton *drawnChoice() const { return m_drawn; }
    QRadioButton *unitsChoice() const { return m_byUnits; }
    QListWidget *unitList() const { return m_units; }
    QLabel *errorLabel() const { return m_error; }

Q_SIGNALS:
    // The user wants to draw the area on the map.
    void drawRequested();

private:
    void updateArea();

    QComboBox *m_level;
    QLineEdit *m_title;
    QPlainTextEdit *m_text;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QRadioButton *m_drawn;
    QRadioButton *m_byUnits;
    QPushButton *m_draw;
    QLabel *m_areaState;
    QListWidget *m_units;
    QLabel *m_error;
    MultiPolygon m_area;
    Publisher m_publisher;
};

} // namespace griddesk::app
