#pragma once

#include <QString>

namespace certdesk::cli {

// Secrets come from standard input — one line per secret when stdin is not a terminal (scripts, tests),
// otherwise from a prompt on stderr with echo off. Never from the command line. Both programs read every stdin
// line through one reader, so the order of secrets is the order of the calls.
class SecretReader
{
public:
    SecretReader();
    virtual ~SecretReader() = default;

    // false when stdin is exhausted or the terminal prompt was aborted.
    virtual bool read(const QString &prompt, QString *secret);
    // A new secret: on a terminal it is asked twice and must match; from a pipe one line.
    bool readNew(const QString &prompt, QString *secret);

private:
    bool readLine(QString *line);
    bool m_interactive = false;
};

} // namespace certdesk::cli
