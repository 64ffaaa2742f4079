#include "cli.h"

#include "services/backup.h"

#include <QFile>
#include <QJsonObject>

namespace certdesk::cli {

namespace {

int backup(Context &c)
{
    const QString out = c.value(QStringLiteral("out"));
    if (!c.args.isEmpty() || out.isEmpty())
        return c.usage(Context::tr("backup needs --out FILE and no further arguments."));
    int code = Done;
    auto session = c.openSession(&code);
    if (!session)
        return code;
    auto manifest = BackupService::create(*session, out);
    if (!manifest)
        return c.fail(manifest.error());
    if (c.json()) {
        QJsonObject o = manifest->toJson();
        o.insert(QStringLiteral("file"), out);
        c.printJson(o);
        return Done;
    }
    c.out << Context::tr("Backup of center %1 written to %2: %3 forms, %4 certifications, audit head #%5.")
                 .arg(manifest->centerCode, out)
                 .arg(manifest->forms)
                 .arg(manifest->certifications)
                 .arg(manifest->auditSeq)
          << Qt::endl;
    return Done;
}

void removeRestored(const QString &db)
{
    for (const char *suffix : {"", "-wal", "-shm", ".keys"})
        QFile::remove(db + QLatin1String(suffix));
}

int restore(Context &c)
{
    const QString from = c.value(QStringLiteral("from"));
    if (!c.args.isEmpty() || from.isEmpty() || c.db().isEmpty() || c.user().isEmpty())
        return c.usage(Context::tr("restore needs --from FILE, --db NEW.db and --user U (to verify the result)."));
    auto manifest = BackupService::unpack(from, c.db(), c.value(QStringLiteral("center")));
    if (!manifest)
        return c.fail(manifest.error());
    // The restored files are checked as `verify` would, signed in as the user; on any failure they go again,
    // so a second try starts clean.
    int code = Done;
    auto session = c.openSession(&code);
    if (!session) {
        removeRestored(c.db());
        return code;
    }
    auto entries = BackupService::verifyRestored(*session, manifest.value());
    if (!entries) {
        session.reset();
        removeRestored(c.db());
        return c.fail(entries.error());
    }
    if (c.json()) {
        QJsonObject o = manifest->toJson();
        o.insert(QStringLiteral("db"), c.db());
        o.insert(QStringLiteral("verified"), true);
        c.printJson(o);
        return Done;
    }
    c.out << Context::tr("Restored center %1 from %2 (taken %3) to %4; verify: audit chain of %5 entries intact.")
                 .arg(manifest->centerCode, from, manifest->createdAt.toString(Qt::ISODate), c.db())
                 .arg(entries.value())
          << Qt::endl;
    return Done;
}

int show(Context &c)
{
    if (c.args.size() != 1)
        return c.usage(Context::tr("backup show takes one backup file."));
    auto manifest = BackupService::readManifest(c.args.first());
    if (!manifest)
        return c.fail(manifest.error());
    c.printJson(manifest->toJson());
    return Done;
}

} // namespace

QList<Command> backupCommands()
{
    const QCommandLineOption out(QStringLiteral("out"), Context::tr("The backup file to write."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption from(QStringLiteral("from"), Context::tr("The backup file to restore."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption center(QStringLiteral("center"), Context::tr("Refuse a backup of another center."),
                                    QStringLiteral("CODE"));
    return {{QStringLiteral("backup"),
             {out},
             backup,
             QStringLiteral("--db FILE --user U backup --out FILE [--json]"),
             true},
            {QStringLiteral("backup show"), {}, show, QStringLiteral("backup show FILE"), true},
            {QStringLiteral("restore"),
             {from, center},
             restore,
             QStringLiteral("--db NEW.db --user U restore --from FILE [--center CODE] [--json]"),
             true}};
}

} // namespace certdesk::cli
