#include "SqliteHandle.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <cstring>

namespace griddesk::sqlitehandle {

bool configureLibrary()
{
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
}

sqlite3 *of(QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || std::strcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

bool keepWalFiles(QSqlDatabase &db)
{
    sqlite3 *h = of(db);
    if (!h)
        return false;
    int on = 1;
    return sqlite3_file_control(h, "main", SQLITE_FCNTL_PERSIST_WAL, &on) == SQLITE_OK;
}

} // namespace griddesk::sqlitehandle
