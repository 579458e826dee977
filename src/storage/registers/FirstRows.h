#pragma once
// The row each key of an import was first seen at, by the key's 64-bit hash:
// one flat table probed in place, without an allocation per key (an import
// of a million rows asks it a million times).

#include <QtGlobal>

#include <vector>

namespace griddesk {

class FirstRows
{
public:
    explicit FirstRows(qint64 expectedKeys = 0);
    // Records `row` for `hash` unless the hash was seen before; returns the
    // row it was first seen at (`row` itself when new).
    qint64 firstOrAdd(quint64 hash, qint64 row);
    qint64 size() const { return m_count; }

private:
    struct Slot {
        quint64 hash = 0; // 0: empty
        qint64 row = 0;
    };
    void grow();
    std::vector<Slot> m_slots;
    qint64 m_count = 0;
};

} // namespace griddesk
