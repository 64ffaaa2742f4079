#pragma once

// certdesk-admin's command table and context on top of the shared CLI library (models/cli/cli.h).

#include "cli/cli.h"
#include "cli/secretreader.h"
#include "core/clock.h"
#include "core/result.h"
#include "services/session.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace certdesk::cli {

// Everything a command handler needs; handlers never touch argv or the process directly.
class Context : public Invocation
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Context(QTextStream &output, QTextStream &errors, SecretReader &secretReader, const Clock &now)
        : Invocation(output, errors), secrets(secretReader), clock(now)
    {}

    SecretReader &secrets;
    const Clock &clock;

    QString db() const;
    QString user() const;

    // Reads the user's password (next stdin line or a prompt) and unlocks; on failure prints and sets *exitCode.
    std::unique_ptr<Session> openSession(int *exitCode);
};

using Command = BasicCommand<Context>;

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
QList<Command> backupCommands(); // cmd_backup.cpp (safekeeping issue)
// cmd_handover.cpp (移交清单, issue 11 §2)
QList<Command> handoverCommands();

// --stdin-json (stdinjson.cpp): when set, reads one JSON object line from stdin whose string values, for `keys`
// only, stand in for the options of the same names; a key also given on argv is a usage error.
QCommandLineOption stdinJsonOption();
bool readStdinJson(Context &c, const QStringList &keys, int *exitCode);

// The whole table and the program description (--db, --user, help text).
QList<Command> allCommands();
Program adminProgram();

// true when the command named by `arguments` draws (print …) and so needs a QGuiApplication.
bool needsGui(const QStringList &arguments);

int run(const QStringList &arguments, SecretReader &secrets, const Clock &clock);

} // namespace certdesk::cli
