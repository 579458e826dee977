#pragma once
// Local sign-in to a GeoPackage that has users: name and password, checked
// against the stored PBKDF2 hash; every attempt is audited.

#include "UserAccount.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace griddesk {
class Store;
}

namespace griddesk::app {

class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(Store &store, const QString &databaseName, QWidget *parent = nullptr);
    // The person signed in; set when the dialog was accepted.
    std::optional<UserAccount> user() const { return m_user; }

    void accept() override;

private:
    Store &m_store;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLabel *m_problem;
    std::optional<UserAccount> m_user;
    int m_failures = 0;
};

} // namespace griddesk::app
