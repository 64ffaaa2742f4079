#include "cli.h"

namespace certdesk::cli {

namespace {

const QString kDb = QStringLiteral("db");
const QString kUser = QStringLiteral("user");

} // namespace

QList<Command> allCommands()
{
    QList<Command> all;
    for (auto group : {checkIdCommands, setupCommands, userCommands, dataCommands, certifyCommands, reportCommands,
                       printCommands, syncCommands, readerCommands, paperCommands, backupCommands, handoverCommands})
        all += group();
    return all;
}

Program adminProgram()
{
    return {QStringLiteral("certdesk-admin"),
            {QCommandLineOption(kDb, Context::tr("The counter database file."), QStringLiteral("FILE")),
             QCommandLineOption(kUser, Context::tr("The account to act as."), QStringLiteral("U"))},
            QStringLiteral("certdesk-admin [--db FILE] [--user U] COMMAND …"),
            Context::tr("Passwords are read from standard input (one line each) or prompted for; see docs/cli.md.\n"
                        "Exit codes: 0 done, 1 refused or invalid input, 2 usage error, 3 wrong password or "
                        "account locked/disabled.\n"),
            {}};
}

bool needsGui(const QStringList &arguments)
{
    const QList<Syntax> table = syntaxOf(allCommands());
    const int index = findCommand(table, commandWords(adminProgram(), table, arguments));
    return index >= 0 && table[index].path.startsWith(QLatin1String("print"));
}

QString Context::db() const
{
    return value(kDb);
}

QString Context::user() const
{
    return value(kUser);
}

std::unique_ptr<Session> Context::openSession(int *exitCode)
{
    if (db().isEmpty() || user().isEmpty()) {
        *exitCode = usage(tr("This command needs --db FILE and --user U."));
        return nullptr;
    }
    QString password;
    if (!secrets.read(tr("Password for %1: ").arg(user()), &password)) {
        *exitCode = usage(tr("No password on standard input."));
        return nullptr;
    }
    auto session = Session::open(db(), user(), password, clock);
    password.fill(QLatin1Char('\0'));
    if (!session) {
        *exitCode = fail(session.error());
        return nullptr;
    }
    return std::move(session).value();
}

int run(const QStringList &arguments, SecretReader &secrets, const Clock &clock)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Context context(out, err, secrets, clock);
    return cli::run(adminProgram(), allCommands(), context, arguments);
}

} // namespace certdesk::cli
