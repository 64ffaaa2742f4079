#pragma once

#include <QByteArray>
#include <QJsonObject>
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

    QStringList args;
};

// Runs CERTDESK_ADMIN_BIN with `args`, writes `stdinData` to its standard input and closes it (so the
// secrets come from a pipe, never a terminal), and waits up to 60 s.
CliResult runCli(const QStringList &args, const QByteArray &stdinData = {});

// Secrets for standard input, one per line.
QByteArray stdinLines(const QStringList &lines);

} // namespace certdesk::test

// Asserts the exit code; on mismatch prints the command and both output streams.
#define CLI_EXPECT_EXIT(result, code)                                                                                  \
    QVERIFY2((result).exitCode == (code),                                                                              \
             qPrintable(QStringLiteral("expected exit %1; ").arg(code) + (result).describe()))
