#pragma once

// The one command-line library of certdesk-admin and certdesk-county (docs/architecture.md, "Adding a command"):
// one parser and command table, one exit-code enum, one date-option parser, one secret reader (secretreader.h).
// Qt Core only — no SQLCipher — so the county server links it next to Qt SQL.

#include "core/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace certdesk::cli {

// Exit codes of both programs (docs/cli.md, docs/county.md).
enum ExitCode
{
    Done = 0,
    Refused = 1,   // refused by a rule or invalid input; also file and database failures
    Usage = 2,     // unknown command or option, missing or malformed option value, no secret on stdin
    AuthFailed = 3 // wrong password, locked or disabled account, credentials refused by the database
};

int exitCodeFor(const Error &error);

// What the parser needs to know about one command; the program's BasicCommand<ContextT> adds the handler.
struct Syntax
{
    QString path; // command words, "user add", "export feedback"
    QList<QCommandLineOption> options;
    QString synopsis;
    bool json = false;      // has a --json output; otherwise --json is a usage error
    int positional = -1;    // exact number of arguments after the command words; -1: the handler checks
    QStringList required;   // options that must be given a non-blank value
    QStringList repeatable; // options that may be given more than once (any other: usage error)
};

// One entry of a program's command table. Field order = Syntax with the handler third, so a table reads
// {path, options, handler, synopsis, json}.
template<class ContextT> struct BasicCommand
{
    QString path;
    QList<QCommandLineOption> options;
    int (*run)(ContextT &context);
    QString synopsis;
    bool json = false;
    int positional = -1;
    QStringList required;
    QStringList repeatable;

    Syntax syntax() const { return {path, options, synopsis, json, positional, required, repeatable}; }
};

// The program-wide part: its name (message prefix), options every command takes, and the help text around
// the command list. --help and --json are always there.
struct Program
{
    QString name;
    QList<QCommandLineOption> globals;
    QString usageLine; // "certdesk-admin [--db FILE] [--user U] COMMAND …"
    QString helpFooter;
    QStringList requiredGlobals; // e.g. --data for certdesk-county
};

// A parsed invocation as a command handler sees it: options, arguments after the command words, the two streams
// and the program's standard replies. Programs derive their Context from it (db, secrets, clock, …).
class Invocation
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Invocation(QTextStream &output, QTextStream &errors) : out(output), err(errors) {}
    virtual ~Invocation() = default;
    Invocation(const Invocation &) = delete;
    Invocation &operator=(const Invocation &) = delete;

    QTextStream &out;
    QTextStream &err;
    QStringList args; // positional arguments after the command words

    bool isSet(const QString &option) const { return m_supplied.contains(option) || m_parser.isSet(option); }
    QString value(const QString &option) const { return m_supplied.value(option, m_parser.value(option)); }
    // A value given another way (certdesk-admin's --stdin-json: personal data kept off argv) stands in for the
    // option of the same name; onCommandLine() still tells whether argv had it too.
    void supply(const QString &option, const QString &value) { m_supplied.insert(option, value); }
    bool onCommandLine(const QString &option) const { return m_parser.isSet(option); }
    QStringList values(const QString &option) const { return m_parser.values(option); }
    bool json() const;

    // Prints "<program>: message" on stderr and returns the error's exit code.
    int fail(const Error &error);
    // Prints the message and a pointer to --help on stderr; returns Usage.
    int usage(const QString &message);
    void printJson(const QJsonObject &object);
    // The one date-option parser: the option's value as YYYY-MM-DD; otherwise a usage error (*exitCode = Usage).
    bool dateOption(const QString &option, QDate *date, int *exitCode);

    // Parses `arguments` against the table; the index of the command to run, or -1 with *exitCode set
    // (--help printed, or a usage error reported). Used by run() below.
    int parse(const Program &program, const QList<Syntax> &table, const QStringList &arguments, int *exitCode);

private:
    QCommandLineParser m_parser;
    QHash<QString, QString> m_supplied;
    QString m_program;
};

// The command words of `arguments` (the leading positional arguments, skipping option values); for a main()
// that must choose its QCoreApplication kind before running the command.
QStringList commandWords(const Program &program, const QList<Syntax> &table, const QStringList &arguments);
// The index of the command `words` names (longest matching path), or -1.
int findCommand(const QList<Syntax> &table, const QStringList &words);

template<class ContextT> QList<Syntax> syntaxOf(const QList<BasicCommand<ContextT>> &table)
{
    QList<Syntax> syntax;
    for (const BasicCommand<ContextT> &c : table)
        syntax.append(c.syntax());
    return syntax;
}

// Parses and runs one command line: the whole of a program's dispatch.
template<class ContextT>
int run(const Program &program, const QList<BasicCommand<ContextT>> &table, ContextT &context,
        const QStringList &arguments)
{
    int exitCode = Done;
    const int index = context.parse(program, syntaxOf(table), arguments, &exitCode);
    return index < 0 ? exitCode : table.at(index).run(context);
}

} // namespace certdesk::cli
