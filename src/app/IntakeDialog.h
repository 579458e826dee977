#pragma once
// The intake form for a new report: source, category, location (picked on
// the map, typed, or found from an address), reporter and parties,
// description and attachments. Possible duplicates are shown before saving.

#include "NewIncident.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace griddesk::app {

class ConsoleSession;

class IntakeDialog : public QDialog
{
    Q_OBJECT

public:
    IntakeDialog(const ConsoleSession &session, QWidget *parent = nullptr);

    NewIncident report() const;
    // The candidates shown (case numbers), refreshed as the form changes.
    QStringList duplicateCodes() const { return m_duplicateCodes; }
    QString problems() const;

    void setLocation(const GeoPoint &lonLat);
    void setCategory(const QString &code);
    void setTitle(const QString &title);
    void setParties(const QStringList &parties);
    void setAddress(const QString &address);
    // Places the report at the grid or community the address names; false when none matches.
    bool locateByAddress();
    bool addAttachment(const QString &path);

Q_SIGNALS:
    void pickOnMapRequested();

private:
    void refresh();

    const ConsoleSession &m_session;
    QComboBox *m_source;
    QComboBox *m_category;
    QLineEdit *m_title;
    QDoubleSpinBox *m_lon;
    QDoubleSpinBox *m_lat;
    QLineEdit *m_address;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_idNumber = nullptr;
    QLineEdit *m_reporter;
    QLineEdit *m_parties;
    QPlainTextEdit *m_description;
    QListWidget *m_files;
    QLabel *m_place;
    QLabel *m_duplicates;
    QLabel *m_problems;
    QPushButton *m_save;
    QVector<Attachment> m_attachments;
    QStringList m_duplicateCodes;
};

} // namespace griddesk::app
