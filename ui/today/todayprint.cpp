// TodayPage, printing: reprints (补打) of the open record and the day's batch of stamped forms.

#include "printing/daybatch.h"
#include "printing/printdriver.h"
#include "recorddetails.h"
#include "services/printdata.h"
#include "services/session.h"
#include "theme/theme.h"
#include "todaypage.h"

#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>

namespace certdesk {

void TodayPage::showMessage(const QString &text, bool error)
{
    theme::setTone(m_message, error ? theme::Tone::Error : theme::Tone::Ok);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void TodayPage::reprint(printactions::Document document)
{
    if (!m_session || !m_details->row())
        return;
    const QString uuid = m_details->row()->record.uuid;
    const QString formNo = m_details->row()->record.formNo;
    // Anything printed from the list is a reprint: the original left the counter with the pensioner.
    const Status s = printactions::printRecord(m_context, this, *m_session, uuid, document, m_context.clock.today());
    if (!m_session || printactions::wasCancelled(s))
        return;
    if (!s) {
        showMessage(tr("Not printed: %1").arg(s.error().message), true);
        return;
    }
    showMessage(document == printactions::Document::Form ? tr("Form %1 reprinted (补打).").arg(formNo)
                                                         : tr("Receipt of form %1 reprinted (补打).").arg(formNo),
                false);
}

void TodayPage::printDay()
{
    if (!m_session || m_batch)
        return;
    if (!m_context.printDriver) {
        showMessage(printactions::noPrinter().message, true);
        return;
    }
    // The data is gathered here, on the GUI thread with the session; the worker only draws.
    PrintDataService service(*m_session);
    const QDate day = m_context.clock.today();
    auto forms = service.day(day);
    auto seal = service.seal();
    if (!forms || !seal) {
        showMessage(forms ? seal.error().message : forms.error().message, true);
        return;
    }
    if (forms->isEmpty()) {
        showMessage(tr("Nothing to print: no certification today."), true);
        return;
    }
    QList<printing::FormPrintJob> jobs;
    for (const FormPrintData &form : forms.value())
        jobs.append({form, std::nullopt, seal.value()});
    const QString title = tr("Certification forms of %1").arg(day.toString(Qt::ISODate));
    auto target = m_context.printDriver->openBatch(this, title);
    if (!target || !m_session)
        return; // the clerk cancelled the print dialog (or the screen locked behind it)
    m_batch = new DayBatch(std::move(target), std::move(jobs), this);
    connect(m_batch, &DayBatch::finished, this, &TodayPage::batchFinished);
    m_printDay->setEnabled(false);
    showMessage(tr("Printing %n form(s)… Esc cancels.", nullptr, int(forms->size())), false);
    m_batch->start();
}

void TodayPage::batchFinished(const Status &status, const QString &destination)
{
    const int pages = m_batch && m_batch->progressDialog() ? m_batch->progressDialog()->maximum() : 0;
    m_batch->deleteLater();
    m_batch = nullptr;
    m_printDay->setEnabled(true);
    if (status)
        showMessage(tr("The day's %n form(s) went to %1.", nullptr, pages).arg(destination), false);
    else
        showMessage(status.error().message, true);
}

} // namespace certdesk
