#include "cli.h"

#include "cli/secretreader.h"
#include "services/demo.h"

#include <QFile>

namespace certdesk::cli {

namespace {

int init(Context &c)
{
    InitRequest r;
    r.dbPath = c.db();
    r.center.code = c.value(QStringLiteral("center-code"));
    r.center.name = c.value(QStringLiteral("center-name"));
    r.adminUser = c.value(QStringLiteral("admin"));
    if (r.dbPath.isEmpty() || r.center.code.isEmpty() || r.center.name.isEmpty() || r.adminUser.isEmpty())
        return c.usage(Context::tr("init needs --db, --center-code, --center-name and --admin."));
    if (c.isSet(QStringLiteral("cycle-policy")) &&
        !policyFromKey(c.value(QStringLiteral("cycle-policy")), &r.center.policy))
        return c.usage(Context::tr("--cycle-policy is fixed or rolling."));
    if (c.isSet(QStringLiteral("window"))) {
        const QString spec = c.value(QStringLiteral("window"));
        if (auto w = parseWindowSpec(spec); !w)
            return c.usage(w.error().message);
        r.center.windowStart = spec.left(5);
        r.center.windowEnd = spec.right(5);
    }
    if (QFile::exists(r.dbPath))
        return c.fail(Error::refused(
            ErrorCode::Exists, Context::tr("A database already exists at %1; it is never overwritten.").arg(r.dbPath)));
    if (!c.secrets.readNew(Context::tr("New password for %1: ").arg(r.adminUser), &r.adminPassword))
        return c.usage(Context::tr("No password on standard input."));
    auto recovery = Session::initialize(r, c.clock);
    r.adminPassword.fill(QLatin1Char('\0'));
    if (!recovery)
        return c.fail(recovery.error());
    c.out << Context::tr("Created %1 for %2 %3 (policy %4, window %5..%6).")
                 .arg(r.dbPath, r.center.code, r.center.name, policyKey(r.center.policy), r.center.windowStart,
                      r.center.windowEnd)
          << Qt::endl
          << Context::tr("Recovery code (shown once; it unlocks the %1 account — print it and lock it away):")
                 .arg(r.adminUser)
          << Qt::endl
          << QStringLiteral("  ") << recovery.value() << Qt::endl;
    return Done;
}

int demo(Context &c)
{
    if (c.db().isEmpty())
        return c.usage(Context::tr("demo needs --db FILE."));
    auto info = createDemo(c.db(), c.clock);
    if (!info)
        return c.fail(info.error());
    c.out << Context::tr("Demo database %1: %2 pending forms, %3 death notices (all people are fictitious).")
                 .arg(c.db())
                 .arg(info->forms)
                 .arg(info->deaths)
          << Qt::endl
          << Context::tr("Accounts (user / password / role):") << Qt::endl;
    for (const DemoAccount &a : info->accounts)
        c.out << QStringLiteral("  %1 / %2 / %3 (%4)").arg(a.username, a.password, roleKey(a.role), a.fullName)
              << Qt::endl;
    c.out << Context::tr("Recovery code for admin: %1").arg(info->recoveryCode) << Qt::endl
          << Context::tr("Forms to try (form number / check code / ID number / name):") << Qt::endl;
    for (const Form &f : info->samples)
        c.out << QStringLiteral("  %1 / %2 / %3 / %4 %5")
                     .arg(f.formNo, f.checkCode, f.person.idNo, f.person.name,
                          f.variant == FormVariant::Mail ? Context::tr("(附表2, mail-back)") : QString())
              << Qt::endl;
    if (!info->deceased.isEmpty()) {
        const Form &f = info->deceased.first();
        c.out << Context::tr("On the death-notice list (needs a supervisor's override): %1 / %2 / %3 / %4")
                     .arg(f.formNo, f.checkCode, f.person.idNo, f.person.name)
              << Qt::endl;
    }
    return Done;
}

} // namespace

QList<Command> setupCommands()
{
    return {{QStringLiteral("init"),
             {QCommandLineOption(QStringLiteral("center-code"), Context::tr("Center code."), QStringLiteral("CODE")),
              QCommandLineOption(QStringLiteral("center-name"), Context::tr("Center name."), QStringLiteral("NAME")),
              QCommandLineOption(QStringLiteral("admin"), Context::tr("First admin account."), QStringLiteral("USER")),
              QCommandLineOption(QStringLiteral("cycle-policy"), Context::tr("fixed or rolling."),
                                 QStringLiteral("POLICY")),
              QCommandLineOption(QStringLiteral("window"), Context::tr("MM-DD..MM-DD."), QStringLiteral("WINDOW"))},
             init,
             QStringLiteral("--db FILE init --center-code CODE --center-name NAME --admin USER "
                            "[--cycle-policy fixed|rolling] [--window MM-DD..MM-DD]")},
            {QStringLiteral("demo"), {}, demo, QStringLiteral("--db FILE demo")}};
}

} // namespace certdesk::cli
