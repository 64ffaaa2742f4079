#include "daybatch.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace certdesk {

namespace {

// The translation context of this file's messages (lupdate files them under it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DayBatch)
};

} // namespace

namespace {

Error cancelledError()
{
    return Error::refused(ErrorCode::Cancelled, Tr::tr("The batch was cancelled; nothing was kept."));
}

} // namespace

DayBatch::DayBatch(std::unique_ptr<BatchTarget> target, QList<printing::FormPrintJob> jobs, QWidget *dialogParent)
    : QObject(dialogParent), m_target(std::move(target)), m_jobs(std::move(jobs)),
      m_dialog(new QProgressDialog(dialogParent))
{
    setObjectName(QStringLiteral("dayBatch"));
    m_dialog->setObjectName(QStringLiteral("batchProgress"));
    m_dialog->setWindowTitle(Tr::tr("Printing the day's forms"));
    m_dialog->setLabelText(Tr::tr("Preparing %n form(s)…", nullptr, m_jobs.size()));
    m_dialog->setCancelButtonText(Tr::tr("Cancel (Esc)"));
    m_dialog->setRange(0, int(m_jobs.size()));
    m_dialog->setMinimumDuration(0);
    m_dialog->setMinimumWidth(420);
    // Not modal: a modal QProgressDialog spins the event loop inside setValue().
    m_dialog->setWindowModality(Qt::NonModal);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(m_dialog, &QProgressDialog::canceled, this, &DayBatch::cancel);
}

DayBatch::~DayBatch()
{
    // The worker draws on m_target's device: stop it (at most one page) before the members go.
    if (m_job) {
        m_job->cancelAndWait();
        m_target->discard();
    }
    delete m_dialog.data();
}

void DayBatch::start()
{
    if (m_job)
        return;
    m_dialog->setValue(0);
    m_dialog->show();
    // The device is written by the worker only until it returns; the GUI thread never waits on it.
    m_job = runInBackground(
        this,
        [device = &m_target->device(), jobs = m_jobs](JobControl &control) {
            return printing::renderDay(*device, jobs, [&control](int done, int total) {
                // A Cancel pressed on seeing page N stops before page N+1.
                return control.step(done, total);
            });
        },
        [this](const Status &result) { onWorkerDone(result); });
    connect(m_job, &BackgroundJob::progressed, this, &DayBatch::onPage);
}

void DayBatch::cancel()
{
    m_cancel = true;
    if (m_job)
        m_job->cancel();
    if (m_dialog)
        m_dialog->setLabelText(Tr::tr("Cancelling…"));
}

void DayBatch::onPage(int done, int total)
{
    if (m_dialog && !m_cancel) {
        m_dialog->setValue(done);
        m_dialog->setLabelText(Tr::tr("Form %1 of %2").arg(done).arg(total));
    }
    Q_EMIT progressed(done, total);
}

void DayBatch::onWorkerDone(const Status &result)
{
    m_job = nullptr;
    // A Cancel after the last page still counts: the clerk asked for nothing to be kept.
    const bool cancelled = m_cancel || (!result && result.error().code == ErrorCode::Cancelled);
    const Status status =
        !result || cancelled ? Status(cancelled ? cancelledError() : result.error()) : m_target->commit();
    if (!result || cancelled)
        m_target->discard();
    if (m_dialog)
        m_dialog->hide();
    Q_EMIT finished(status, m_target->destination());
}

} // namespace certdesk
