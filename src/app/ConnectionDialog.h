#pragma once
// Connects the console to a GridDesk server: a profile (host, port, database,
// user) remembered in the settings, and the password from the system keyring
// or typed each time.

#include "StoreLocation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace griddesk::app {

class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    // The server with the password, for StoreOpener; valid after accept().
    StoreLocation location() const;
    // Fills the form from a libpq connection string (host=… dbname=… user=…);
    // a password in it is not taken: it comes from the keyring or is typed.
    void setConnInfo(const QString &conninfo);

    void accept() override;
    // libpq's sslmode as chosen: verify-full, verify-ca, require or disable.
    QString sslMode() const;
    void setSslMode(const QString &mode);

private:
    void updateSecurityNote();
    QString profileKey() const;
    void loadStoredPassword();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QComboBox *m_sslMode;
    QLineEdit *m_sslRootCert;
    QLabel *m_securityNote;
    QLabel *m_problem;
};

} // namespace griddesk::app
