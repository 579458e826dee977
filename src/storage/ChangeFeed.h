#pragma once
// The change feed: every committed write leaves a row naming its table and
// row, in commit order, so other consoles can follow what changed.

#include "ChangeRecord.h"

#include <QVector>

namespace griddesk {

class SqlSession;

class ChangeFeed
{
public:
    explicit ChangeFeed(SqlSession &session);

    qint64 lastChangeSeq() const;
    QVector<ChangeRecord> changesSince(qint64 seq, int limit = 10000) const;

private:
    SqlSession &m_session;
};

} // namespace griddesk
