#pragma once
// Test helper: the console of one person, opened as the console opens it:
// signed in under their own login on the test server, or with their
// password on the file.

#include "ConsoleSession.h"
#include "SignIn.h"
#include "TestBackend.h"

#include <QRegularExpression>

namespace griddesk::test {

// How one person's console opens its connections: as their login on the
// test server, or as their account on the file. Worker threads use this.
inline std::optional<StoreOpener> openerOf(const TestBackend &backend, const QString &login, const QString &password,
                                           QString *error)
{
    std::optional<StoreOpener> opener;
    if (TestBackend::isPg()) {
        QString conninfo = backend.conninfo();
        conninfo.replace(QRegularExpression(QStringLiteral("user=\\S+")), QStringLiteral("user=") + login);
        opener = app::signin::resolve(StoreLocation::parse(QStringLiteral("pg:%1 password='%2'").arg(conninfo, password)),
                                      nullptr, false, error);
    } else {
        auto store = backend.open();
        const std::optional<UserAccount> user = store->authenticate(login, password);
        if (user)
            opener = StoreOpener(backend.storeLocation(), user);
        else
            *error = QStringLiteral("%1 cannot sign in to the file").arg(login);
    }
    return opener;
}

inline std::unique_ptr<app::ConsoleSession> consoleSessionOf(const TestBackend &backend, const QString &login,
                                                             const QString &password)
{
    QString error;
    const std::optional<StoreOpener> opener = openerOf(backend, login, password, &error);
    if (!opener) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    auto session = app::ConsoleSession::open(*opener, &error);
    if (!session)
        qWarning("%s", qPrintable(error));
    return session;
}

} // namespace griddesk::test
