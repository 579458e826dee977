#include "ThreadStack.h"

#include <QHash>
#include <QThread>

#if defined(Q_OS_LINUX) && defined(__GLIBC__)
#define GRIDDESK_THREAD_STACK 1
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cxxabi.h>
#include <dlfcn.h>
#include <execinfo.h>
#include <link.h>
#include <pthread.h>
#endif

namespace griddesk::app {

#ifdef GRIDDESK_THREAD_STACK
namespace {

constexpr int kMaxFrames = 96;
// The handler's frames on top of the interrupted code: itself, backtrace
// and the kernel's signal return.
constexpr int kHandlerFrames = 2;

pthread_t s_target;
std::atomic<bool> s_watching{false};
std::atomic<bool> s_done{false};
void *s_frames[kMaxFrames];
int s_count = 0;

int stackSignal()
{
    return SIGRTMIN + 4;
}

void onSignal(int, siginfo_t *, void *)
{
    if (!s_watching.load(std::memory_order_acquire) || !pthread_equal(pthread_self(), s_target))
        return;
    const int saved = errno;
    s_count = backtrace(s_frames, kMaxFrames);
    s_done.store(true, std::memory_order_release);
    errno = saved;
}

QString shortName(const char *mangled)
{
    int status = 0;
    char *plain = abi::__cxa_demangle(mangled, nullptr, nullptr, &status);
    QString name = QString::fromLatin1(status == 0 && plain ? plain : mangled);
    std::free(plain);
    // The parameters make a name three times as long and say little here.
    int depth = 0;
    for (int i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c == QLatin1Char('<'))
            ++depth;
        else if (c == QLatin1Char('>'))
            --depth;
        else if (c == QLatin1Char('(') && depth == 0 && i > 0) {
            name.truncate(i);
            break;
        }
    }
    return name;
}

} // namespace
#endif

ThreadStack::ThreadStack()
{
#ifdef GRIDDESK_THREAD_STACK
    void *warm[2];
    backtrace(warm, 2); // loads its unwinder now, not inside the handler
    s_target = pthread_self();
    struct sigaction action = {};
    action.sa_sigaction = &onSignal;
    action.sa_flags = SA_SIGINFO | SA_RESTART;
    sigemptyset(&action.sa_mask);
    sigaction(stackSignal(), &action, nullptr);
    s_watching.store(true, std::memory_order_release);
#endif
}

ThreadStack::~ThreadStack()
{
#ifdef GRIDDESK_THREAD_STACK
    s_watching.store(false, std::memory_order_release);
#endif
}

bool ThreadStack::available()
{
#ifdef GRIDDESK_THREAD_STACK
    return true;
#else
    return false;
#endif
}

QVector<quintptr> ThreadStack::sample(int timeoutMs) const
{
    QVector<quintptr> out;
#ifdef GRIDDESK_THREAD_STACK
    s_done.store(false, std::memory_order_release);
    if (pthread_kill(s_target, stackSignal()) != 0)
        return out;
    for (int waited = 0; !s_done.load(std::memory_order_acquire); ++waited) {
        if (waited >= timeoutMs)
            return out;
        QThread::msleep(1);
    }
    for (int i = kHandlerFrames; i < s_count; ++i)
        out << reinterpret_cast<quintptr>(s_frames[i]);
#else
    Q_UNUSED(timeoutMs)
#endif
    return out;
}

QStringList ThreadStack::names(const QVector<quintptr> &frames)
{
    QStringList out;
#ifdef GRIDDESK_THREAD_STACK
    for (quintptr address : frames) {
        // A return address is one past the call: look up the call itself.
        void *at = reinterpret_cast<void *>(address - 1);
        Dl_info info = {};
        void *entry = nullptr;
        if (!dladdr1(at, &info, &entry, RTLD_DL_SYMENT)) {
            out << QStringLiteral("0x%1").arg(address, 0, 16);
            continue;
        }
        const auto *symbol = static_cast<const ElfW(Sym) *>(entry);
        const quintptr start = reinterpret_cast<quintptr>(info.dli_saddr);
        if (info.dli_sname && symbol && address - 1 < start + symbol->st_size) {
            out << shortName(info.dli_sname);
        } else {
            const QString module = QString::fromLocal8Bit(info.dli_fname ? info.dli_fname : "?").section(QLatin1Char('/'), -1);
            out << QStringLiteral("%1+0x%2").arg(module).arg(address - reinterpret_cast<quintptr>(info.dli_fbase), 0, 16);
        }
    }
#else
    Q_UNUSED(frames)
#endif
    return out;
}

QString ThreadStack::summary(const QVector<QVector<quintptr>> &samples)
{
    QHash<QString, int> ours;           // innermost own function → samples
    QHash<QString, QHash<QString, int>> leaves; // … → the innermost function of those samples
    int taken = 0;
    for (const QVector<quintptr> &sample : samples) {
        const QStringList frames = names(sample);
        if (frames.isEmpty())
            continue;
        ++taken;
        QString own = QStringLiteral("(none of the product's functions)");
        for (const QString &f : frames)
            if (f.startsWith(QLatin1String("griddesk::"))) {
                own = f;
                break;
            }
        ++ours[own];
        ++leaves[own][frames.first()];
    }
    if (taken == 0)
        return {};
    const auto most = [](const QHash<QString, int> &counts) {
        auto best = counts.cbegin();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            if (it.value() > best.value() || (it.value() == best.value() && it.key() < best.key()))
                best = it;
        return best;
    };
    const auto own = most(ours);
    const QHash<QString, int> ownLeaves = leaves.value(own.key());
    const QString leaf = most(ownLeaves).key();
    return QStringLiteral("in %1 (%2 of %3 samples), at %4").arg(own.key()).arg(own.value()).arg(taken).arg(leaf);
}

} // namespace griddesk::app
