#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "services/session.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
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
    // Values given with --stdin-json stand in for the option of the same name (readStdinJson).
    QHash<QString, QString> stdinValues;
    QString value(const QString &option) const { return stdinValues.value(option, parser.value(option)); }
    bool isSet(const QString &option) const { return stdinValues.contains(option) || parser.isSet(option); }

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
QList<Command> backupCommands(); // cmd_backup.cpp (safekeeping issue)

int run(const QStringList &arguments, SecretReader &secrets, const Clock &clock);

// --stdin-json (stdinjson.cpp): when set, reads one JSON object line from stdin whose string values, for `keys`
// only, stand in for the options of the same names; a key also given on argv is a usage error.
QCommandLineOption stdinJsonOption();
bool readStdinJson(Context &c, const QStringList &keys, int *exitCode);

// Shared option parsers; a malformed value is a usage error (exit 2).
bool parseDateOption(Context &c, const QString &option, QDate *out, int *exitCode);

} // namespace certdesk::cli
