#include "snapshot.h"

#include "core/hardening.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace certdesk::console {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleSnapshot)
};
} // namespace

using namespace Qt::StringLiterals;

QStringList Snapshot::cachedReports()
{
    return {u"overview"_s, u"centers"_s, u"workload"_s, u"review"_s};
}

QString Snapshot::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/snapshot.json"_s;
}

Status Snapshot::save(const QString &path) const
{
    QJsonObject reportsJson;
    for (const QString &name : cachedReports())
        if (reports.contains(name))
            reportsJson.insert(name, reports.value(name));
    const QJsonObject o{{u"format"_s, u"certdesk-console-snapshot"_s},
                        {u"version"_s, 1},
                        {u"fetched_at"_s, fetchedAt.toUTC().toString(Qt::ISODateWithMs)},
                        {u"server"_s, server},
                        {u"reports"_s, reportsJson}};
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!openPrivate(f))
        return Error::io(ErrorCode::Write, Tr::tr("Cannot write %1.").arg(path));
    f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (!f.commit())
        return Error::io(ErrorCode::Write, Tr::tr("Cannot write %1.").arg(path));
    return {};
}

Result<Snapshot> Snapshot::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(ErrorCode::NoSnapshot, Tr::tr("No earlier data is kept on this computer."));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (o.value(u"format"_s).toString() != u"certdesk-console-snapshot"_s)
        return Error::invalid(ErrorCode::BadSnapshot, Tr::tr("The kept data is unreadable."));
    Snapshot s;
    s.fetchedAt = QDateTime::fromString(o.value(u"fetched_at"_s).toString(), Qt::ISODateWithMs);
    s.server = o.value(u"server"_s).toString();
    const QJsonObject reports = o.value(u"reports"_s).toObject();
    for (const QString &name : cachedReports())
        if (reports.contains(name))
            s.reports.insert(name, reports.value(name).toObject());
    return s;
}

} // namespace certdesk::console
