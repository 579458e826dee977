#pragma once
// Server sessions kept open between a worker thread's reads.
//
// Every panel reads on a worker thread, and a read used to open a fresh
// connection to the server and close it after: at a city's scale a change
// set four panels reading, and each new connection cost the server a
// process of its own, PostGIS loaded into it and its catalogue read again
// (some 50 ms of the server's processor each, on the machine the map
// draws on when the server is local). A read-only session the worker lets
// go now waits on that thread's shelf, and the thread's next read of the
// same database as the same person takes it up again.
//
// A session is kept only off the main thread, only when its connection is
// idle (no transaction left open, not broken), at most two per database and
// person on a thread, and for at most a minute unused; the thread's end
// closes what it still holds. A connection the server has since dropped is
// opened again by the session's own reconnection on its next call.

#include "SqlSession.h"

#include <QString>
#include <memory>

namespace griddesk::sessionshelf {

// A kept session of `key` for this thread, or none.
std::unique_ptr<SqlSession> take(const QString &key);
// Keeps `session` for this thread's next take of `key`, or closes it when
// it may not be kept.
void keep(const QString &key, std::unique_ptr<SqlSession> session);
// How many sessions this thread keeps (for tests).
int keptHere();

} // namespace griddesk::sessionshelf
