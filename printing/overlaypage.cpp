// Overlay printing (套打): the residence agency's entries alone, at the places the printed original keeps blank for
// them, shifted by the workstation's calibration offset; its preview over a faint original; the calibration sheet.

#include "canvas.h"
#include "layout/formlayout.h"
#include "layout/formtext.h"
#include "pages.h"
#include "qr.h"

#include <QCoreApplication>

namespace certdesk::printing {

namespace {

// The translation context of this file's messages (lupdate files them under it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Printing)
};

constexpr int kCenter = Qt::AlignCenter;
constexpr int kLeftMid = Qt::AlignLeft | Qt::AlignVCenter;
// The tick is a glyph, not a drawn path: it is then found in the PDF's text like every other mark.
const QString kTick = QStringLiteral("√");
constexpr double kTickSize = 3.6;

// "+1.5" / "−2.0": the sign always shown, one decimal (the calibration's 0.1 mm step).
QString signedMm(double mm)
{
    const QString n = QString::number(qAbs(mm), 'f', 1);
    return (mm < -0.05 ? QStringLiteral("−") : QStringLiteral("+")) + n;
}

void drawEntries(Canvas &c, const FormPrintJob &job, const QImage &seal)
{
    const layout::FormLayout &l = layout::formLayout(job.data.form.variant);
    const CertificationRecord &r = job.data.record;
    const double val = layout::kFont.value;
    c.text(QStringLiteral("tick"), r.alive ? l.aliveYesBox : l.aliveNoBox, kTick, kTickSize, kCenter, false, 0);
    c.text(QStringLiteral("attestCenter"), l.attestCenter, job.data.center.name, val, Qt::AlignLeft | Qt::AlignTop,
           true, 0);
    c.text(QStringLiteral("attestClerkName"), l.attestClerkName, r.clerkName, val, kLeftMid, false, 0);
    if (r.localDate.isValid()) {
        c.text(QStringLiteral("dateYear"), l.dateYear, QString::number(r.localDate.year()), val, kCenter, false, 0);
        c.text(QStringLiteral("dateMonth"), l.dateMonth, QString::number(r.localDate.month()), val, kCenter, false, 0);
        c.text(QStringLiteral("dateDay"), l.dateDay, QString::number(r.localDate.day()), val, kCenter, false, 0);
    }
    if (!seal.isNull())
        c.image(l.sealArea, seal);
    const InfoChange &ch = r.change;
    c.text(QStringLiteral("changeAddressValue"), l.changeAddressValue, ch.address, val, kLeftMid);
    c.text(QStringLiteral("changePostcodeValue"), l.changePostcodeValue, ch.postcode, val, kCenter);
    c.text(QStringLiteral("changePhoneValue"), l.changePhoneValue, ch.phone, val, kLeftMid);
}

void crosshair(Canvas &c, const QPointF &at, double arm)
{
    c.line(at - QPointF(arm, 0), at + QPointF(arm, 0), 0.15);
    c.line(at - QPointF(0, arm), at + QPointF(0, arm), 0.15);
    c.frame(QRectF(at - QPointF(1.5, 1.5), QSizeF(3, 3)), 0.15);
}

} // namespace

void paintOverlay(QPainter &painter, const FormPrintJob &job, const QImage &seal, const QPointF &offsetMm, DrawLog *log)
{
    Canvas c(painter, log);
    c.setOffset(offsetMm);
    drawEntries(c, job, seal);
    drawQr(c, layout::formLayout(job.data.form.variant).overlayQr, qrPayload(job.data));
}

void paintOverlayPreview(QPainter &painter, const FormPrintJob &job, const QImage &seal)
{
    // Where the marks land on a correctly calibrated printer: at the nominal places, over the original.
    paintOriginal(painter, job.data.form, QColor(0xa8, 0xb0, 0xb8));
    Canvas c(painter, nullptr);
    c.setInk(QColor(0x15, 0x65, 0xc0));
    drawEntries(c, job, seal);
    drawQr(c, layout::formLayout(job.data.form.variant).overlayQr, qrPayload(job.data));
}

void paintCalibration(QPainter &painter, const QPointF &offsetMm, DrawLog *log)
{
    const layout::CalibrationLayout &l = layout::calibrationLayout();
    Canvas c(painter, log);
    c.setOffset(offsetMm);
    c.text(QStringLiteral("title"), l.title, Tr::tr("Overlay printing calibration sheet (套打校准页)"),
           layout::kFont.title, kCenter, true, 0);
    c.text(QStringLiteral("instructions"), l.instructions,
           Tr::tr("Printed with the offset X %1 mm, Y %2 mm. Measure with a ruler where the centre of each crosshair "
                  "landed, from the sheet's left and top edges, and compare it with the position printed next to it. "
                  "New offset = offset used + (position printed − position measured), in 0.1 mm steps (Settings → "
                  "Printing → Overlay calibration). Or hold the sheet against a blank original against the light: the "
                  "crosshairs on 是/否 and on the date must sit on the boxes and blanks of the form.")
               .arg(signedMm(offsetMm.x()), signedMm(offsetMm.y())),
           layout::kFont.body, Qt::AlignLeft | Qt::AlignTop, false, 0);
    for (const QPointF &at : l.crosshairs) {
        crosshair(c, at, l.armMm);
        c.text(QStringLiteral("crosshair"), l.crosshairLabel(at),
               QStringLiteral("X %1  Y %2").arg(at.x(), 0, 'f', 1).arg(at.y(), 0, 'f', 1), layout::kFont.small,
               kLeftMid, false, 0);
    }
}

} // namespace certdesk::printing
