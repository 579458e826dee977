#include "ChangeFeed.h"
#include "SqlSession.h"

#include <QSqlQuery>

namespace griddesk {

ChangeFeed::ChangeFeed(SqlSession &session)
    : m_session(session)
{
}

qint64 ChangeFeed::lastChangeSeq() const
{
    return m_session.read([&]() -> qint64 {
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM gd_changes"));
        return q.next() ? q.value(0).toLongLong() : 0;
    });
}

QVector<ChangeRecord> ChangeFeed::changesSince(qint64 seq, int limit) const
{
    return m_session.read([&]() -> QVector<ChangeRecord> {
        QVector<ChangeRecord> out;
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral(
            "SELECT seq, table_name, row_id, op FROM gd_changes WHERE seq > ? ORDER BY seq LIMIT ?"), {seq, limit});
        while (q.next()) {
            const QString op = q.value(3).toString();
            out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                           op.isEmpty() ? QChar() : op.at(0)});
        }
        return out;
    });
}

} // namespace griddesk
