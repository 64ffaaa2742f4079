#include "printdriver.h"

#include "core/workstationsettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QShortcut>

namespace certdesk {

namespace {

// The translation context of this file's messages (lupdate files them under it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PrintDriver)
};

} // namespace

namespace {

std::unique_ptr<QPrinter> makePrinter(const WorkstationSettings &settings, const QString &title)
{
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    const QString remembered = settings.printer();
    // A printer that has gone (renamed, unplugged) must not turn the job into a silent failure: the
    // system default is used and the dialog shows which one.
    if (!remembered.isEmpty() && QPrinterInfo::availablePrinterNames().contains(remembered))
        printer->setPrinterName(remembered);
    printer->setDocName(title);
    return printer;
}

// The printer the clerk ended up choosing, for next time; a PDF file is not a printer.
void rememberChoice(WorkstationSettings &settings, const QPrinter &printer)
{
    if (printer.outputFormat() == QPrinter::NativeFormat && !printer.printerName().isEmpty())
        settings.setPrinter(printer.printerName());
}

class PrinterTarget final : public BatchTarget
{
public:
    explicit PrinterTarget(std::unique_ptr<QPrinter> printer) : m_printer(std::move(printer)) {}

    QPagedPaintDevice &device() override { return *m_printer; }
    Status commit() override { return {}; }
    void discard() override
    {
        // "Print to file": a cut-off PDF must not stay behind looking like the day's batch. Pages already
        // sent to a real printer cannot be called back (QPrinter offers no reliable abort after end()).
        if (m_printer->outputFormat() == QPrinter::PdfFormat && !m_printer->outputFileName().isEmpty())
            QFile::remove(m_printer->outputFileName());
    }
    QString destination() const override
    {
        return m_printer->outputFormat() == QPrinter::PdfFormat ? m_printer->outputFileName()
                                                                : m_printer->printerName();
    }

private:
    std::unique_ptr<QPrinter> m_printer;
};

} // namespace

Status DialogPrintDriver::print(QWidget *parent, const QString &title, const RenderFn &render)
{
    return printWithPreview(parent, title, render, render);
}

Status DialogPrintDriver::printWithPreview(QWidget *parent, const QString &title, const RenderFn &render,
                                           const RenderFn &preview)
{
    auto printer = makePrinter(m_settings, title);
    QPrintPreviewDialog dialog(printer.get(), parent);
    dialog.setObjectName(QStringLiteral("printPreview"));
    // Keyboard first: Ctrl+P again prints at once to the printer named in the title; the toolbar's Print button
    // opens the print dialog to choose another one.
    dialog.setWindowTitle(
        Tr::tr("%1 — Ctrl+P prints on %2")
            .arg(title, printer->printerName().isEmpty() ? Tr::tr("the default printer") : printer->printerName()));
    dialog.resize(900, 1000);
    Status failed;
    // The dialog asks for pages both to show them and to print them. While it previews, QPrinter paints through a
    // preview engine in place of its own: that tells the two apart.
    QPaintEngine *const printingEngine = printer->paintEngine();
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *p) {
        const bool previewing = p->paintEngine() != printingEngine;
        if (Status s = (previewing ? preview : render)(*p); !s)
            failed = s;
    });
    auto *printNow = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_P), &dialog);
    QObject::connect(printNow, &QShortcut::activated, &dialog, [&] {
        if (Status s = render(*printer); !s)
            failed = s;
        dialog.accept();
    });
    const bool printed = dialog.exec() == QDialog::Accepted;
    if (!failed)
        return failed;
    if (!printed)
        return Error::refused(ErrorCode::Cancelled, Tr::tr("Printing was cancelled."));
    rememberChoice(m_settings, *printer);
    return {};
}

std::unique_ptr<BatchTarget> DialogPrintDriver::openBatch(QWidget *parent, const QString &title)
{
    auto printer = makePrinter(m_settings, title);
    QPrintDialog dialog(printer.get(), parent);
    dialog.setObjectName(QStringLiteral("printDialog"));
    dialog.setWindowTitle(title);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    rememberChoice(m_settings, *printer);
    return std::make_unique<PrinterTarget>(std::move(printer));
}

} // namespace certdesk
