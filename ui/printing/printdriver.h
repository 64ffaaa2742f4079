#pragma once

#include "core/result.h"

#include <QString>
#include <QtGlobal>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QWidget;

namespace certdesk {

class WorkstationSettings;

// Draws a whole document onto the device it is given (a QPrinter, a QPdfWriter); may be called more than
// once (the preview redraws when the page setup changes).
using RenderFn = std::function<Status(QPagedPaintDevice &device)>;

// Where a long batch is drawn. device() is painted from a worker thread (Qt allows QPainter on QPrinter
// and QPdfWriter outside the GUI thread); commit() and discard() run on the GUI thread afterwards.
class BatchTarget
{
public:
    virtual ~BatchTarget() = default;
    virtual QPagedPaintDevice &device() = 0;
    // The job is complete: hand it over (close the file, let the spooler have it).
    virtual Status commit() = 0;
    // Cancelled or failed: leave nothing behind that could pass for the whole batch.
    virtual void discard() = 0;
    // Where it went, for the message after the batch ("printer X", "/path/day.pdf").
    virtual QString destination() const = 0;
};

// Every print goes through this, so the screens never open a print dialog themselves: the program's driver
// shows QPrintPreviewDialog / QPrintDialog with the remembered printer, tests substitute one that keeps PDFs.
class PrintDriver
{
public:
    virtual ~PrintDriver() = default;
    // Shows (and, when the clerk confirms, prints) one document. Cancelled → Refused "cancelled".
    virtual Status print(QWidget *parent, const QString &title, const RenderFn &render) = 0;
    // As print(), but the on-screen preview shows `preview` while the printer gets `render`: an overlay (套打) is
    // previewed over a faint image of the whole form so the clerk sees where each mark lands on the original.
    virtual Status printWithPreview(QWidget *parent, const QString &title, const RenderFn &render,
                                    const RenderFn &preview)
    {
        Q_UNUSED(preview);
        return print(parent, title, render);
    }
    // Asks where a long batch goes; nullptr when the clerk cancelled.
    virtual std::unique_ptr<BatchTarget> openBatch(QWidget *parent, const QString &title) = 0;
};

// The program's driver: a preview with the printer last used on this PC (WorkstationSettings::printer,
// also editable in Settings), remembered again after each print.
class DialogPrintDriver final : public PrintDriver
{
public:
    explicit DialogPrintDriver(WorkstationSettings &settings) : m_settings(settings) {}
    Status print(QWidget *parent, const QString &title, const RenderFn &render) override;
    Status printWithPreview(QWidget *parent, const QString &title, const RenderFn &render,
                            const RenderFn &preview) override;
    std::unique_ptr<BatchTarget> openBatch(QWidget *parent, const QString &title) override;

private:
    WorkstationSettings &m_settings;
};

} // namespace certdesk
