#pragma once
// The call stack of one thread, taken from another while it runs: the
// watchdog's way of saying where the GUI thread was while it blocked.
//
// On Linux with glibc a signal interrupts the watched thread, whose handler
// records its return addresses (backtrace(3)); names come from the dynamic
// symbol tables (dladdr), so an executable shows its own functions when it
// is linked with its symbols exported (the console's debug builds and the
// benchmark are). Elsewhere sampling gives nothing.

#include <QStringList>
#include <QVector>

namespace griddesk::app {

class ThreadStack
{
public:
    // Watches the calling thread (one at a time in a process).
    ThreadStack();
    ~ThreadStack();
    ThreadStack(const ThreadStack &) = delete;
    ThreadStack &operator=(const ThreadStack &) = delete;

    // Whether stacks can be taken on this platform.
    static bool available();

    // The watched thread's return addresses now, innermost first; empty if
    // it did not answer within `timeoutMs`. Call from another thread.
    QVector<quintptr> sample(int timeoutMs = 20) const;

    // Each address as "function" (demangled, without its parameters) or
    // "module+0xoffset" where no exported symbol covers it.
    static QStringList names(const QVector<quintptr> &frames);

    // Of several samples, the innermost of the product's own functions most
    // of them were in, with how many ("griddesk::map::X::f (7 of 9)"), and the
    // innermost function of those samples ("at QPainter::drawPath"). Empty
    // when no sample was taken.
    static QString summary(const QVector<QVector<quintptr>> &samples);
};

} // namespace griddesk::app
