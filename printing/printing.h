#pragma once

#include "core/result.h"
#include "domain/printdata.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QPointF>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QPagedPaintDevice;
class QPdfWriter;
class QIODevice;

// Printing of the stamped form, the pensioner's receipt, the workload report and the 附件2 institution
// sheet onto any QPagedPaintDevice (a QPrinter or a QPdfWriter). All positions come from
// printing/layout/formlayout.h, in millimetres on A4 portrait; the renderers set the page layout themselves
// (A4, portrait, no margins: QPrinter is put into full-page mode), so callers only create the device.
namespace certdesk::printing {

// Options of one stamped form or receipt.
struct FormPrintJob
{
    FormPrintData data;
    std::optional<QDate> reprintDate; // set: the page is marked 补打 with this date
    QByteArray sealPng;               // the electronic seal (PrintDataService::seal()); empty: blank area
    bool reissue = false;             // the full form for a lost original: the mark says 补发 (with reprintDate)
};

// Called after each page of a batch; return false to cancel (the pages already drawn stay in the job).
using Progress = std::function<bool(int done, int total)>;

// One stamped form (附表1 or 附表2 after the form's variant), one page.
Status renderForm(QPagedPaintDevice &device, const FormPrintJob &job);
// Overlay printing (套打) onto the pensioner's original: only what the residence agency adds (the tick, the center
// and 经办人, the date, the seal, changed address/phone, a small QR), each at its place on the printed form shifted
// by `offsetMm` (the workstation's calibration for this printer; +x right, +y down). One page.
Status renderOverlay(QPagedPaintDevice &device, const FormPrintJob &job, const QPointF &offsetMm);
// What the clerk sees before an overlay is printed: the whole form faint, the entries in colour.
Status renderOverlayPreview(QPagedPaintDevice &device, const FormPrintJob &job);
// The calibration sheet: crosshairs at known positions, printed with `offsetMm`.
Status renderCalibration(QPagedPaintDevice &device, const QPointF &offsetMm);
// The receipt (已完成资格认证回执) on the top half of one A4 page, with a cut line.
Status renderReceipt(QPagedPaintDevice &device, const FormPrintJob &job);
// All forms of a day, one page per form, in one job. Cancelled → Refused "cancelled" (message says how
// many pages were drawn). An empty list → Invalid "empty".
Status renderDay(QPagedPaintDevice &device, const QList<FormPrintJob> &jobs, const Progress &progress = {});
// 工作量统计: as many pages as needed, each with the header and 第 X 页 共 Y 页.
Status renderWorkload(QPagedPaintDevice &device, const WorkloadPrintData &data);
// 附件2 办理省内异地资格协助认证业务机构填报表 from the center's settings.
Status renderInstitutionSheet(QPagedPaintDevice &device, const CenterConfig &center);
// The same sheet with one row per center (the county's, as the city reports it upward), paged.
Status renderInstitutions(QPagedPaintDevice &device, const QList<CenterConfig> &centers);

// 移交清单: a handover batch of retained 附表1 originals with its QR, count and signature lines, paged.
Status renderHandover(QPagedPaintDevice &device, const HandoverPrintData &data);

// A PDF writer set up for the renderers (A4, no margins, 300 dpi, title and creator). Writes to `path`.
std::unique_ptr<QPdfWriter> makePdfWriter(const QString &path, const QString &title = QString());
std::unique_ptr<QPdfWriter> makePdfWriter(QIODevice *out, const QString &title = QString());

// Convenience for the CLI and tests: the whole document as PDF bytes.
Result<QByteArray> formPdf(const FormPrintJob &job);
Result<QByteArray> receiptPdf(const FormPrintJob &job);
Result<QByteArray> overlayPdf(const FormPrintJob &job, const QPointF &offsetMm);
Result<QByteArray> calibrationPdf(const QPointF &offsetMm);
// The calibration offsets accepted (mm, each axis): a printer further off than this needs servicing, not an offset.
inline constexpr double kMaxOffsetMm = 15.0;
Result<QByteArray> dayPdf(const QList<FormPrintJob> &jobs, const Progress &progress = {});
Result<QByteArray> workloadPdf(const WorkloadPrintData &data);
Result<QByteArray> institutionSheetPdf(const CenterConfig &center);
Result<QByteArray> institutionsPdf(const QList<CenterConfig> &centers);
Result<QByteArray> handoverPdf(const HandoverPrintData &data);

// The QR payload printed on the form (docs/formats.md, "QR code on the stamped form").
QString qrPayload(const FormPrintData &data);
// The batch as the county names it (`handover receive --batch`): CENTER/N.
QString handoverBatchId(const HandoverPrintData &data);
// The QR payload printed on the 移交清单 (docs/formats.md, "QR code on the handover list"):
// CDHO1|CENTER/N|COUNT|YYYYMMDD|first 16 hex digits of SHA-256 over the form numbers joined by '\n'.
QString handoverQrPayload(const HandoverPrintData &data);
// The ID number as printed on the receipt: first 6 and last 4 characters, the rest '*'.
QString maskedId(const QString &idNo);

// The CJK font family used on every page: Droid Sans Fallback, loaded from /usr/share/fonts/truetype/droid/
// (its text comes back exactly from the PDF; Noto CJK's comes back partly as Kangxi radicals), else Noto Sans
// CJK SC, else whatever the system offers for Chinese. Loaded on first use; thread-safe.
QString cjkFamily();

} // namespace certdesk::printing
