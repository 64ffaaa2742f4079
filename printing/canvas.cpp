#include "canvas.h"

#include "layout/formlayout.h"

#include <QFontMetricsF>
#include <QPaintDevice>

namespace certdesk::printing {

Canvas::Canvas(QPainter &painter, DrawLog *log)
    : m_painter(painter), m_log(log), m_dpmm(painter.device()->logicalDpiX() / 25.4)
{
    m_painter.setRenderHint(QPainter::Antialiasing, true);
    m_painter.setRenderHint(QPainter::TextAntialiasing, true);
    m_painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
}

QRectF Canvas::px(const QRectF &mm) const
{
    return {mm.x() * m_dpmm, mm.y() * m_dpmm, mm.width() * m_dpmm, mm.height() * m_dpmm};
}

QPointF Canvas::px(const QPointF &mm) const
{
    return mm * m_dpmm;
}

QFont Canvas::font(double sizeMm, bool bold) const
{
    QFont f;
    // Latin letters, digits and a few symbols (□ √ “ ”) come from fontconfig's fallback (DejaVu Sans here):
    // the CJK font has none.
    f.setFamily(cjkFamily());
    f.setPixelSize(qMax(1, qRound(sizeMm * m_dpmm)));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting); // positions scale exactly with the resolution
    return f;
}

QRectF Canvas::text(const QString &id, const QRectF &cell, const QString &text, double sizeMm, int align, bool bold,
                    double pad)
{
    if (text.isEmpty())
        return {}; // a missing optional value leaves its cell blank
    const QRectF inner = px(cell.adjusted(pad, pad * 0.5, -pad, -pad * 0.5));
    const int flags = align | Qt::TextWordWrap;
    double scale = 1.0;
    // Bold only for all-CJK text: bold ASCII would embed a third font (the fallback's bold face), and every
    // embedded font costs Qt's PDF writer a scan of the whole BMP for its ToUnicode map, per document.
    if (bold)
        for (QChar ch : text)
            if (ch.unicode() < 0x80 && !ch.isSpace()) {
                bold = false;
                break;
            }
    QFont f = font(sizeMm, bold);
    // Largest size that fits, in 5 % steps; at the minimum the text is drawn regardless (and the log shows it).
    for (;;) {
        const QFontMetricsF fm(f, m_painter.device());
        const QRectF need = fm.boundingRect(inner, flags, text);
        if ((need.width() <= inner.width() + 0.5 && need.height() <= inner.height() + 0.5) ||
            scale <= layout::kMinScale + 1e-9)
            break;
        scale = qMax(layout::kMinScale, scale - 0.05);
        f = font(sizeMm * scale, bold);
    }
    m_painter.setFont(f);
    m_painter.setPen(m_ink);
    QRectF drawn;
    m_painter.drawText(inner, flags, text, &drawn);
    const QRectF covered(drawn.x() / m_dpmm, drawn.y() / m_dpmm, drawn.width() / m_dpmm, drawn.height() / m_dpmm);
    if (m_log)
        m_log->append({id, text, cell, covered, scale});
    return covered;
}

void Canvas::line(const QPointF &a, const QPointF &b, double widthMm, Qt::PenStyle style)
{
    QPen pen(m_ink, widthMm * m_dpmm, style, Qt::FlatCap);
    m_painter.setPen(pen);
    m_painter.drawLine(px(a), px(b));
}

void Canvas::frame(const QRectF &mm, double widthMm)
{
    m_painter.setPen(QPen(m_ink, widthMm * m_dpmm, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRect(px(mm));
}

void Canvas::fill(const QRectF &mm, const QColor &colour)
{
    m_painter.fillRect(px(mm), colour);
}

void Canvas::image(const QRectF &mm, const QImage &image)
{
    if (image.isNull())
        return;
    // Keep the seal's aspect ratio, centred in the area.
    QSizeF size = image.size();
    size.scale(mm.size(), Qt::KeepAspectRatio);
    const QRectF target(mm.center().x() - size.width() / 2, mm.center().y() - size.height() / 2, size.width(),
                        size.height());
    m_painter.drawImage(px(target), image);
}

void Canvas::tick(const QRectF &box)
{
    QPen pen(m_ink, 0.5 * m_dpmm, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    m_painter.setPen(pen);
    const QPointF pts[] = {px(QPointF(box.left() + box.width() * 0.15, box.top() + box.height() * 0.55)),
                           px(QPointF(box.left() + box.width() * 0.42, box.top() + box.height() * 0.85)),
                           px(QPointF(box.left() + box.width() * 0.95, box.top() - box.height() * 0.15))};
    m_painter.drawPolyline(pts, 3);
}

void Canvas::setOffset(const QPointF &mm)
{
    m_painter.translate(px(mm - m_offset));
    m_offset = mm;
}

QString chineseDate(const QDate &date)
{
    if (!date.isValid())
        return QStringLiteral("    年    月    日");
    return QStringLiteral("%1 年 %2 月 %3 日").arg(date.year()).arg(date.month()).arg(date.day());
}

} // namespace certdesk::printing
