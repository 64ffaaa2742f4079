#pragma once

#include "core/result.h"
#include "printdriver.h"
#include "printing.h"
#include "qt/background.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <memory>

class QWidget;

namespace certdesk {

// All stamped forms of a day in one print job, drawn by a worker thread while a progress dialog counts the
// pages; Cancel stops before the next page and the target is discarded (a PDF leaves no file). The GUI thread
// never waits on the worker and never spins the event loop itself.
class DayBatch : public QObject
{
    Q_OBJECT

public:
    DayBatch(std::unique_ptr<BatchTarget> target, QList<printing::FormPrintJob> jobs, QWidget *dialogParent);
    // Cancels a running batch and waits the worker out (at most one page); the target is discarded.
    ~DayBatch() override;

    void start();
    void cancel();
    bool isRunning() const { return m_job != nullptr; }
    QProgressDialog *progressDialog() const { return m_dialog; }

Q_SIGNALS:
    // After each page, on the GUI thread; a cancel() from here applies before the next page is drawn.
    void progressed(int done, int total);
    // Once, on the GUI thread: done, cancelled (Refused "cancelled") or failed. `destination` says where.
    void finished(const certdesk::Status &status, const QString &destination);

private:
    void onPage(int done, int total);
    void onWorkerDone(const Status &result);

    std::unique_ptr<BatchTarget> m_target;
    QList<printing::FormPrintJob> m_jobs;
    QPointer<QProgressDialog> m_dialog;
    QPointer<BackgroundJob> m_job; // draws the pages; each page waits until the dialog has shown it
    bool m_cancel = false;
};

} // namespace certdesk
