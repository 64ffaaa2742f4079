#pragma once

// The last reports fetched, kept so the console still shows something (marked "as of HH:MM") when the server
// cannot be reached. Only non-secret report JSON is kept: overview, centers, workload and review carry no ID
// numbers; the not-yet-certified list and the 网上反馈 file are never cached. Written 0600 all the same.

#include "core/result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace certdesk::console {

struct Snapshot
{
    QDateTime fetchedAt;
    QString server;
    QHash<QString, QJsonObject> reports; // "overview", "centers", "workload", "review"

    static QStringList cachedReports();
    static QString defaultPath();
    Status save(const QString &path) const;
    static Result<Snapshot> load(const QString &path);
};

} // namespace certdesk::console
