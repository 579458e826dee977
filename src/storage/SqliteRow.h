#pragma once
// A row of values encoded once, off the writing thread, in the form SQLite
// binds without copying: per value a tag, then 8 bytes for a number or a
// 4-byte length and the bytes of a text (UTF-8) or blob. The bulk writers
// encode rows on their reading threads and only bind and step on the
// thread that holds the connection.

#include <QByteArray>
#include <QVariant>
#include <QVector>

#include <utility>

struct sqlite3_stmt;

namespace griddesk::sqliterow {

// Builds an encoded row value by value, in the order of the statement's
// parameters.
class Builder
{
public:
    explicit Builder(int expectedBytes = 256);
    void null();
    void integer(qint64 v);
    void real(double v);
    void text(const QString &v);       // written as UTF-8
    void utf8(const QByteArray &v);    // a text already in UTF-8
    void latin1(const char *v, int size); // a text of ASCII characters
    void blob(const QByteArray &v);
    // Any value: integers, reals, texts (anything else as its text), blobs and NULLs.
    void value(const QVariant &v);
    // The row; the builder is empty afterwards.
    QByteArray take();

private:
    char *reserve(int bytes); // room for `bytes` more at the end
    QByteArray m_out;
    int m_size = 0;
};

// Integers, reals, texts (anything else as its text), blobs and NULLs.
QByteArray encode(const QVector<QVariant> &values);

// Binds an encoded row to parameters from, from + 1, ...: the statement
// reads the row's own bytes, which must outlive the step. Returns where the
// row's first value starts and how long it is (null for a number or NULL).
std::pair<const char *, int> bind(sqlite3_stmt *statement, const QByteArray &row, int from);

} // namespace griddesk::sqliterow
