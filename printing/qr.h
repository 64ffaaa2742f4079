#pragma once

#include <QRectF>
#include <QString>

namespace certdesk::printing {

class Canvas;

// Draws `payload` as a QR code (ECC level M) filling the square `area` (mm), quiet zone included: the
// symbol is drawn layout::kQrQuietModules modules in from every side. Returns the module size in mm.
double drawQr(Canvas &canvas, const QRectF &area, const QString &payload);

} // namespace certdesk::printing
