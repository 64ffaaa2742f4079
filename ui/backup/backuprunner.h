#pragma once

#include "core/result.h"
#include "services/backup.h"

#include <QCoreApplication>

class QWidget;

namespace certdesk {

class Session;

// Takes one backup generation into the configured folder on a worker thread (its own connection), showing a
// modal progress dialog meanwhile; the GUI stays responsive and the dialog's Cancel stops the copy.
class BackupRunner
{
    Q_DECLARE_TR_FUNCTIONS(BackupRunner)

public:
    static Result<BackupManifest> run(QWidget *parent, Session &session);
};

} // namespace certdesk
