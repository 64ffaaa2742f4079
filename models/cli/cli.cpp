#include "cli.h"

#include <QJsonDocument>
#include <QSet>

namespace certdesk::cli {

namespace {

const QString kJson = QStringLiteral("json");
const QString kHelp = QStringLiteral("help");

QList<QCommandLineOption> builtinOptions()
{
    return {QCommandLineOption(kJson, Invocation::tr("Print one JSON document on stdout.")),
            QCommandLineOption({QStringLiteral("h"), kHelp}, Invocation::tr("Show this help."))};
}

QString helpText(const Program &program, const QList<Syntax> &table)
{
    QString text = Invocation::tr("Usage: %1\n\nCommands:\n").arg(program.usageLine);
    for (const Syntax &c : table)
        text += QStringLiteral("  ") + c.synopsis + QLatin1Char('\n');
    return text + QLatin1Char('\n') + program.helpFooter;
}

qsizetype pathLength(const Syntax &c)
{
    return c.path.count(QLatin1Char(' ')) + 1;
}

} // namespace

int exitCodeFor(const Error &error)
{
    return error.kind == Error::Kind::Auth ? AuthFailed : Refused;
}

QStringList commandWords(const Program &program, const QList<Syntax> &table, const QStringList &arguments)
{
    QSet<QString> valued;
    const auto addValued = [&valued](const QList<QCommandLineOption> &options) {
        for (const QCommandLineOption &o : options)
            if (!o.valueName().isEmpty())
                for (const QString &name : o.names())
                    valued += name;
    };
    addValued(program.globals);
    for (const Syntax &c : table)
        addValued(c.options);
    QStringList words;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--")) {
            words += arguments.mid(i + 1);
            break;
        }
        if (a.size() > 1 && a.startsWith(QLatin1Char('-'))) {
            // Single-dash words are long options ("-db" is "--db"), so both spellings take a value.
            const QString name = a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1);
            if (!name.contains(QLatin1Char('=')) && valued.contains(name))
                ++i;
            continue;
        }
        words += a;
    }
    return words;
}

int findCommand(const QList<Syntax> &table, const QStringList &words)
{
    int found = -1;
    for (int i = 0; i < table.size(); ++i) {
        const QStringList path = table[i].path.split(QLatin1Char(' '));
        if (words.mid(0, path.size()) == path && (found < 0 || path.size() > pathLength(table[found])))
            found = i;
    }
    return found;
}

bool Invocation::json() const
{
    return m_parser.isSet(kJson);
}

int Invocation::fail(const Error &error)
{
    // The program name is not translated; the message is.
    err << m_program << QStringLiteral(": ") << error.message << Qt::endl;
    return exitCodeFor(error);
}

int Invocation::usage(const QString &message)
{
    err << m_program << QStringLiteral(": ") << message << Qt::endl
        << tr("Run %1 --help for the commands.").arg(m_program) << Qt::endl;
    return Usage;
}

void Invocation::printJson(const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out.flush();
}

bool Invocation::dateOption(const QString &option, QDate *date, int *exitCode)
{
    const QString text = value(option);
    *date = QDate::fromString(text, Qt::ISODate);
    if (text.size() != 10 || !date->isValid()) {
        *exitCode = usage(tr("--%1 must be a date written YYYY-MM-DD.").arg(option));
        return false;
    }
    return true;
}

int Invocation::parse(const Program &program, const QList<Syntax> &table, const QStringList &arguments, int *exitCode)
{
    m_program = program.name;
    const QStringList words = commandWords(program, table, arguments);
    const int index = findCommand(table, words);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions(program.globals);
    m_parser.addOptions(builtinOptions());
    if (index >= 0)
        m_parser.addOptions(table[index].options);
    if (!m_parser.parse(arguments)) {
        *exitCode = usage(m_parser.errorText());
        return -1;
    }
    if (m_parser.isSet(kHelp)) {
        out << (index >= 0 ? program.name + QLatin1Char(' ') + table[index].synopsis + QLatin1Char('\n')
                           : helpText(program, table));
        out.flush();
        *exitCode = Done;
        return -1;
    }
    if (index < 0) {
        *exitCode = usage(words.isEmpty() ? tr("No command given.")
                                          : tr("Unknown command: %1").arg(words.join(QLatin1Char(' '))));
        return -1;
    }
    const Syntax &command = table[index];
    const QStringList given = m_parser.optionNames();
    for (const QString &name : given)
        if (given.count(name) > 1 && !command.repeatable.contains(name)) {
            *exitCode = usage(tr("--%1 is given twice.").arg(name));
            return -1;
        }
    if (json() && !command.json) {
        *exitCode = usage(tr("%1 has no JSON output.").arg(command.path));
        return -1;
    }
    for (const QString &name : program.requiredGlobals + command.required)
        if (value(name).trimmed().isEmpty()) {
            *exitCode = usage(tr("--%1 is required. Usage: %2 %3").arg(name, program.name, command.synopsis));
            return -1;
        }
    args = m_parser.positionalArguments().mid(pathLength(command));
    if (command.positional >= 0 && args.size() != command.positional) {
        *exitCode = usage(tr("Usage: %1 %2").arg(program.name, command.synopsis));
        return -1;
    }
    *exitCode = Done;
    return index;
}

} // namespace certdesk::cli
