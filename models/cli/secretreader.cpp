#include "secretreader.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace certdesk::cli {

namespace {

// The translation context of this file's messages (lupdate files them under it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

SecretReader::SecretReader() : m_interactive(isatty(STDIN_FILENO) != 0) {}

bool SecretReader::readLine(QString *line)
{
    std::string s;
    if (!std::getline(std::cin, s))
        return false;
    if (!s.empty() && s.back() == '\r')
        s.pop_back();
    *line = QString::fromStdString(s);
    std::fill(s.begin(), s.end(), '\0');
    return true;
}

bool SecretReader::read(const QString &prompt, QString *secret)
{
    if (!m_interactive)
        return readLine(secret);
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    const bool ok = readLine(secret);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputs("\n", stderr);
    return ok;
}

bool SecretReader::readNew(const QString &prompt, QString *secret)
{
    if (!read(prompt, secret))
        return false;
    if (!m_interactive)
        return true;
    QString again;
    if (!read(Tr::tr("Repeat: "), &again))
        return false;
    if (again != *secret) {
        std::fputs(Tr::tr("The two entries differ.\n").toLocal8Bit().constData(), stderr);
        return false;
    }
    return true;
}

} // namespace certdesk::cli
