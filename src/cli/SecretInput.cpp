#include "SecretInput.h"

#include <QTextStream>

#include <cstdio>
#include <string>

#ifdef _WIN32
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace griddesk::cli {

namespace {

// Switches the terminal's echo off for its lifetime; does nothing when
// standard input is not a terminal.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef _WIN32
        m_input = GetStdHandle(STD_INPUT_HANDLE);
        m_active = _isatty(_fileno(stdin)) && GetConsoleMode(m_input, &m_mode);
        if (m_active)
            SetConsoleMode(m_input, m_mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
        m_active = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_active) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            quiet.c_lflag |= ECHONL;
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
#ifdef _WIN32
        SetConsoleMode(m_input, m_mode);
        std::fputs("\n", stderr);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;
    bool active() const { return m_active; }

private:
    bool m_active = false;
#ifdef _WIN32
    HANDLE m_input = nullptr;
    DWORD m_mode = 0;
#else
    termios m_saved{};
#endif
};

} // namespace

QString readSecretLine(const QString &prompt)
{
    EchoOff echo;
    if (echo.active()) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
    }
    std::string line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        line.push_back(char(c));
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromLocal8Bit(line.c_str(), int(line.size()));
}

} // namespace griddesk::cli
