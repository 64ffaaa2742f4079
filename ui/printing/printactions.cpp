#include "printactions.h"

#include "core/workstationsettings.h"
#include "printdriver.h"
#include "printing.h"
#include "services/printdata.h"
#include "services/session.h"
#include "settings/stationprefs.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QTextDocument>

namespace certdesk::printactions {

namespace {

// The translation context of this file's messages (lupdate files them under it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PrintActions)
};

} // namespace

Error noPrinter()
{
    return Error::refused(ErrorCode::NoPrinter, Tr::tr("Printing is not available on this computer."));
}

Status printRecord(UiContext &context, QWidget *parent, Session &session, const QString &recordUuid, Document document,
                   std::optional<QDate> reprintDate)
{
    if (!context.printDriver)
        return noPrinter();
    PrintDataService service(session);
    auto data = service.byUuid(recordUuid);
    if (!data)
        return data.error();
    auto seal = service.seal();
    if (!seal)
        return seal.error();
    printing::FormPrintJob job{data.value(), reprintDate, seal.value()};
    job.reissue = document == Document::Reissue;
    // The job name reaches the spooler's queue list: the form number only, never the person's name.
    const QString formNo = job.data.form.formNo;
    if (document == Document::Overlay) {
        job.reprintDate.reset();
        const QString title = Tr::tr("Overlay onto form %1").arg(formNo);
        Status printed = context.printDriver->printWithPreview( // not const: returned (moved)
            parent, title,
            [&job, &context](QPagedPaintDevice &device) {
                // The offset of the printer actually chosen in the dialog, not of the one preselected.
                return printing::renderOverlay(device, job,
                                               context.settings.overlayOffset(stationprefs::printerOf(device)));
            },
            [&job](QPagedPaintDevice &device) { return printing::renderOverlayPreview(device, job); });
        if (!printed)
            return printed;
        return service.markOverlayPrinted(job.data);
    }
    const QString title =
        document == Document::Receipt ? Tr::tr("Receipt %1").arg(formNo) : Tr::tr("Certification form %1").arg(formNo);
    return context.printDriver->print(parent, title, [&job, document](QPagedPaintDevice &device) {
        return document == Document::Receipt ? printing::renderReceipt(device, job) : printing::renderForm(device, job);
    });
}

Status printCalibrationSheet(UiContext &context, QWidget *parent)
{
    if (!context.printDriver)
        return noPrinter();
    return context.printDriver->print(
        parent, Tr::tr("Overlay calibration sheet"), [&context](QPagedPaintDevice &device) {
            return printing::renderCalibration(device, context.settings.overlayOffset(stationprefs::printerOf(device)));
        });
}

Status printWorkload(UiContext &context, QWidget *parent, Session &session, const QDate &from, const QDate &to)
{
    if (!context.printDriver)
        return noPrinter();
    auto data = PrintDataService(session).workload(from, to);
    if (!data)
        return data.error();
    const QString title = Tr::tr("Workload %1 – %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    return context.printDriver->print(
        parent, title, [&data](QPagedPaintDevice &device) { return printing::renderWorkload(device, data.value()); });
}

Status printInstitutionSheet(UiContext &context, QWidget *parent, Session &session)
{
    if (!context.printDriver)
        return noPrinter();
    const CenterConfig &center = session.center();
    return context.printDriver->print(
        parent, Tr::tr("Institution sheet (附件2)"),
        [&center](QPagedPaintDevice &device) { return printing::renderInstitutionSheet(device, center); });
}

Status printRecoverySheet(UiContext &context, QWidget *parent, const QString &account, const QString &code,
                          const QDateTime &created)
{
    if (!context.printDriver)
        return noPrinter();
    const QString family = printing::cjkFamily();
    const QString html =
        Tr::tr("<h1>CertDesk recovery code</h1>"
               "<p>Administrator account: <b>%1</b></p>"
               "<p style='font-size:26pt; font-family:monospace'><b>%2</b></p>"
               "<p>Created: %3</p>"
               "<p>Sign in with the account name and this code in place of the password if the administrator "
               "password is lost. Keep this sheet locked away, not at the counter.</p>")
            .arg(account.toHtmlEscaped(), code.toHtmlEscaped(), created.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return context.printDriver->print(parent, Tr::tr("Recovery code"), [&](QPagedPaintDevice &device) -> Status {
        QTextDocument doc;
        QFont font(family);
        font.setPointSizeF(12);
        doc.setDefaultFont(font);
        doc.setHtml(html);
        doc.print(&device);
        return {};
    });
}

} // namespace certdesk::printactions
