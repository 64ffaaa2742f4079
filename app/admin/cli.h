#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "services/session.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace certdesk::cli {

// Exit codes of the certdesk-admin contract (docs/cli.md).
enum ExitCode
{
    Done = 0,
    Refused = 1, // refused by a rule or invalid input
    Usage = 2,
    AuthFailed = 3 // wrong password, account locked or disabled
};

class SecretReader;

// Everything a command handler needs; handlers never touch argv or the process directly.
struct Context
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    QCommandLineParser &parser;
    QStringList args; // positional arguments after the command words
    SecretReader &secrets;
    const Clock &clock;
    QTextStream &out;
    QTextStream &err;

    QString db() const;
    QString user() const;
    bool json() const;
    QString value(const QString &option) const { return parser.value(option); }
    bool isSet(const QString &option) const { return parser.isSet(option); }

    // Reads the user's password (next stdin line or a prompt) and unlocks; on failure prints and sets *exitCode.
    std::unique_ptr<Session> openSession(int *exitCode);
    // Prints the error on stderr and returns its exit code.
    int fail(const Error &error);
    int usage(const QString &message);
    void printJson(const QJsonObject &object);
};

int exitCodeFor(const Error &error);

struct Command
{
    QString path; // "user add", "check-id", …
    QList<QCommandLineOption> options;
    int (*run)(Context &context);
    QString synopsis;
    bool json = false; // has a --json output; otherwise --json is a usage error
};

// Each command group registers its commands here (cmd_*.cpp).
QList<Command> checkIdCommands();
QList<Command> setupCommands();
QList<Command> userCommands();
QList<Command> dataCommands();
QList<Command> certifyCommands();
QList<Command> reportCommands();
QList<Command> printCommands();  // cmd_print.cpp (printing issue)
QList<Command> syncCommands();   // cmd_sync.cpp (sync issue)
QList<Command> readerCommands(); // cmd_reader.cpp (card-reader issue)
QList<Command> paperCommands();  // cmd_paper.cpp (paper flow: register, review, retain)

int run(const QStringList &arguments, SecretReader &secrets, const Clock &clock);

// Shared option parsers; a malformed value is a usage error (exit 2).
bool parseDateOption(Context &c, const QString &option, QDate *out, int *exitCode);

} // namespace certdesk::cli
