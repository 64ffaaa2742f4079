#include "daybatch.h"

#include <QCoreApplication>
#include <QProgressDialog>
#include <QThread>

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
    if (m_thread) {
        m_cancel = true;
        m_abandon = true;
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        m_target->discard();
    }
    delete m_dialog.data();
}

void DayBatch::start()
{
    if (m_thread)
        return;
    m_dialog->setValue(0);
    m_dialog->show();
    const printing::Progress progress = [this](int done, int total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { onPage(done, total); }, Qt::QueuedConnection);
        // Wait until the GUI has shown the page: a Cancel pressed on seeing page N stops before page N+1.
        while (!m_ack.tryAcquire(1, 50))
            if (m_abandon)
                return false;
        return !m_cancel;
    };
    m_thread =
        QThread::create([this, progress] { m_result = printing::renderDay(m_target->device(), m_jobs, progress); });
    m_thread->setObjectName(QStringLiteral("dayBatchWorker"));
    connect(m_thread, &QThread::finished, this, &DayBatch::onWorkerDone, Qt::QueuedConnection);
    m_thread->start();
}

void DayBatch::cancel()
{
    m_cancel = true;
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
    m_ack.release();
}

void DayBatch::onWorkerDone()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    // A Cancel after the last page still counts: the clerk asked for nothing to be kept.
    const bool cancelled = m_cancel || (!m_result && m_result.error().code == ErrorCode::Cancelled);
    const Status status =
        !m_result || cancelled ? Status(cancelled ? cancelledError() : m_result.error()) : m_target->commit();
    if (!m_result || cancelled)
        m_target->discard();
    if (m_dialog)
        m_dialog->hide();
    Q_EMIT finished(status, m_target->destination());
}

} // namespace certdesk
