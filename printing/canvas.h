#pragma once

#include "pages.h"

#include <QFont>
#include <QPainter>

namespace certdesk::printing {

// Millimetre drawing on a QPainter: converts to device units at the device's resolution, sets text into
// cells (wrapping, and shrinking down to layout::kMinScale when it does not fit) and logs what it drew.
class Canvas
{
public:
    Canvas(QPainter &painter, DrawLog *log);

    double dpmm() const { return m_dpmm; }
    QRectF px(const QRectF &mm) const;
    QPointF px(const QPointF &mm) const;

    QFont font(double sizeMm, bool bold = false) const;
    // Draws `text` inside `cell` less `pad` mm on every side. `align` is Qt alignment flags.
    QRectF text(const QString &id, const QRectF &cell, const QString &text, double sizeMm,
                int align = Qt::AlignLeft | Qt::AlignVCenter, bool bold = false, double pad = 1.0);
    void line(const QPointF &a, const QPointF &b, double widthMm = 0.3, Qt::PenStyle style = Qt::SolidLine);
    void frame(const QRectF &mm, double widthMm = 0.3);
    void fill(const QRectF &mm, const QColor &colour);
    void image(const QRectF &mm, const QImage &image);
    void tick(const QRectF &box); // a √ inside a check box
    QPainter &painter() { return m_painter; }
    // The colour of text, lines and ticks (black unless a preview draws the form faint and the overlay in colour).
    void setInk(const QColor &ink) { m_ink = ink; }
    // Everything after this is drawn shifted by `mm` (the overlay's calibration offset).
    void setOffset(const QPointF &mm);

private:
    QPainter &m_painter;
    DrawLog *m_log;
    double m_dpmm;
    QColor m_ink = Qt::black;
    QPointF m_offset;
};

// "2026 年 5 月 10 日"
QString chineseDate(const QDate &date);

} // namespace certdesk::printing
