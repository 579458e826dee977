#include "FirstRows.h"

namespace griddesk {

namespace {

size_t capacityFor(qint64 keys)
{
    size_t c = 1024;
    while (c < size_t(keys) * 2)
        c *= 2;
    return c;
}

// Hashes from std::hash are well mixed; 0 marks an empty slot.
quint64 stored(quint64 hash)
{
    return hash ? hash : 1;
}

} // namespace

FirstRows::FirstRows(qint64 expectedKeys)
    : m_slots(capacityFor(expectedKeys))
{
}

qint64 FirstRows::firstOrAdd(quint64 hash, qint64 row)
{
    if (size_t(m_count + 1) * 2 > m_slots.size())
        grow();
    const quint64 h = stored(hash);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = size_t(h) & mask;; i = (i + 1) & mask) {
        Slot &s = m_slots[i];
        if (s.hash == h)
            return s.row;
        if (s.hash == 0) {
            s = {h, row};
            ++m_count;
            return row;
        }
    }
}

void FirstRows::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    for (const Slot &s : old) {
        if (s.hash == 0)
            continue;
        size_t i = size_t(s.hash) & mask;
        while (m_slots[i].hash != 0)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

} // namespace griddesk
