// Overlay printing (套打) onto the pensioner's original: every mark lands inside its cell of the printed form after
// a calibration offset, the overlay holds nothing of the form's own print (no letter, no labels, no lines), the QR
// scans, the preview shows the form faint under the marks, and the calibration sheet's crosshairs are where it says.
#include "layout/formlayout.h"
#include "pages.h"
#include "printing.h"
#include "tst_print_sample.h"

#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::printing;

namespace {

constexpr double kMmPerPt = 25.4 / 72.0;
const QPointF kOffset(1.5, -2.0);

struct Word
{
    QString text;
    QRectF mm;
};

FormPrintData changedData(FormVariant variant)
{
    FormPrintData d = test::sampleData(variant);
    d.record.change = {QStringLiteral("广州市天河区体育西路1号"), QStringLiteral("510620"),
                       QStringLiteral("13912345678")};
    return d;
}

// Each mark's text and the official cell it must land in.
QList<QPair<QString, QRectF>> expectedMarks(const FormPrintData &d)
{
    const layout::FormLayout &l = layout::formLayout(d.form.variant);
    return {{QStringLiteral("√"), d.record.alive ? l.aliveYesBox : l.aliveNoBox},
            {d.center.name, l.attestCenter},
            {d.record.clerkName, l.attestClerkName},
            {QString::number(d.record.localDate.year()), l.dateYear},
            {QString::number(d.record.localDate.month()), l.dateMonth},
            {QString::number(d.record.localDate.day()), l.dateDay},
            {d.record.change.address, l.changeAddressValue},
            {d.record.change.postcode, l.changePostcodeValue},
            {d.record.change.phone, l.changePhoneValue}};
}

} // namespace

