#include "qr.h"

#include "canvas.h"
#include "layout/formlayout.h"

#include <QPainterPath>

#include <qrcodegen/qrcodegen.hpp>

namespace certdesk::printing {

double drawQr(Canvas &canvas, const QRectF &area, const QString &payload)
{
    const QByteArray utf8 = payload.toUtf8();
    const qrcodegen::QrCode qr = qrcodegen::QrCode::encodeText(utf8.constData(), qrcodegen::QrCode::Ecc::MEDIUM);
    const int n = qr.getSize();
    const double module = area.width() / (n + 2 * layout::kQrQuietModules);
    const QPointF origin = area.topLeft() + QPointF(module, module) * layout::kQrQuietModules;
    // One path for the whole symbol: a single fill in the PDF instead of hundreds of rectangles.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < n; ++y) {
        for (int x = 0; x < n;) {
            if (!qr.getModule(x, y)) {
                ++x;
                continue;
            }
            int run = x;
            while (run < n && qr.getModule(run, y))
                ++run;
            path.addRect(
                canvas.px(QRectF(origin.x() + x * module, origin.y() + y * module, (run - x) * module, module)));
            x = run;
        }
    }
    QPainter &p = canvas.painter();
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false); // crisp module edges for the scanner
    canvas.fill(area, Qt::white);
    p.fillPath(path, Qt::black);
    p.restore();
    return module;
}

} // namespace certdesk::printing
