#include "printing.h"

#include "domain/scanpayload.h"
#include "layout/formlayout.h"
#include "pages.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QMutex>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

namespace certdesk::printing {

namespace {

// The translation context of this file's messages (lupdate files them under it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Printing)
};

} // namespace

namespace {

// A4 portrait with the origin at the sheet's corner: QPrinter in full-page mode, no margins anywhere, so a
// millimetre of the layout spec is a millimetre on paper.
void prepare(QPagedPaintDevice &device)
{
    if (auto *printer = dynamic_cast<QPrinter *>(&device))
        printer->setFullPage(true);
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageOrientation(QPageLayout::Portrait);
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter); // a printer may keep its minimum
}

Status beginOn(QPainter &painter, QPagedPaintDevice &device)
{
    cjkFamily(); // load the font before the first text is measured
    prepare(device);
    if (!painter.begin(&device))
        return Error::io(ErrorCode::PrintFailed, Tr::tr("The printer or PDF file could not be opened for drawing."));
    return {};
}

Status finish(QPainter &painter)
{
    if (!painter.end())
        return Error::io(ErrorCode::PrintFailed, Tr::tr("The page could not be written to the printer or file."));
    return {};
}

Result<QByteArray> toPdf(const QString &title, const std::function<Status(QPagedPaintDevice &)> &render)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        auto writer = makePdfWriter(&buffer, title);
        if (auto s = render(*writer); !s)
            return s.error();
    }
    return bytes;
}

void setupWriter(QPdfWriter &writer, const QString &title)
{
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("CertDesk"));
    if (!title.isEmpty())
        writer.setTitle(title);
    prepare(writer);
}

} // namespace

QString qrPayload(const FormPrintData &data)
{
    return encodeQrPayload(data.form.formNo, data.form.checkCode, data.record.alive, data.center.code,
                           data.record.localDate, data.record.uuid);
}

QImage decodeSeal(const QByteArray &png)
{
    if (png.isEmpty())
        return QImage();
    // One seal per center: the last decoded one is kept, so single-form printing does not decode it each time.
    static QMutex mutex;
    static QByteArray lastBytes;
    static QImage lastImage;
    QMutexLocker lock(&mutex);
    if (png == lastBytes)
        return lastImage;
    QImage image = QImage::fromData(png, "PNG");
    if (!image.isNull()) {
        // More pixels than the seal area holds at 300 dpi only make every PDF bigger and slower to write.
        const int maxPx = qRound(layout::formLayout(FormVariant::Online).sealArea.width() * 300 / 25.4);
        if (image.width() > maxPx || image.height() > maxPx)
            image = image.scaled(maxPx, maxPx, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    }
    lastBytes = png;
    lastImage = image;
    return image;
}

QImage pageImage(double dpi, const std::function<void(QPainter &)> &paint)
{
    cjkFamily();
    const double dpmm = dpi / 25.4;
    QImage image(qRound(layout::kA4.width() * dpmm), qRound(layout::kA4.height() * dpmm), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpmm * 1000));
    image.setDotsPerMeterY(qRound(dpmm * 1000));
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter);
    return image;
}

Status renderForm(QPagedPaintDevice &device, const FormPrintJob &job)
{
    QPainter painter;
    if (auto s = beginOn(painter, device); !s)
        return s;
    paintForm(painter, job, decodeSeal(job.sealPng));
    return finish(painter);
}

Status renderOverlay(QPagedPaintDevice &device, const FormPrintJob &job, const QPointF &offsetMm)
{
    QPainter painter;
    if (auto s = beginOn(painter, device); !s)
        return s;
    paintOverlay(painter, job, decodeSeal(job.sealPng), offsetMm);
    return finish(painter);
}

Status renderOverlayPreview(QPagedPaintDevice &device, const FormPrintJob &job)
{
    QPainter painter;
    if (auto s = beginOn(painter, device); !s)
        return s;
    paintOverlayPreview(painter, job, decodeSeal(job.sealPng));
    return finish(painter);
}

Status renderCalibration(QPagedPaintDevice &device, const QPointF &offsetMm)
{
    QPainter painter;
    if (auto s = beginOn(painter, device); !s)
        return s;
    paintCalibration(painter, offsetMm);
    return finish(painter);
}

Status renderReceipt(QPagedPaintDevice &device, const FormPrintJob &job)
{
    QPainter painter;
    if (auto s = beginOn(painter, device); !s)
        return s;
    paintReceipt(painter, job);
    return finish(painter);
}