class TestPrintOverlay : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString save(const QByteArray &pdf)
    {
        const QString path = m_dir.filePath(QStringLiteral("doc%1.pdf").arg(++m_files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
            return QString();
        return path;
    }
    // pdftotext -bbox: every word of page 1 with its box in millimetres.
    QList<Word> words(const QByteArray &pdf)
    {
        int rc = -1;
        const QString html = QString::fromUtf8(
            test::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), save(pdf), QStringLiteral("-")}, &rc));
        if (rc != 0)
            return {};
        static const QRegularExpression re(QStringLiteral(
            R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"));
        QList<Word> out;
        for (auto it = re.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            const QPointF a(m.captured(1).toDouble() * kMmPerPt, m.captured(2).toDouble() * kMmPerPt);
            const QPointF b(m.captured(3).toDouble() * kMmPerPt, m.captured(4).toDouble() * kMmPerPt);
            QString text = m.captured(5);
            text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
            out.append({text, QRectF(a, b)});
        }
        return out;
    }
    QImage raster(const QByteArray &pdf, int dpi)
    {
        const QString prefix = m_dir.filePath(QStringLiteral("page%1").arg(++m_files));
        int rc = -1;
        test::runTool(QStringLiteral("pdftoppm"),
                      {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"),
                       QStringLiteral("-singlefile"), save(pdf), prefix},
                      &rc);
        return rc == 0 ? QImage(prefix + QStringLiteral(".png")) : QImage();
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *tool : {"pdftotext", "pdftoppm", "zbarimg"})
            QVERIFY2(test::haveTool(QString::fromLatin1(tool)), tool); // missing tool: fail, never skip
    }

    void marksLandInTheirCells_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<bool>("alive");
        QTest::newRow("附表1 alive") << int(FormVariant::Online) << true;
        QTest::newRow("附表1 deceased") << int(FormVariant::Online) << false;
        QTest::newRow("附表2 alive") << int(FormVariant::Mail) << true;
    }

    void marksLandInTheirCells()
    {
        QFETCH(int, variant);
        QFETCH(bool, alive);
        FormPrintData d = changedData(FormVariant(variant));
        d.record.alive = alive;
        const FormPrintJob job{d, std::nullopt, QByteArray()};
        auto plain = overlayPdf(job, QPointF());
        auto shifted = overlayPdf(job, kOffset);
        QVERIFY(plain && shifted);
        const QList<Word> at0 = words(plain.value());
        const QList<Word> moved = words(shifted.value());
        const auto marks = expectedMarks(d);
        // Exactly the marks, nothing else: no letter, no label, not the person's data the original already has.
        QCOMPARE(moved.size(), marks.size());
        for (const auto &[text, cell] : marks) {
            auto find = [&text](const QList<Word> &list) {
                for (const Word &w : list)
                    if (w.text == text)
                        return w.mm;
                return QRectF();
            };
            const QRectF a = find(at0), b = find(moved);
            QVERIFY2(!a.isNull() && !b.isNull(), qPrintable(text));
            // Printed with the offset, then moved back by the printer's error: inside the cell within 0.5 mm.
            const QRectF landed = b.translated(-kOffset);
            const QRectF allowed = cell.adjusted(-0.5, -0.5, 0.5, 0.5);
            QVERIFY2(allowed.contains(landed),
                     qPrintable(QStringLiteral("%1 at (%2, %3)–(%4, %5) mm, cell (%6, %7)–(%8, %9)")
                                    .arg(text)
                                    .arg(landed.left(), 0, 'f', 2)
                                    .arg(landed.top(), 0, 'f', 2)
                                    .arg(landed.right(), 0, 'f', 2)
                                    .arg(landed.bottom(), 0, 'f', 2)
                                    .arg(cell.left(), 0, 'f', 2)
                                    .arg(cell.top(), 0, 'f', 2)
                                    .arg(cell.right(), 0, 'f', 2)
                                    .arg(cell.bottom(), 0, 'f', 2)));
            qInfo("%s: landed (%.2f, %.2f)-(%.2f, %.2f) mm in cell (%.2f, %.2f)-(%.2f, %.2f)", qPrintable(text),
                  landed.left(), landed.top(), landed.right(), landed.bottom(), cell.left(), cell.top(), cell.right(),
                  cell.bottom());
            // And the offset moved it by exactly that much.
            QVERIFY2(qAbs(b.left() - a.left() - kOffset.x()) < 0.05, qPrintable(text));
            QVERIFY2(qAbs(b.top() - a.top() - kOffset.y()) < 0.05, qPrintable(text));
        }
        // The tick sits in the middle of its box, within 0.5 mm.
        const layout::FormLayout &l = layout::formLayout(d.form.variant);
        for (const Word &w : at0)
            if (w.text == QStringLiteral("√")) {
                const QPointF box = (alive ? l.aliveYesBox : l.aliveNoBox).center();
                QVERIFY2(qAbs(w.mm.center().x() - box.x()) <= 0.5, qPrintable(QString::number(w.mm.center().x())));
                QVERIFY2(qAbs(w.mm.center().y() - box.y()) <= 0.5, qPrintable(QString::number(w.mm.center().y())));
            }
    }

    void noneOfTheFormsOwnText()
    {
        const FormPrintData d = changedData(FormVariant::Mail);
        DrawLog original;
        pageImage(50, [&](QPainter &p) { paintOriginal(p, d.form, Qt::black, &original); });
        QVERIFY(original.size() > 30);
        auto pdf = overlayPdf({d, std::nullopt, QByteArray()}, kOffset);
        QVERIFY(pdf);
        QString text;
        for (const Word &w : words(pdf.value()))
            text += w.text + QLatin1Char('\n');
        for (const DrawnText &t : original) {
            QString needle = t.text;
            needle.remove(QRegularExpression(QStringLiteral("\\s+")));
            QVERIFY2(!text.contains(needle), qPrintable(t.id + QStringLiteral(": ") + needle));
        }
        for (const QString &label : {QStringLiteral("经办人"), QStringLiteral("年"), QStringLiteral("月"),
                                     QStringLiteral("日"), QStringLiteral("是否健在"), QStringLiteral("同志"),
                                     QStringLiteral("认证表编号"), QStringLiteral("说明"), QStringLiteral("补打")})
            QVERIFY2(!text.contains(label), qPrintable(label));
    }

    void onlyTheMarksAreInked()
    {
        // No frame, no table line, no box: every dark pixel lies in a mark's cell (or the QR's margin square).
        const FormPrintData d = changedData(FormVariant::Online);
        auto pdf = overlayPdf({d, std::nullopt, test::samplePng()}, QPointF());
        QVERIFY(pdf);
        const int dpi = 100;
        const QImage page = raster(pdf.value(), dpi);
        QVERIFY(!page.isNull());
        const layout::FormLayout &l = layout::formLayout(d.form.variant);
        QList<QRectF> allowed{l.sealArea, l.overlayQr};
        for (const auto &mark : expectedMarks(d))
            allowed.append(mark.second);
        const double mmPerPx = 25.4 / dpi;
        int inked = 0;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x) {
                if (qGray(page.pixel(x, y)) > 200)
                    continue;
                ++inked;
                const QPointF at((x + 0.5) * mmPerPx, (y + 0.5) * mmPerPx);
                bool inside = false;
                for (const QRectF &r : allowed)
                    inside = inside || r.adjusted(-0.5, -0.5, 0.5, 0.5).contains(at);
                QVERIFY2(inside, qPrintable(QStringLiteral("ink at (%1, %2) mm").arg(at.x()).arg(at.y())));
            }
        QVERIFY(inked > 500); // the marks themselves are there
        // The seal is drawn (red in its area).
        const QPoint seal = (l.sealArea.center() / mmPerPx).toPoint();
        bool red = false;
        for (int dy = -60; dy <= 60 && !red; ++dy) {
            const QColor c = page.pixelColor(seal.x(), seal.y() + dy);
            red = c.red() > 150 && c.green() < 100;
        }
        QVERIFY(red);
    }

    void qrScansFromTheMargin()
    {
        const FormPrintData d = test::sampleData(FormVariant::Online);
        auto pdf = overlayPdf({d, std::nullopt, QByteArray()}, kOffset);
        QVERIFY(pdf);
        const QString png = m_dir.filePath(QStringLiteral("qr.png"));
        QVERIFY(raster(pdf.value(), 300).save(png));
        const QString out = QString::fromUtf8(
            test::runTool(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png}));
        QCOMPARE(out.trimmed(), qrPayload(d));
    }

    void previewShowsTheFormUnderTheMarks()
    {
        const FormPrintData d = changedData(FormVariant::Online);
        QByteArray bytes;
        {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            auto writer = makePdfWriter(&buffer);
            QVERIFY(renderOverlayPreview(*writer, {d, std::nullopt, QByteArray()}));
        }
        QString text;
        for (const Word &w : words(bytes))
            text += w.text;
        for (const QString &needle : {QStringLiteral("是否健在"), QStringLiteral("经办人："), d.form.person.name,
                                      d.center.name, d.record.clerkName, QStringLiteral("√")})
            QVERIFY2(text.contains(needle), qPrintable(needle));
        // The form is faint (light grey), the marks in colour (blue).
        const QImage page = raster(bytes, 100);
        const layout::FormLayout &l = layout::formLayout(d.form.variant);
        const auto darkest = [&](const QRectF &mm, bool blue) {
            int best = 255;
            for (int y = int(mm.top() / 0.254); y < int(mm.bottom() / 0.254); ++y)
                for (int x = int(mm.left() / 0.254); x < int(mm.right() / 0.254); ++x) {
                    const QColor c = page.pixelColor(x, y);
                    if (!blue || c.blue() > c.red() + 60)
                        best = qMin(best, qGray(c.rgb()));
                }
            return best;
        };
        QVERIFY(darkest(l.aliveLabel, false) > 110);     // faint: never black
        QVERIFY(darkest(l.attestClerkName, true) < 140); // a strong blue name
    }

    void overlayOverTheBlankOriginal()
    {
        // The printed overlay (its PDF, rasterised) laid on the original as the 参保地 printed it: the tick falls in
        // the box, the date between the printed 年 月 日. Set CERTDESK_SHOTS=<dir> to keep the picture (README).
        const int dpi = 100;
        FormPrintData d = changedData(FormVariant::Online);
        auto pdf = overlayPdf({d, std::nullopt, test::samplePng()}, QPointF());
        QVERIFY(pdf);
        const QImage overlay = raster(pdf.value(), dpi);
        QImage sheet = pageImage(dpi, [&](QPainter &p) { paintOriginal(p, d.form, Qt::black); });
        QVERIFY(!overlay.isNull() && !sheet.isNull());
        for (int y = 0; y < qMin(sheet.height(), overlay.height()); ++y)
            for (int x = 0; x < qMin(sheet.width(), overlay.width()); ++x) {
                const QColor c = overlay.pixelColor(x, y);
                if (qGray(c.rgb()) > 235)
                    continue;
                const bool grey = qAbs(c.red() - c.blue()) < 30 && qAbs(c.red() - c.green()) < 30;
                // The agency's ink in blue, so it stands out from the original's black; the seal keeps its red.
                sheet.setPixelColor(x, y, grey ? QColor(0x15, 0x65, 0xc0, 255).lighter(100 + c.red() / 3) : c);
            }
        const layout::FormLayout &l = layout::formLayout(d.form.variant);
        const auto blueIn = [&](const QRectF &mm) {
            int n = 0;
            for (int y = int(mm.top() * dpi / 25.4); y < int(mm.bottom() * dpi / 25.4); ++y)
                for (int x = int(mm.left() * dpi / 25.4); x < int(mm.right() * dpi / 25.4); ++x) {
                    const QColor c = sheet.pixelColor(x, y);
                    n += c.blue() > c.red() + 60 ? 1 : 0;
                }
            return n;
        };
        QVERIFY(blueIn(l.aliveYesBox.adjusted(0.4, 0.4, -0.4, -0.4)) > 5); // the tick inside the printed box
        QCOMPARE(blueIn(l.aliveNoBox), 0);
        QCOMPARE(blueIn(l.yearMark.adjusted(0.3, 0, -0.3, 0)), 0); // the printed 年 stays clear
        QVERIFY(blueIn(l.dateYear) > 5);
        const QString shots = qEnvironmentVariable("CERTDESK_SHOTS");
        if (!shots.isEmpty())
            QVERIFY(sheet.save(shots + QStringLiteral("/overlay-online.png")));
    }

    void calibrationCrosshairsWhereLabelled()
    {
        auto pdf = calibrationPdf(kOffset);
        QVERIFY(pdf);
        const QList<Word> list = words(pdf.value());
        QString all;
        for (const Word &w : list)
            all += w.text;
        QVERIFY2(all.contains(QStringLiteral("+1.5")) && all.contains(QStringLiteral("−2.0")), qPrintable(all));
        const QImage page = raster(pdf.value(), 300);
        QVERIFY(!page.isNull());
        const double pxPerMm = 300 / 25.4;
        for (const QPointF &at : layout::calibrationLayout().crosshairs) {
            // Labelled with its nominal position …
            QVERIFY2(all.contains(QStringLiteral("X%1").arg(at.x(), 0, 'f', 1)), qPrintable(QString::number(at.x())));
            // … and drawn at it plus the offset: ink on both arms 3 mm from the centre, none 3 mm diagonally.
            const QPointF c = at + kOffset;
            const auto dark = [&](double dx, double dy) {
                const int px = int((c.x() + dx) * pxPerMm), py = int((c.y() + dy) * pxPerMm);
                int best = 255;
                for (int y = py - 1; y <= py + 1; ++y)
                    for (int x = px - 1; x <= px + 1; ++x)
                        best = qMin(best, qGray(page.pixel(x, y)));
                return best < 128;
            };
            QVERIFY(dark(3, 0) && dark(-3, 0) && dark(0, 3) && dark(0, -3));
            QVERIFY(!dark(3, -3) && !dark(-3, -3)); // above the arms: nothing (the label is below)
        }
    }
};

QTEST_MAIN(TestPrintOverlay)
#include "tst_print_overlay.moc"
