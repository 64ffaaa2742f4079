#pragma once

#include <QPointF>
#include <QString>

class QPagedPaintDevice;

namespace certdesk {

// This workstation's overlay calibration and scanner framing. Hardware belongs to the PC, not to the center:
// QSettings of organisation "CertDesk", application "certdesk" (as readersettings.h), never the database.
//   printing/overlay_offset/<printer>  "x,y" in mm (0.1 mm steps) for that printer; <printer> percent-encoded,
//                                      "default" for PDF output and printers without their own offset
//   scanner/prefix, scanner/suffix     one character each, or empty (docs/devices.md)
// All access to these keys is here, so moving them into one workstation-settings object is one edit.
namespace stationprefs {

QPointF overlayOffset(const QString &printerName);
void setOverlayOffset(const QString &printerName, const QPointF &offsetMm);
// The printer `device` prints on (a QPrinter with a native printer), else empty (PDF writer, print to file).
QString printerOf(QPagedPaintDevice &device);

struct ScanFraming
{
    QString prefix; // empty, or one character the scanner sends before every code
    QString suffix; // empty (the code ends with Enter), or one character after every code
    bool operator==(const ScanFraming &) const = default;
};
ScanFraming scanFraming();
void setScanFraming(const ScanFraming &framing);

} // namespace stationprefs

} // namespace certdesk
