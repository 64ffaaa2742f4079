#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace certdesk::test {

// The outcome of one certdesk-admin process.
struct CliResult
{
    int exitCode = -1; // -1: could not start; -2: crashed or timed out
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // stdout parsed as one JSON object; an empty object (and *ok false) when it is not exactly that.
    QJsonObject json(bool *ok = nullptr) const;
    // For failure messages: the command, the exit code and both streams.
    QString describe() const;
    // exitCode == 0; otherwise also logs describe() as a warning (for set-up helpers that return bool).
    bool succeeded() const;

    QStringList args;
};

// Runs CERTDESK_ADMIN_BIN with `args`, writes `stdinData` to its standard input and closes it (so the
// secrets come from a pipe, never a terminal), and waits up to 60 s.
CliResult runCli(const QStringList &args, const QByteArray &stdinData = {});

// Secrets for standard input, one per line.
QByteArray stdinLines(const QStringList &lines);

// The key set of a JSON object, for "exactly these keys" assertions.
QSet<QString> jsonKeys(const QJsonObject &object);

// Whole-file helpers for test inputs and outputs; readFile gives an empty array when the file cannot be read.
bool writeFile(const QString &path, const QByteArray &data);
QByteArray readFile(const QString &path);

// Argument lists from a mix of string literals (UTF-8) and QStrings: cliArgs("--db", path, "verify").
inline QString cliArg(const char *s)
{
    return QString::fromUtf8(s);
}
inline QString cliArg(const QString &s)
{
    return s;
}
template<class... A> QStringList cliArgs(const A &...a)
{
    return QStringList{cliArg(a)...};
}

} // namespace certdesk::test

// Asserts the exit code; on mismatch prints the command and both output streams.
#define CLI_EXPECT_EXIT(result, code)                                                                                  \
    QVERIFY2((result).exitCode == (code),                                                                              \
             qPrintable(QStringLiteral("expected exit %1; ").arg(code) + (result).describe()))
