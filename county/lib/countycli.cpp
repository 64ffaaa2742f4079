#include "countycli.h"

#include "countycli_p.h"

#include <QDir>
#include <QRegularExpression>

namespace certdesk::county {

using namespace Qt::StringLiterals;

namespace {

QCommandLineOption valued(const QString &name, const QString &valueName)
{
    return QCommandLineOption(name, QString(), valueName);
}

// The command table (docs/county.md). To add a command: one row here and its cmd* body (docs/architecture.md).
QList<Command> commands()
{
    const QString data = u"--data DIR "_s;
    QCommandLineOption days = valued(u"days"_s, u"N"_s); // hidden: tests make short-lived and expired certificates
    days.setFlags(QCommandLineOption::HiddenFromHelp);
    return {
        {u"init"_s,
         {valued(u"county-code"_s, u"CODE"_s), valued(u"county-name"_s, u"NAME"_s), valued(u"database"_s, u"URL"_s)},
         cmdInit,
         data + u"init --county-code CODE --county-name NAME [--database postgresql://user@host:port/db]"_s,
         false,
         0,
         {u"county-code"_s, u"county-name"_s}},
        {u"enroll"_s,
         {valued(u"center"_s, u"CODE"_s), valued(u"name"_s, u"NAME"_s), valued(u"out"_s, u"FILE"_s), days},
         cmdEnroll,
         data + u"enroll --center CODE --name NAME --out FILE.p12   (bundle password: stdin)"_s,
         false,
         0,
         {u"center"_s, u"name"_s, u"out"_s}},
        {u"enroll-supervisor"_s,
         {valued(u"name"_s, u"NAME"_s), valued(u"out"_s, u"FILE"_s)},
         cmdEnrollSupervisor,
         data + u"enroll-supervisor --name NAME --out FILE.p12   (bundle password: stdin)"_s,
         false,
         0,
         {u"name"_s, u"out"_s}},
        {u"revoke"_s,
         {valued(u"center"_s, u"CODE"_s), valued(u"supervisor"_s, u"NAME"_s)},
         cmdRevoke,
         data + u"revoke --center CODE | --supervisor NAME"_s,
         false,
         0},
        {u"import"_s,
         {valued(u"center"_s, u"CODE"_s), valued(u"encoding"_s, u"ENC"_s), valued(u"sheet"_s, u"NAME"_s)},
         cmdImport,
         data + u"import forms|deaths FILE --center CODE [--encoding auto|utf-8|gb18030] [--sheet NAME] [--json]"_s,
         true,
         2},
        {u"withdraw"_s,
         {valued(u"form"_s, u"NO"_s)},
         cmdWithdraw,
         data + u"withdraw --form NO [--form NO ...] [--json]"_s,
         true,
         0,
         {u"form"_s},
         {u"form"_s}},
        {u"serve"_s,
         {valued(u"listen"_s, u"ADDRESS:PORT"_s), valued(u"workers"_s, u"N"_s), valued(u"max-connections"_s, u"N"_s),
          valued(u"idle-timeout"_s, u"SECONDS"_s)},
         cmdServe,
         data + u"serve --listen ADDRESS:PORT [--workers N] [--max-connections N] [--idle-timeout SECONDS]"_s,
         false,
         0,
         {u"listen"_s}},
        {u"server-cert"_s,
         {valued(u"dns"_s, u"NAME"_s), valued(u"ip"_s, u"ADDR"_s)},
         cmdServerCert,
         data + u"--ca-dir CADIR server-cert --dns NAME [--dns NAME ...] [--ip ADDR ...]"_s,
         false,
         0,
         {},
         {u"dns"_s, u"ip"_s}},
        {u"renew"_s, {}, cmdRenew, data + u"--ca-dir CADIR renew   (the server certificate, same names)"_s, false, 0},
        {u"escrow init"_s,
         {},
         cmdEscrowInit,
         data + u"--ca-dir CADIR escrow init   (escrow passphrase: stdin)"_s,
         false,
         0},
        {u"escrow recover"_s,
         {valued(u"center"_s, u"CODE"_s), valued(u"keys"_s, u"FILE"_s), valued(u"account"_s, u"NAME"_s)},
         cmdEscrowRecover,
         data + u"--ca-dir CADIR escrow recover --center C --keys FILE [--account NAME] [--json]   (escrow "
                "passphrase: stdin)"_s,
         true,
         0,
         {u"center"_s, u"keys"_s}},
        {u"escrow log"_s, {}, cmdEscrowLog, data + u"escrow log [--json]"_s, true, 0},
        {u"workload"_s,
         {valued(u"from"_s, u"DATE"_s), valued(u"to"_s, u"DATE"_s), valued(u"center"_s, u"CODE"_s),
          valued(u"out"_s, u"FILE"_s)},
         cmdWorkload,
         data + u"workload --from DATE --to DATE [--center CODE] [--json] [--out FILE.pdf|FILE.xlsx]"_s,
         true,
         0,
         {u"from"_s, u"to"_s}},
        {u"export feedback"_s,
         {valued(u"from"_s, u"DATE"_s), valued(u"to"_s, u"DATE"_s), valued(u"format"_s, u"FMT"_s),
          valued(u"out"_s, u"FILE"_s)},
         cmdExportFeedback,
         data + u"export feedback --from DATE --to DATE --format csv|json|xlsx [--out FILE]"_s,
         false,
         0,
         {u"from"_s, u"to"_s, u"format"_s}},
        {u"export mailed"_s,
         {valued(u"from"_s, u"DATE"_s), valued(u"to"_s, u"DATE"_s), valued(u"format"_s, u"FMT"_s),
          valued(u"out"_s, u"FILE"_s)},
         cmdExportMailed,
         data + u"export mailed --from DATE --to DATE --format csv|json|xlsx [--out FILE]"_s,
         false,
         0,
         {u"from"_s, u"to"_s, u"format"_s}},
        {u"conflicts"_s, {}, cmdConflicts, data + u"conflicts [--json]"_s, true, 0},
        {u"review"_s, {}, cmdReview, data + u"review [--json]"_s, true, 0},
        {u"handover receive"_s,
         {valued(u"batch"_s, u"CENTER/N"_s), valued(u"missing"_s, u"FORM"_s)},
         cmdHandoverReceive,
         data + u"handover receive --batch CENTER/N [--missing FORM ...] [--json]"_s,
         true,
         0,
         {u"batch"_s},
         {u"missing"_s}},
        {u"handover list"_s, {}, cmdHandoverList, data + u"handover list [--json]"_s, true, 0},
        {u"audit heads"_s, {}, cmdAuditHeads, data + u"audit heads [--json]"_s, true, 0},
        {u"audit reset"_s,
         {valued(u"center"_s, u"CODE"_s)},
         cmdAuditReset,
         data + u"audit reset --center CODE [--json]"_s,
         true,
         0,
         {u"center"_s}},
        {u"print institutions"_s,
         {valued(u"out"_s, u"FILE"_s)},
         cmdPrintInstitutions,
         data + u"print institutions --out FILE.pdf"_s,
         false,
         0,
         {u"out"_s}},
    };
}

cli::Program countyProgram()
{
    return {u"certdesk-county"_s,
            {valued(u"data"_s, u"DIR"_s), QCommandLineOption(u"db-password-stdin"_s), valued(u"ca-dir"_s, u"CADIR"_s)},
            u"certdesk-county --data DIR [--ca-dir CADIR] [--db-password-stdin] COMMAND …"_s,
            Invocation::globalOptionsHelp(),
            {u"data"_s}};
}

} // namespace

int runCountyCli(const QStringList &arguments, QTextStream &out, QTextStream &err, cli::SecretReader &secrets)
{
    Invocation inv(out, err, secrets);
    const QList<Command> table = commands();
    int exitCode = cli::Done;
    const int index = inv.parse(countyProgram(), cli::syntaxOf(table), arguments, &exitCode);
    if (index < 0)
        return exitCode;
    inv.dir.path = QDir(inv.value(u"data"_s)).absolutePath();
    if (inv.isSet(u"ca-dir"_s))
        inv.dir.caDir = QDir(inv.value(u"ca-dir"_s)).absolutePath();
    return table.at(index).run(inv);
}

bool Invocation::databasePassword(QString *password, int *exitCode)
{
    password->clear();
    if (!isSet(u"db-password-stdin"_s))
        return true;
    if (!secrets.read(tr("Database password") + u": "_s, password)) {
        *exitCode = usage(tr("No database password on stdin."));
        return false;
    }
    return true;
}

std::unique_ptr<CountyDb> Invocation::openDb(CountyConfig *config, int *exitCode, QString *passwordOut)
{
    auto c = loadConfig(dir);
    if (!c) {
        *exitCode = fail(c.error());
        return nullptr;
    }
    *config = c.value();
    QString password;
    if (!databasePassword(&password, exitCode))
        return nullptr;
    if (passwordOut)
        *passwordOut = password;
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
    static const QRegularExpression re(u"^[A-Za-z0-9_-]{1,32}\\z"_s);
    return re.match(code).hasMatch();
}

QString Invocation::globalOptionsHelp()
{
    return tr("--db-password-stdin: the first stdin line is the PostgreSQL password.\n"
              "--ca-dir CADIR: where ca.key lives, apart from the directory serve runs "
              "from (init, enroll, server-cert, renew).\n");
}

} // namespace certdesk::county
