#include "cli.h"

#include "secrets.h"

#include <QJsonObject>
#include <QSet>

namespace certdesk::cli {

namespace {

const QString kDb = QStringLiteral("db");
const QString kUser = QStringLiteral("user");
const QString kJson = QStringLiteral("json");

QList<Command> allCommands()
{
    QList<Command> all;
    for (auto group : {checkIdCommands, setupCommands, userCommands, dataCommands, certifyCommands, reportCommands,
                       printCommands, syncCommands, readerCommands, backupCommands})
        all += group();
    return all;
}

QList<QCommandLineOption> globalOptions()
{
    return {QCommandLineOption(kDb, Context::tr("The counter database file."), QStringLiteral("FILE")),
            QCommandLineOption(kUser, Context::tr("The account to act as."), QStringLiteral("U")),
            QCommandLineOption(kJson, Context::tr("Print one JSON document on stdout.")),
            QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, Context::tr("Show this help."))};
}

// The command words are the leading positional arguments; option values must be skipped to find them.
QStringList positionalWords(const QStringList &args, const QList<Command> &commands)
{
    QSet<QString> valued;
    for (const auto &o : globalOptions())
        if (!o.valueName().isEmpty())
            valued += o.names().constFirst();
    for (const Command &c : commands)
        for (const auto &o : c.options)
            if (!o.valueName().isEmpty())
                valued += o.names().constFirst();
    QStringList words;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a.size() > 1 && a.startsWith(QLatin1Char('-'))) {
            // ParseAsLongOptions: "-db" is "--db", so both spellings take a value.
            const QString name = a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1);
            if (!name.contains(QLatin1Char('=')) && valued.contains(name))
                ++i;
            continue;
        }
        words += a;
    }
    return words;
}

QString helpText(const QList<Command> &commands)
{
    QString text = Context::tr("Usage: certdesk-admin [--db FILE] [--user U] COMMAND …\n\nCommands:\n");
    for (const Command &c : commands)
        text += QStringLiteral("  ") + c.synopsis + QLatin1Char('\n');
    text += Context::tr("\nPasswords are read from standard input (one line each) or prompted for; see docs/cli.md.\n"
                        "Exit codes: 0 done, 1 refused or invalid input, 2 usage error, 3 wrong password or "
                        "account locked/disabled.\n");
    return text;
}

} // namespace

QString Context::db() const
{
    return parser.value(kDb);
}

QString Context::user() const
{
    return parser.value(kUser);
}

bool Context::json() const
{
    return parser.isSet(kJson);
}

int exitCodeFor(const Error &error)
{
    if (error.kind == Error::Kind::Auth)
        return AuthFailed;
    return Refused;
}

int Context::fail(const Error &error)
{
    err << tr("certdesk-admin: %1").arg(error.message) << Qt::endl;
    return exitCodeFor(error);
}

int Context::usage(const QString &message)
{
    err << tr("certdesk-admin: %1").arg(message) << Qt::endl
        << tr("Run certdesk-admin --help for the commands.") << Qt::endl;
    return Usage;
}

void Context::printJson(const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out.flush();
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

bool parseDateOption(Context &c, const QString &option, QDate *out, int *exitCode)
{
    const QString text = c.value(option);
    *out = QDate::fromString(text, Qt::ISODate);
    if (text.size() != 10 || !out->isValid()) {
        *exitCode = c.usage(Context::tr("--%1 must be a date written YYYY-MM-DD.").arg(option));
        return false;
    }
    return true;
}

int run(const QStringList &arguments, SecretReader &secrets, const Clock &clock)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QList<Command> commands = allCommands();
    const QStringList words = positionalWords(arguments, commands);
    const Command *command = nullptr;
    for (const Command &c : commands) {
        const QStringList path = c.path.split(QLatin1Char(' '));
        if (words.mid(0, path.size()) == path && (!command || path.size() > command->path.count(QLatin1Char(' ')) + 1))
            command = &c;
    }
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(globalOptions());
    if (command)
        parser.addOptions(command->options);
    Context context{parser, {}, secrets, clock, out, err};
    if (!parser.parse(arguments))
        return context.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << (command ? QStringLiteral("certdesk-admin ") + command->synopsis + QLatin1Char('\n')
                        : helpText(commands));
        return Done;
    }
    if (!command)
        return context.usage(words.isEmpty() ? Context::tr("No command given.")
                                             : Context::tr("Unknown command: %1").arg(words.join(QLatin1Char(' '))));
    if (parser.isSet(kJson) && !command->json)
        return context.usage(Context::tr("%1 has no JSON output.").arg(command->path));
    context.args = parser.positionalArguments().mid(command->path.count(QLatin1Char(' ')) + 1);
    return command->run(context);
}

} // namespace certdesk::cli
