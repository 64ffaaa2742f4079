#include "cli.h"
#include "cli/secretreader.h"

#include "sync/escrowdeposit.h"
#include "sync/httptransport.h"
#include "sync/syncengine.h"
#include "sync/syncqueue.h"
#include "sync/syncsettings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace certdesk::cli {

namespace {

// The county link of a command that talks to the county: refused until `sync configure` has run.
Result<SyncCredentials> configuredCredentials(Session &session)
{
    auto credentials = SyncSettings(session).credentials();
    if (!credentials)
        return credentials.error();
    if (!credentials->has_value())
        return Error::refused(ErrorCode::NotConfigured,
                              Context::tr("Sync is not configured; run sync configure first."));
    return credentials->value();
}

int configure(Context &c)
{
    if (!c.args.isEmpty() || !c.isSet(QStringLiteral("server")) || !c.isSet(QStringLiteral("p12")))
        return c.usage(Context::tr("sync configure takes --server URL and --p12 FILE."));
    QFile file(c.value(QStringLiteral("p12")));
    if (!file.open(QIODevice::ReadOnly))
        return c.fail(Error::refused(ErrorCode::ReadFailed,
                                     Context::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString())));
    const QByteArray bundle = file.readAll();
    int code = Done;
    auto session = c.openSession(&code);
    if (!session)
        return code;
    QString password;
    if (!c.secrets.read(Context::tr("Password of the certificate bundle: "), &password))
        return c.usage(Context::tr("No bundle password on standard input."));
    const Status s = SyncSettings(*session).configure(c.value(QStringLiteral("server")), bundle, password,
                                                      c.value(QStringLiteral("desk")));
    password.fill(QLatin1Char('\0'));
    if (!s)
        return c.fail(s.error());
    c.out << Context::tr("Sync configured: %1; the certificate and the county CA are stored in the database.")
                 .arg(c.value(QStringLiteral("server")).trimmed())
          << Qt::endl;
    // Key escrow follows sync (docs/operations.md): best effort here, since the county may not have its escrow
    // key yet or may be unreachable; `escrow deposit` does it later and says why it cannot.
    if (session->require(Permission::ManageAccounts)) {
        auto credentials = SyncSettings(*session).credentials();
        if (credentials && credentials->has_value()) {
            HttpTransport transport(credentials->value());
            auto deposited = EscrowService::deposit(*session, transport);
            if (deposited)
                c.out << Context::tr("The database key is escrowed to the county (key %1).")
                             .arg(deposited->keyId.left(16))
                      << Qt::endl;
            else
                c.err << Context::tr("certdesk-admin: the key is not escrowed yet: %1").arg(deposited.error().message)
                      << Qt::endl;
        }
    }
    return Done;
}

int escrowDeposit(Context &c)
{
    if (!c.args.isEmpty())
        return c.usage(Context::tr("escrow deposit takes no arguments besides --json."));
    int code = Done;
    auto session = c.openSession(&code);
    if (!session)
        return code;
    if (auto s = session->require(Permission::ManageAccounts); !s)
        return c.fail(s.error());
    auto credentials = configuredCredentials(*session);
    if (!credentials)
        return c.fail(credentials.error());
    HttpTransport transport(credentials.value());
    auto deposited = EscrowService::deposit(*session, transport);
    if (!deposited) {
        Error e = deposited.error();
        if (e.kind == Error::Kind::Auth)
            e.kind = Error::Kind::Refused; // exit 3 is for this desk's own sign-in only
        return c.fail(e);
    }
    if (c.json())
        c.printJson({{QStringLiteral("center"), deposited->center},
                     {QStringLiteral("key_id"), deposited->keyId},
                     {QStringLiteral("changed"), deposited->changed}});
    else
        c.out << (deposited->changed
                      ? Context::tr("The database key of center %1 is escrowed to the county (key %2).")
                      : Context::tr("The database key of center %1 was already escrowed to the county (key %2)."))
                     .arg(deposited->center, deposited->keyId.left(16))
              << Qt::endl;
    return Done;
}

