#include "SqliteSpatialFunctions.h"
#include "GpkgGeometry.h"
#include "SqliteHandle.h"

#include <QSqlDatabase>

#include <sqlite3.h>


namespace griddesk::sqlitespatial {

namespace {

enum Which { MinX, MaxX, MinY, MaxY };

bool blobEnvelope(sqlite3_value *v, GeoBounds *env, bool *empty)
{
    if (sqlite3_value_type(v) != SQLITE_BLOB)
        return false;
    const auto *data = static_cast<const unsigned char *>(sqlite3_value_blob(v));
    const int size = sqlite3_value_bytes(v);
    return gpkggeometry::envelope(data, size, env, empty);
}

void stIsEmpty(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    GeoBounds env;
    bool empty = false;
    if (!blobEnvelope(argv[0], &env, &empty)) {
        sqlite3_result_null(ctx);
        return;
    }
    sqlite3_result_int(ctx, empty ? 1 : 0);
}

void stBound(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    GeoBounds env;
    bool empty = false;
    if (!blobEnvelope(argv[0], &env, &empty) || empty) {
        sqlite3_result_null(ctx);
        return;
    }
    switch (*static_cast<Which *>(sqlite3_user_data(ctx))) {
    case MinX: sqlite3_result_double(ctx, env.minX); break;
    case MaxX: sqlite3_result_double(ctx, env.maxX); break;
    case MinY: sqlite3_result_double(ctx, env.minY); break;
    case MaxY: sqlite3_result_double(ctx, env.maxY); break;
    }
}

} // namespace

bool registerFunctions(QSqlDatabase &db)
{
    sqlite3 *h = sqlitehandle::of(db);
    if (!h)
        return false;
    static Which which[] = {MinX, MaxX, MinY, MaxY};
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    int rc = sqlite3_create_function_v2(h, "ST_IsEmpty", 1, flags, nullptr, stIsEmpty, nullptr, nullptr, nullptr);
    const char *names[] = {"ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"};
    for (int i = 0; i < 4 && rc == SQLITE_OK; ++i)
        rc = sqlite3_create_function_v2(h, names[i], 1, flags, &which[i], stBound, nullptr, nullptr, nullptr);
    return rc == SQLITE_OK;
}

} // namespace griddesk::sqlitespatial
