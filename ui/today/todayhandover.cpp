// TodayPage, Ctrl+H: the handover list (移交清单) of the retained 附表1 originals, through the PrintDriver seam.

#include "printing.h"
#include "printing/printactions.h"
#include "printing/printdriver.h"
#include "services/handover.h"
#include "services/session.h"
#include "todaypage.h"

namespace certdesk {

void TodayPage::printHandover()
{
    if (!m_session)
        return;
    if (!m_context.printDriver) {
        showMessage(printactions::noPrinter().message, true);
        return;
    }
    HandoverService service(*m_session);
    auto batch = service.create();
    bool again = false;
    if (!batch && batch.error().code == ErrorCode::NothingToHandOver) {
        // Nothing new: the last list once more (a print cancelled or lost after the batch was made).
        auto last = service.last();
        if (!last || last.value() == 0) {
            showMessage(last ? batch.error().message : last.error().message, true);
            return;
        }
        batch = service.batch(last.value());
        again = true;
    }
    if (!batch) {
        showMessage(batch.error().message, true);
        return;
    }
    const HandoverPrintData list = service.printData(batch.value());
    const QString id = printing::handoverBatchId(list);
    const Status s = m_context.printDriver->print(this, tr("Handover list %1").arg(id), [list](QPagedPaintDevice &d) {
        return printing::renderHandover(d, list);
    });
    if (!m_session || printactions::wasCancelled(s)) {
        if (m_session)
            showMessage(tr("Handover batch %1 was made but not printed; Ctrl+H prints it again.").arg(id), true);
        return;
    }
    if (!s) {
        showMessage(tr("Not printed: %1").arg(s.error().message), true);
        return;
    }
    showMessage(again ? tr("Nothing was retained since batch %1: its list was printed again.").arg(id)
                      : tr("Handover batch %1 printed: %2 original(s). Sign it and send it with the originals.")
                            .arg(id)
                            .arg(list.items.size()),
                false);
}

} // namespace certdesk