int sync(Context &c)
{
    if (!c.args.isEmpty())
        return c.usage(Context::tr("sync takes no arguments besides --once and --json."));
    int code = Done;
    auto session = c.openSession(&code);
    if (!session)
        return code;
    if (auto s = session->require(Permission::Sync); !s)
        return c.fail(s.error());
    auto credentials = configuredCredentials(*session);
    if (!credentials)
        return c.fail(credentials.error());
    HttpTransport transport(credentials.value());
    BatchSizer batch;
    const SyncReport r = SyncEngine(*session, transport, batch).run(c.isSet(QStringLiteral("once")));
    if (c.json())
        c.printJson({{QStringLiteral("pushed"), r.pushed},
                     {QStringLiteral("accepted"), r.accepted},
                     {QStringLiteral("duplicates"), r.duplicates},
                     {QStringLiteral("conflicts"), r.conflicts},
                     {QStringLiteral("rejected"), r.rejected},
                     {QStringLiteral("pulled_forms"), r.pulledForms},
                     {QStringLiteral("pulled_deaths"), r.pulledDeaths}});
    else
        c.out << Context::tr("pushed %1: %2 accepted, %3 duplicates, %4 conflicts, %5 rejected; pulled %6 forms, "
                             "%7 death notices, %8 withdrawals.")
                     .arg(r.pushed)
                     .arg(r.accepted)
                     .arg(r.duplicates)
                     .arg(r.conflicts)
                     .arg(r.rejected)
                     .arg(r.pulledForms)
                     .arg(r.pulledDeaths)
                     .arg(r.withdrawals)
              << Qt::endl;
    if (r.skipped > 0)
        c.err << Context::tr("certdesk-admin: %n pulled row(s) failed validation and were left out.", nullptr,
                             r.skipped)
              << Qt::endl;
    if (r.error) {
        // A link failure is not the records' fault: they stay queued for the next run.
        Error e = *r.error;
        if (e.kind == Error::Kind::Auth)
            e.kind = Error::Kind::Refused; // exit 3 is for this desk's own sign-in only
        return c.fail(e);
    }
    if (!c.json()) {
        auto overview = SyncQueue(*session).overview();
        if (overview && (overview->counts.conflicts || overview->counts.rejected || overview->counts.quarantined))
            c.out << Context::tr("Outbox: %1 waiting, %2 conflicts, %3 rejected, %4 set aside.")
                         .arg(overview->counts.pending)
                         .arg(overview->counts.conflicts)
                         .arg(overview->counts.rejected)
                         .arg(overview->counts.quarantined)
                  << Qt::endl;
    }
    return Done;
}

// Puts the form's set-aside (quarantined) or rejected records back into the queue: the CLI twin of the Sync
// panel's "Send again" (docs/cli.md, permission "put a set-aside record back").
int retry(Context &c)
{
    if (!c.args.isEmpty())
        return c.usage(Context::tr("sync retry takes --form NO only."));
    const QString formNo = c.value(QStringLiteral("form")).trimmed();
    if (formNo.isEmpty())
        return c.usage(Context::tr("sync retry needs --form NO."));
    int code = Done;
    auto session = c.openSession(&code);
    if (!session)
        return code;
    if (auto s = session->require(Permission::Sync); !s)
        return c.fail(s.error());
    SyncQueue queue(*session);
    auto problems = queue.problems();
    if (!problems)
        return c.fail(problems.error());
    QJsonArray uuids;
    for (const OutboxProblem &p : problems.value()) {
        if (p.formNo != formNo || !(p.quarantined || p.state == QLatin1String(outbox::kRejected)))
            continue;
        if (auto s = queue.retry(p.uuid); !s)
            return c.fail(s.error());
        uuids.append(p.uuid);
    }
    if (uuids.isEmpty())
        return c.fail(Error::refused(ErrorCode::NotRetryable,
                                     Context::tr("Form %1 has no set-aside or rejected record.").arg(formNo)));
    if (c.json())
        c.printJson({{QStringLiteral("form_no"), formNo}, {QStringLiteral("requeued"), uuids}});
    else
        c.out << Context::tr("%1 record(s) of form %2 are back in the queue; the next sync sends them.")
                     .arg(uuids.size())
                     .arg(formNo)
              << Qt::endl;
    return Done;
}

} // namespace

QList<Command> syncCommands()
{
    return {{QStringLiteral("sync configure"),
             {QCommandLineOption(QStringLiteral("server"), Context::tr("The county server, https://host:port."),
                                 QStringLiteral("URL")),
              QCommandLineOption(QStringLiteral("p12"), Context::tr("The center's PKCS#12 certificate bundle."),
                                 QStringLiteral("FILE")),
              QCommandLineOption(QStringLiteral("desk"),
                                 Context::tr("This counter's name among the center's desks (e.g. 窗口2)."),
                                 QStringLiteral("NAME"))},
             configure,
             QStringLiteral("--db FILE --user U sync configure --server URL --p12 FILE [--desk NAME]   (bundle "
                            "password: next stdin line)")},
            {QStringLiteral("sync"),
             {QCommandLineOption(QStringLiteral("once"), Context::tr("One push batch and one pull page, then exit."))},
             sync,
             QStringLiteral("--db FILE --user U sync [--once] [--json]"),
             true},
            {QStringLiteral("sync retry"),
             {QCommandLineOption(QStringLiteral("form"), Context::tr("The form whose record goes back in the queue."),
                                 QStringLiteral("NO"))},
             retry,
             QStringLiteral("--db FILE --user U sync retry --form NO [--json]"),
             true,
             0,
             {QStringLiteral("form")}},
            {QStringLiteral("escrow deposit"),
             {},
             escrowDeposit,
             QStringLiteral("--db FILE --user ADMIN escrow deposit [--json]   (wraps the database key to the county's "
                            "escrow key)"),
             true}};
}

} // namespace certdesk::cli
