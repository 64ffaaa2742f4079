#include "cli.h"

#include "cli/secretreader.h"
#include "services/accounts.h"

#include <QJsonArray>
#include <QJsonObject>

namespace certdesk::cli {

namespace {

int userAdd(Context &c)
{
    if (c.args.size() != 1)
        return c.usage(Context::tr("user add takes one account name."));
    Role role;
    if (!roleFromKey(c.value(QStringLiteral("role")), &role))
        return c.usage(Context::tr("--role is clerk, supervisor or admin."));
    int code = Done;
    auto session = c.openSession(&code);
    if (!session)
        return code;
    QString password;
    if (!c.secrets.readNew(Context::tr("New password for %1: ").arg(c.args.first()), &password))
        return c.usage(Context::tr("No new password on standard input."));
    auto added = AccountService(*session).add(c.args.first(), role, c.value(QStringLiteral("full-name")), password);
    password.fill(QLatin1Char('\0'));
    if (!added)
        return c.fail(added.error());
    c.out << Context::tr("Added %1 (%2), printed as 经办人 %3.").arg(added->username, roleKey(role), added->fullName)
          << Qt::endl;
    return Done;
}

int userDisable(Context &c)
{
    if (c.args.size() != 1)
        return c.usage(Context::tr("user disable takes one account name."));
    int code = Done;
    auto session = c.openSession(&code);
    if (!session)
        return code;
    if (auto s = AccountService(*session).disable(c.args.first()); !s)
        return c.fail(s.error());
    c.out << Context::tr("Disabled %1; its key slot is removed.").arg(c.args.first()) << Qt::endl;
    return Done;
}

int userPasswd(Context &c)
{
    if (c.args.size() != 1)
        return c.usage(Context::tr("user passwd takes one account name."));
    int code = Done;
    auto session = c.openSession(&code);
    if (!session)
        return code;
    QString password;
    if (!c.secrets.readNew(Context::tr("New password for %1: ").arg(c.args.first()), &password))
        return c.usage(Context::tr("No new password on standard input."));
    const Status changed = AccountService(*session).changePassword(c.args.first(), password);
    password.fill(QLatin1Char('\0'));
    if (!changed)
        return c.fail(changed.error());
    c.out << Context::tr("Password of %1 changed.").arg(c.args.first()) << Qt::endl;
    return Done;
}

// A new recovery code for the acting admin; the old code (every earlier recovery slot) stops working.
int userRecoveryCode(Context &c)
{
    if (!c.args.isEmpty())
        return c.usage(Context::tr("user recovery-code takes no arguments."));
    int code = Done;
    auto session = c.openSession(&code);
    if (!session)
        return code;
    auto recovery = AccountService(*session).replaceRecoveryCode();
    if (!recovery)
        return c.fail(recovery.error());
    c.out << Context::tr("New recovery code (shown once; it unlocks the %1 account — print it and lock it away; the "
                         "old code no longer works):")
                 .arg(session->account().username)
          << Qt::endl
          << QStringLiteral("  ") << recovery.value() << Qt::endl;
    return Done;
}

int userList(Context &c)
{
    if (!c.args.isEmpty())
        return c.usage(Context::tr("user list takes no arguments."));
    int code = Done;
    auto session = c.openSession(&code);
    if (!session)
        return code;
    auto accounts = AccountService(*session).list();
    if (!accounts)
        return c.fail(accounts.error());
    if (c.json()) {
        QJsonArray users;
        for (const Account &a : accounts.value())
            users.append(QJsonObject{{QStringLiteral("username"), a.username},
                                     {QStringLiteral("full_name"), a.fullName},
                                     {QStringLiteral("role"), roleKey(a.role)},
                                     {QStringLiteral("active"), a.active}});
        c.printJson(QJsonObject{{QStringLiteral("users"), users}});
        return Done;
    }
    for (const Account &a : accounts.value())
        c.out << QStringLiteral("%1\t%2\t%3\t%4")
                     .arg(a.username, roleKey(a.role), a.active ? Context::tr("active") : Context::tr("disabled"),
                          a.fullName)
              << Qt::endl;
    return Done;
}

} // namespace

QList<Command> userCommands()
{
    return {{QStringLiteral("user add"),
             {QCommandLineOption(QStringLiteral("role"), Context::tr("clerk, supervisor or admin."),
                                 QStringLiteral("ROLE")),
              QCommandLineOption(QStringLiteral("full-name"), Context::tr("Full name, printed as 经办人."),
                                 QStringLiteral("NAME"))},
             userAdd,
             QStringLiteral("--db FILE --user U user add NAME --role clerk|supervisor|admin [--full-name 姓名]")},
            {QStringLiteral("user disable"), {}, userDisable, QStringLiteral("--db FILE --user U user disable NAME")},
            {QStringLiteral("user passwd"), {}, userPasswd, QStringLiteral("--db FILE --user U user passwd NAME")},
            {QStringLiteral("user recovery-code"),
             {},
             userRecoveryCode,
             QStringLiteral("--db FILE --user U user recovery-code")},
            {QStringLiteral("user list"), {}, userList, QStringLiteral("--db FILE --user U user list [--json]"), true}};
}

} // namespace certdesk::cli
