#include "countycli.h"

#include "countycli_p.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <termios.h>
#include <unistd.h>

namespace certdesk::county {

using namespace Qt::StringLiterals;

namespace {

struct CommandSpec
{
    QStringList words;
    int positional = 0; // positional arguments after the words
    QStringList required;
    QStringList optional;
    bool json = false;
    int (*run)(Invocation &);
    const char *synopsis;
};

const QList<CommandSpec> &commands()
{
    static const QList<CommandSpec> list{
        {{u"init"_s},
         0,
         {u"county-code"_s, u"county-name"_s},
         {u"database"_s},
         false,
         cmdInit,
         "init --county-code CODE --county-name NAME [--database postgresql://user@host:port/db]"},
        {{u"enroll"_s},
         0,
         {u"center"_s, u"name"_s, u"out"_s},
         {u"days"_s},
         false,
         cmdEnroll,
         "enroll --center CODE --name NAME --out FILE.p12   (bundle password: stdin)"},
        {{u"revoke"_s}, 0, {u"center"_s}, {}, false, cmdRevoke, "revoke --center CODE"},
        {{u"import"_s},
         2,
         {},
         {u"center"_s, u"encoding"_s},
         true,
         cmdImport,
         "import forms|deaths FILE --center CODE [--encoding auto|utf-8|gb18030] [--json]"},
        {{u"withdraw"_s}, 0, {u"form"_s}, {}, true, cmdWithdraw, "withdraw --form NO [--form NO ...] [--json]"},
        {{u"serve"_s}, 0, {u"listen"_s}, {}, false, cmdServe, "serve --listen 127.0.0.1:PORT"},
        {{u"workload"_s}, 0, {u"date"_s}, {}, true, cmdWorkload, "workload --date DATE [--json]"},
        {{u"export"_s, u"feedback"_s},
         0,
         {u"from"_s, u"to"_s, u"format"_s},
         {u"out"_s},
         false,
         cmdExportFeedback,
         "export feedback --from DATE --to DATE --format csv|json [--out FILE]"},
        {{u"conflicts"_s}, 0, {}, {}, true, cmdConflicts, "conflicts [--json]"},
    };
    return list;
}

const QStringList kFlags{u"json"_s, u"help"_s, u"db-password-stdin"_s};
const QStringList kGlobal{u"data"_s};

void printHelp(QTextStream &s)
{
    s << "usage: certdesk-county --data DIR COMMAND ...\n";
    for (const CommandSpec &c : commands())
        s << "  certdesk-county --data DIR " << c.synopsis << "\n";
    s << "global: --db-password-stdin (first stdin line is the PostgreSQL password), --help\n";
    s.flush();
}

QString readSecretLine(const QString &prompt, QTextStream &err)
{
    static QTextStream in(stdin);
    if (isatty(STDIN_FILENO)) {
        err << prompt << ": ";
        err.flush();
        termios old{};
        tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        const QString line = in.readLine();
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        err << "\n";
        err.flush();
        return line;
    }
    return in.readLine();
}

} // namespace

SecretSource stdinSecrets(QTextStream &err)
{
    return [&err](const QString &prompt) { return readSecretLine(prompt, err); };
}

int runCountyCli(const QStringList &arguments, CliIo &io)
{
    Invocation inv{io, {}, {}, {}, false};
    // Arguments: words, --name value, --flag. "-name" is accepted like certdesk-admin.
    for (int i = 1; i < arguments.size(); ++i) {
        const QString a = arguments.at(i);
        if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            QString name = a.mid(a.startsWith(u"--"_s) ? 2 : 1);
            QString value;
            const qsizetype eq = name.indexOf(QLatin1Char('='));
            bool inlineValue = eq > 0;
            if (inlineValue) {
                value = name.mid(eq + 1);
                name = name.left(eq);
            }
            if (kFlags.contains(name)) {
                if (inlineValue)
                    return inv.usage(Invocation::tr("--%1 takes no value.").arg(name));
                inv.opts.insert(name, QString());
                continue;
            }
            if (!inlineValue) {
                if (i + 1 >= arguments.size())
                    return inv.usage(Invocation::tr("--%1 needs a value.").arg(name));
                value = arguments.at(++i);
            }
            inv.opts.insert(name, value);
        } else {
            inv.words << a;
        }
    }
    if (inv.has(u"help"_s) || inv.words.isEmpty()) {
        printHelp(inv.has(u"help"_s) ? io.out : io.err);
        return inv.has(u"help"_s) ? ExitDone : ExitUsage;
    }
    const CommandSpec *spec = nullptr;
    for (const CommandSpec &c : commands())
        if (inv.words.mid(0, c.words.size()) == c.words)
            spec = &c;
    if (!spec)
        return inv.usage(Invocation::tr("Unknown command \"%1\".").arg(inv.words.join(QLatin1Char(' '))));
    inv.words = inv.words.mid(spec->words.size());
    if (inv.words.size() != spec->positional)
        return inv.usage(Invocation::tr("Usage: certdesk-county --data DIR %1").arg(QLatin1String(spec->synopsis)));
    for (const QString &name : inv.opts.uniqueKeys()) {
        const bool known = kFlags.contains(name) || kGlobal.contains(name) || spec->required.contains(name) ||
                           spec->optional.contains(name);
        if (!known)
            return inv.usage(Invocation::tr("Unknown option --%1 for this command.").arg(name));
        if (inv.opts.count(name) > 1 && name != u"form"_s)
            return inv.usage(Invocation::tr("--%1 is given twice.").arg(name));
    }
    for (const QString &name : spec->required)
        if (!inv.has(name) || inv.value(name).trimmed().isEmpty())
            return inv.usage(Invocation::tr("--%1 is required. Usage: certdesk-county --data DIR %2")
                                 .arg(name, QLatin1String(spec->synopsis)));
    if (inv.has(u"json"_s) && !spec->json)
        return inv.usage(Invocation::tr("This command has no --json output."));
    inv.json = inv.has(u"json"_s);
    if (!inv.has(u"data"_s) || inv.value(u"data"_s).isEmpty())
        return inv.usage(Invocation::tr("--data DIR is required."));
    inv.dir.path = QDir(inv.value(u"data"_s)).absolutePath();
    return spec->run(inv);
}

