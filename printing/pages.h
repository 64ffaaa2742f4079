#pragma once

#include "printing.h"

#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

// The page painters behind printing.h, on any QPainter whose device's logical DPI is its resolution
// (a QPdfWriter, a QPrinter in full-page mode, or a QImage with dots-per-metre set). Tests use them to see
// where each text landed.
namespace certdesk::printing {

// One text as drawn: its cell from the layout spec and the rectangle the text actually covers (both mm).
struct DrawnText
{
    QString id;
    QString text;
    QRectF cell;
    QRectF covered;
    double scale = 1.0; // < 1 when the text was set smaller to fit
};
using DrawLog = QList<DrawnText>;

void paintForm(QPainter &painter, const FormPrintJob &job, const QImage &seal, DrawLog *log = nullptr);
// The original as the 参保地 printed it: letter, labels, boxes, the person's data; none of the agency's entries.
void paintOriginal(QPainter &painter, const Form &form, const QColor &ink, DrawLog *log = nullptr);
// Overlay printing (套打): only the agency's entries and a small QR, each shifted by `offsetMm` (calibration).
void paintOverlay(QPainter &painter, const FormPrintJob &job, const QImage &seal, const QPointF &offsetMm,
                  DrawLog *log = nullptr);
// The on-screen preview of an overlay: a faint original with the entries in colour where they land.
void paintOverlayPreview(QPainter &painter, const FormPrintJob &job, const QImage &seal);
// Crosshairs at layout::calibrationLayout()'s positions, shifted by `offsetMm`.
void paintCalibration(QPainter &painter, const QPointF &offsetMm, DrawLog *log = nullptr);
void paintReceipt(QPainter &painter, const FormPrintJob &job, DrawLog *log = nullptr);
int workloadPageCount(const WorkloadPrintData &data);
void paintWorkloadPage(QPainter &painter, const WorkloadPrintData &data, int page, DrawLog *log = nullptr);
void paintInstitutionSheet(QPainter &painter, const CenterConfig &center, DrawLog *log = nullptr);
int institutionPageCount(const QList<CenterConfig> &centers);
void paintInstitutionPage(QPainter &painter, const QList<CenterConfig> &centers, int page, DrawLog *log = nullptr);

int handoverPageCount(const HandoverPrintData &data);
void paintHandoverPage(QPainter &painter, const HandoverPrintData &data, int page, DrawLog *log = nullptr);

// A white A4 image at `dpi` with one page painted by `paint` (tests, README screenshots).
QImage pageImage(double dpi, const std::function<void(QPainter &)> &paint);
// The decoded electronic seal, or a null image for empty or undecodable bytes.
QImage decodeSeal(const QByteArray &png);

} // namespace certdesk::printing
