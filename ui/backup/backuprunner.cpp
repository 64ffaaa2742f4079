#include "backuprunner.h"

#include "qt/background.h"
#include "services/backupschedule.h"
#include "services/session.h"

#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
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
    std::optional<Result<BackupManifest>> outcome;
    QEventLoop loop;
    // The work only reads the session (path, key, account, clock); BackupService opens its own connection. Each
    // step waits until the dialog has shown it, so Cancel stops the copy at the next step.
    QPointer<BackgroundJob> job = runInBackground(
        &dialog,
        [&session](JobControl &control) {
            return BackupSchedule::runNow(session, [&control](qint64 done, qint64 total) {
                return control.step(total > 0 ? int(done * 1000 / total) : 0, 1000);
            });
        },
        [&outcome, &loop](Result<BackupManifest> result) {
            outcome.emplace(std::move(result));
            loop.quit();
        });
    QObject::connect(job, &BackgroundJob::progressed, &dialog, [&dialog](int done, int) { dialog.setValue(done); });
    QObject::connect(&dialog, &QProgressDialog::canceled, job, &BackgroundJob::cancel);
    QObject::connect(job, &QObject::destroyed, &loop, &QEventLoop::quit);
    loop.exec();
    if (!outcome)
        return Error::io(ErrorCode::Cancelled, tr("The backup was interrupted."));
    return *outcome;
}

} // namespace certdesk