QStringList Invocation::values(const QString &name) const
{
    QStringList v = opts.values(name);
    std::reverse(v.begin(), v.end()); // QMultiHash returns the newest first
    return v;
}

int Invocation::fail(const Error &e)
{
    io.err << e.message << "\n";
    io.err.flush();
    if (e.kind == Error::Kind::Auth)
        return ExitAuth;
    return ExitRefused;
}

int Invocation::usage(const QString &message)
{
    io.err << message << "\n";
    io.err.flush();
    return ExitUsage;
}

void Invocation::printJson(const QJsonObject &o)
{
    io.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    io.out.flush();
}

std::unique_ptr<CountyDb> Invocation::openDb(CountyConfig *config, int *exitCode)
{
    auto c = loadConfig(dir);
    if (!c) {
        *exitCode = fail(c.error());
        return nullptr;
    }
    *config = c.value();
    QString password;
    if (has(u"db-password-stdin"_s)) {
        password = io.secret(tr("Database password"));
        if (password.isNull()) {
            *exitCode = usage(tr("No database password on stdin."));
            return nullptr;
        }
    }
    auto db = CountyDb::open(dir, *config, password);
    if (!db) {
        Error e = db.error();
        if (e.message.contains(u"password"_s, Qt::CaseInsensitive) ||
            e.message.contains(u"authentication"_s, Qt::CaseInsensitive))
            e.kind = Error::Kind::Auth;
        *exitCode = fail(e);
        return nullptr;
    }
    return std::move(db).value();
}

bool validCode(const QString &code)
{
    static const QRegularExpression re(u"^[A-Za-z0-9_-]{1,32}$"_s);
    return re.match(code).hasMatch();
}

Result<QDate> parseDateOption(const QString &text)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10)
        return Error::invalid(ErrorCode::Date, Invocation::tr("%1 is not a date YYYY-MM-DD.").arg(text));
    return d;
}

} // namespace certdesk::county