Status renderDay(QPagedPaintDevice &device, const QList<FormPrintJob> &jobs, const Progress &progress)
{
    if (jobs.isEmpty())
        return Error::invalid(ErrorCode::Empty, Tr::tr("There are no certified forms to print for this day."));
    QPainter painter;
    if (auto s = beginOn(painter, device); !s)
        return s;
    // The seal is the same on every page of a day: decode it once.
    QByteArray sealBytes;
    QImage seal;
    const int total = int(jobs.size());
    for (int i = 0; i < total; ++i) {
        if (i > 0 && !device.newPage()) {
            painter.end();
            return Error::io(ErrorCode::PrintFailed, Tr::tr("A new page could not be started."));
        }
        const FormPrintJob &job = jobs[i];
        if (job.sealPng != sealBytes) {
            sealBytes = job.sealPng;
            seal = decodeSeal(sealBytes);
        }
        paintForm(painter, job, seal);
        if (progress && !progress(i + 1, total) && i + 1 < total) {
            painter.end();
            return Error::refused(ErrorCode::Cancelled,
                                  Tr::tr("Printing was cancelled after %1 of %2 forms.").arg(i + 1).arg(total));
        }
    }
    return finish(painter);
}

Status renderWorkload(QPagedPaintDevice &device, const WorkloadPrintData &data)
{
    QPainter painter;
    if (auto s = beginOn(painter, device); !s)
        return s;
    const int pages = workloadPageCount(data);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Error::io(ErrorCode::PrintFailed, Tr::tr("A new page could not be started."));
        }
        paintWorkloadPage(painter, data, page);
    }
    return finish(painter);
}

Status renderInstitutionSheet(QPagedPaintDevice &device, const CenterConfig &center)
{
    return renderInstitutions(device, {center});
}

Status renderInstitutions(QPagedPaintDevice &device, const QList<CenterConfig> &centers)
{
    QPainter painter;
    if (auto s = beginOn(painter, device); !s)
        return s;
    const int pages = institutionPageCount(centers);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Error::io(ErrorCode::PrintFailed, Tr::tr("A new page could not be started."));
        }
        paintInstitutionPage(painter, centers, page);
    }
    return finish(painter);
}

Status renderHandover(QPagedPaintDevice &device, const HandoverPrintData &data)
{
    QPainter painter;
    if (auto s = beginOn(painter, device); !s)
        return s;
    const int pages = handoverPageCount(data);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Error::io(ErrorCode::PrintFailed, Tr::tr("A new page could not be started."));
        }
        paintHandoverPage(painter, data, page);
    }
    return finish(painter);
}

std::unique_ptr<QPdfWriter> makePdfWriter(const QString &path, const QString &title)
{
    auto writer = std::make_unique<QPdfWriter>(path);
    setupWriter(*writer, title);
    return writer;
}

std::unique_ptr<QPdfWriter> makePdfWriter(QIODevice *out, const QString &title)
{
    auto writer = std::make_unique<QPdfWriter>(out);
    setupWriter(*writer, title);
    return writer;
}

Result<QByteArray> formPdf(const FormPrintJob &job)
{
    return toPdf(job.data.form.formNo, [&](QPagedPaintDevice &d) { return renderForm(d, job); });
}

Result<QByteArray> receiptPdf(const FormPrintJob &job)
{
    return toPdf(job.data.form.formNo, [&](QPagedPaintDevice &d) { return renderReceipt(d, job); });
}

Result<QByteArray> overlayPdf(const FormPrintJob &job, const QPointF &offsetMm)
{
    return toPdf(job.data.form.formNo, [&](QPagedPaintDevice &d) { return renderOverlay(d, job, offsetMm); });
}

Result<QByteArray> calibrationPdf(const QPointF &offsetMm)
{
    return toPdf(QString(), [&](QPagedPaintDevice &d) { return renderCalibration(d, offsetMm); });
}

Result<QByteArray> dayPdf(const QList<FormPrintJob> &jobs, const Progress &progress)
{
    return toPdf(QString(), [&](QPagedPaintDevice &d) { return renderDay(d, jobs, progress); });
}

Result<QByteArray> workloadPdf(const WorkloadPrintData &data)
{
    return toPdf(QString(), [&](QPagedPaintDevice &d) { return renderWorkload(d, data); });
}

Result<QByteArray> institutionSheetPdf(const CenterConfig &center)
{
    return toPdf(QString(), [&](QPagedPaintDevice &d) { return renderInstitutionSheet(d, center); });
}

Result<QByteArray> institutionsPdf(const QList<CenterConfig> &centers)
{
    return toPdf(QString(), [&](QPagedPaintDevice &d) { return renderInstitutions(d, centers); });
}

Result<QByteArray> handoverPdf(const HandoverPrintData &data)
{
    return toPdf(handoverBatchId(data), [&](QPagedPaintDevice &d) { return renderHandover(d, data); });
}

} // namespace certdesk::printing
