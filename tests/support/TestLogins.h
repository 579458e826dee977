#pragma once
// Test helper: the people of a storage test, each with their own sign-in
// (a database login on a server, a password on a file) made once per run,
// since a local sign-in checks a deliberately slow password hash; and psql
// under their logins.

#include "PsqlRunner.h"
#include "Store.h"
#include "TestBackend.h"

#include <map>
#include <memory>

namespace griddesk::test {

class TestLogins
{
public:
    TestLogins(const TestBackend &backend, QString password)
        : m_backend(backend)
        , m_password(std::move(password))
    {
    }

    // Set before the first sign-in: logins are a name plus this suffix.
    void setSuffix(const QString &suffix) { m_suffix = suffix; }
    QString suffix() const { return m_suffix; }
    QString login(const QString &name) const { return name + m_suffix; }

    // The Store as one person sees it; null when the sign-in fails.
    Store *as(const QString &name)
    {
        std::unique_ptr<Store> &store = m_people[name];
        if (!store)
            store = m_backend.openAs(login(name), m_password);
        return store.get();
    }

    PsqlResult psql(const QString &name, const QString &statement) const
    {
        return PsqlRunner(m_backend.conninfo(), m_password).run(login(name), statement);
    }

    void clear() { m_people.clear(); }

private:
    const TestBackend &m_backend;
    QString m_password;
    QString m_suffix;
    std::map<QString, std::unique_ptr<Store>> m_people;
};

} // namespace griddesk::test
