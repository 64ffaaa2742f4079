#include "backuprunner.h"

#include "services/backupschedule.h"
#include "services/session.h"

#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <optional>

namespace certdesk {

Result<BackupManifest> BackupRunner::run(QWidget *parent, Session &session)
{
    QProgressDialog dialog(tr("Backing up the database…"), tr("Cancel"), 0, 1000, parent);
    dialog.setObjectName(QStringLiteral("backupProgress"));
    dialog.setWindowTitle(tr("Backup"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    dialog.setValue(0);
    std::atomic<bool> cancelled{false};
    std::atomic<int> permille{0};
    std::optional<Result<BackupManifest>> outcome;
    // The worker only reads the session (path, key, account, clock); BackupService opens its own connection.
    QThread *worker = QThread::create([&] {
        outcome.emplace(BackupSchedule::runNow(session, [&](qint64 done, qint64 total) {
            permille = total > 0 ? int(done * 1000 / total) : 0;
            return !cancelled.load();
        }));
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &loop, [&] { cancelled = true; });
    QTimer *tick = new QTimer(&dialog);
    QObject::connect(tick, &QTimer::timeout, &dialog, [&] {
        if (!cancelled)
            dialog.setValue(permille.load());
    });
    tick->start(100);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    return *outcome;
}

} // namespace certdesk
