// The printed layout against the layout spec (printing/layout/formlayout.h): rules, QR and texts where the spec
// puts them (within 0.5 mm), texts inside their cells without overlap for long and missing values, the seal
// area, and a golden image of the whole page.
#include "layout/formlayout.h"
#include "pages.h"
#include "printing.h"
#include "requiretools.h"
#include "tst_print_sample.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <qrcodegen/qrcodegen.hpp>

using namespace certdesk;
using namespace certdesk::printing;

namespace {

constexpr double kDpi = 300;
constexpr double kDpmm = kDpi / 25.4;
constexpr double kTolMm = 0.5;

QImage formImage(const FormPrintJob &job, DrawLog *log = nullptr, double dpi = kDpi)
{
    return pageImage(dpi, [&](QPainter &p) { paintForm(p, job, decodeSeal(job.sealPng), log); });
}

bool dark(const QImage &img, int x, int y)
{
    return qGray(img.pixel(x, y)) < 128;
}

// Centre (mm) of the dark run crossing the scan line nearest to `expect` (mm), searched within ±1.5 mm.
double ruleAt(const QImage &img, bool horizontal, double fixedMm, double expectMm)
{
    const int fixed = qRound(fixedMm * kDpmm);
    const int lo = qRound((expectMm - 1.5) * kDpmm), hi = qRound((expectMm + 1.5) * kDpmm);
    double best = -1000;
    for (int i = lo; i <= hi; ++i) {
        if (!(horizontal ? dark(img, fixed, i) : dark(img, i, fixed)))
            continue;
        int j = i;
        while (j + 1 <= hi && (horizontal ? dark(img, fixed, j + 1) : dark(img, j + 1, fixed)))
            ++j;
        const double centre = (i + j + 1) / 2.0 / kDpmm;
        if (qAbs(centre - expectMm) < qAbs(best - expectMm))
            best = centre;
        i = j;
    }
    return best;
}

int countPixels(const QImage &img, const QRectF &mm, const std::function<bool(QRgb)> &pred)
{
    const QRect r(qRound(mm.left() * kDpmm), qRound(mm.top() * kDpmm), qRound(mm.width() * kDpmm),
                  qRound(mm.height() * kDpmm));
    int n = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            n += pred(img.pixel(x, y)) ? 1 : 0;
    return n;
}

bool isRed(QRgb c)
{
    return qRed(c) > 150 && qGreen(c) < 100 && qBlue(c) < 100;
}

bool within(const QRectF &inner, const QRectF &outer, double tol = 0.05)
{
    return inner.left() >= outer.left() - tol && inner.top() >= outer.top() - tol &&
           inner.right() <= outer.right() + tol && inner.bottom() <= outer.bottom() + tol;
}

QList<std::pair<const char *, QRectF>> specBoxes(const layout::FormLayout &l)
{
    return {{"annex", l.annex},
            {"salutation", l.salutation},
            {"letter", l.letter},
            {"issuer", l.issuer},
            {"issuerNote", l.issuerNote},
            {"replyAddress", l.replyAddress},
            {"replyUnit", l.replyUnit},
            {"replyPostcode", l.replyPostcode},
            {"replyPhone", l.replyPhone},
            {"title", l.title},
            {"formNo", l.formNo},
            {"checkCode", l.checkCode},
            {"qr", l.qr},
            {"table", l.table},
            {"notesLabel", l.notesLabel},
            {"notes", l.notes}};
}

} // namespace

class TestPrintLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void specStaysOnThePage_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("online") << int(FormVariant::Online);
        QTest::newRow("mail") << int(FormVariant::Mail);
    }
    void specStaysOnThePage()
    {
        QFETCH(int, variant);
        const layout::FormLayout &l = layout::formLayout(FormVariant(variant));
        const QRectF printable(layout::kLeft, 8, layout::kRight - layout::kLeft, layout::kBottom - 8);
        const auto boxes = specBoxes(l);
        for (const auto &[name, r] : boxes) {
            if (r.isNull())
                continue;
            QVERIFY2(within(r, printable, 0), name);
            // The top-level blocks never overlap one another (the table holds the grid cells).
            for (const auto &[other, o] : boxes)
                if (qstrcmp(other, name) != 0 && !o.isNull())
                    QVERIFY2(!r.intersects(o), qPrintable(QString::fromLatin1(name) + QLatin1String(" overlaps ") +
                                                          QString::fromLatin1(other)));
        }
        QCOMPARE(l.qr.width(), l.qr.height());
        QVERIFY(l.sealArea.width() >= 40 && l.sealArea.height() >= 40); // a 40 mm official seal fits
        QVERIFY(within(l.sealArea, l.attestCell, 0));
        for (const QRectF &r : {l.attestCenter, l.attestClerk, l.sealNote, l.attestDate}) {
            QVERIFY(within(r, l.attestCell, 0));
            QVERIFY2(!r.intersects(l.sealArea), "the seal area is kept clear of text");
        }
        QCOMPARE(FormVariant(variant) == FormVariant::Mail, !l.replyAddress.isNull());
        QCOMPARE(FormVariant(variant) == FormVariant::Online, !l.checkCode.isNull());
    }

    void rulesAndQrWhereTheSpecSays_data() { specStaysOnThePage_data(); }
    void rulesAndQrWhereTheSpecSays()
    {
        QFETCH(int, variant);
        const FormPrintData data = test::sampleData(FormVariant(variant));
        const QImage img = formImage({data, std::nullopt, {}});
        const layout::FormLayout &l = layout::formLayout(FormVariant(variant));
        // Horizontal rules, scanned 3 mm inside the table's left edge.
        for (double y : l.rows) {
            const double found = ruleAt(img, true, l.table.left() + 3, y);
            QVERIFY2(qAbs(found - y) <= kTolMm,
                     qPrintable(QStringLiteral("rule at %1 mm found at %2").arg(y).arg(found)));
        }
        // Vertical rules across the name row.
        const double scanY = l.nameLabel.top() + 1;
        for (double x : {l.table.left(), l.nameLabel.right(), l.nameValue.right(), l.sexLabel.right(),
                         l.sexValue.right(), l.birthLabel.right(), l.table.right()}) {
            const double found = ruleAt(img, false, scanY, x);
            QVERIFY2(qAbs(found - x) <= kTolMm,
                     qPrintable(QStringLiteral("rule at %1 mm found at %2").arg(x).arg(found)));
        }
        // The QR symbol sits inside its box with a quiet zone of 4 modules on every side.
        const QByteArray payload = qrPayload(data).toUtf8();
        const int n = qrcodegen::QrCode::encodeText(payload.constData(), qrcodegen::QrCode::Ecc::MEDIUM).getSize();
        const double module = l.qr.width() / (n + 2 * layout::kQrQuietModules);
        const QRectF search = l.qr.adjusted(-1, -1, 1, 1);
        int minX = INT_MAX, minY = INT_MAX, maxX = -1, maxY = -1;
        for (int y = qRound(search.top() * kDpmm); y < qRound(search.bottom() * kDpmm); ++y)
            for (int x = qRound(search.left() * kDpmm); x < qRound(search.right() * kDpmm); ++x)
                if (dark(img, x, y)) {
                    minX = qMin(minX, x), maxX = qMax(maxX, x), minY = qMin(minY, y), maxY = qMax(maxY, y);
                }
        const double quiet = layout::kQrQuietModules * module;
        QVERIFY(qAbs(minX / kDpmm - (l.qr.left() + quiet)) <= kTolMm);
        QVERIFY(qAbs(minY / kDpmm - (l.qr.top() + quiet)) <= kTolMm);
        QVERIFY(qAbs((maxX + 1) / kDpmm - (l.qr.right() - quiet)) <= kTolMm);
        QVERIFY(qAbs((maxY + 1) / kDpmm - (l.qr.bottom() - quiet)) <= kTolMm);
        QVERIFY(module >= 0.4); // readable by a counter scanner
    }

    void textsWhereTheSpecSaysInThePdf()
    {
        if (!test::haveTool(QStringLiteral("pdftotext")))
            CERTDESK_SKIP_UNLESS_REQUIRED(QStringLiteral("poppler-utils missing"));
        const FormPrintData data = test::sampleData(FormVariant::Online);
        auto pdf = formPdf({data, std::nullopt, {}});
        QVERIFY(pdf.ok());
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("f.pdf")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pdf.value());
        f.close();
        const QString html = QString::fromUtf8(
            test::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), f.fileName(), QStringLiteral("-")}));
        // <word xMin="…" yMin="…" xMax="…" yMax="…">text</word>, in points.
        const QRegularExpression word(QStringLiteral(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
        QMap<QString, QRectF> words;
        for (auto it = word.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            const double k = 25.4 / 72.0;
            words.insert(m.captured(5), QRectF(QPointF(m.captured(1).toDouble() * k, m.captured(2).toDouble() * k),
                                               QPointF(m.captured(3).toDouble() * k, m.captured(4).toDouble() * k)));
        }
        const layout::FormLayout &l = layout::formLayout(FormVariant::Online);
        const auto find = [&](const QString &needle) {
            for (auto it = words.cbegin(); it != words.cend(); ++it)
                if (it.key().contains(needle))
                    return it.value();
            return QRectF();
        };
        const QRectF formNo = find(data.form.formNo);
        QVERIFY(!formNo.isNull());
        QVERIFY(qAbs(formNo.left() - l.formNo.left()) <= kTolMm); // left-aligned, no padding
        QVERIFY(within(formNo, l.formNo, kTolMm));
        const QRectF name = find(QStringLiteral("李秀英")); // also in the salutation: take the one in the table
        QVERIFY(!name.isNull());
        const QRectF inCell = words.contains(data.form.person.name) ? words.value(data.form.person.name) : name;
        QVERIFY(within(inCell, l.nameValue, kTolMm));
        QVERIFY(qAbs(inCell.center().x() - l.nameValue.center().x()) <= kTolMm); // centred
        const QRectF id = find(data.form.person.idNo);
        QVERIFY(within(id, l.idValue, kTolMm));
        QVERIFY(qAbs(id.center().x() - l.idValue.center().x()) <= kTolMm);
        const QRectF clerk = find(QStringLiteral("王芳"));
        QVERIFY(within(clerk, l.attestClerk, kTolMm));
    }

    void textFitsItsCell_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("missing");
        const QString longAddress = QStringLiteral("新疆维吾尔自治区伊犁哈萨克自治州伊宁市解放西路街道办事处斯大林街社"
                                                   "区第三居民小组幸福家园小区12号楼3单元502室");
        QTest::newRow("sample online") << int(FormVariant::Online) << QStringLiteral("李秀英")
                                       << QStringLiteral("广州市荔湾区沙面南街12号") << false;
        QTest::newRow("four-character name") << int(FormVariant::Online) << QStringLiteral("欧阳秀英")
                                             << QStringLiteral("广州市荔湾区沙面南街12号") << false;
        QTest::newRow("long name, long address, mail")
            << int(FormVariant::Mail) << QStringLiteral("阿卜杜热合曼·买买提艾力") << longAddress << false;
        QTest::newRow("missing optional fields, online")
            << int(FormVariant::Online) << QStringLiteral("张三") << QString() << true;
        QTest::newRow("missing optional fields, mail")
            << int(FormVariant::Mail) << QStringLiteral("张三") << longAddress << true;
    }
    void textFitsItsCell()
    {
        QFETCH(int, variant);
        QFETCH(QString, name);
        QFETCH(QString, address);
        QFETCH(bool, missing);
        FormPrintData data = test::sampleData(FormVariant(variant));
        data.form.person.name = name;
        data.form.person.address = address;
        data.record.change.address = address; // the 信息变更 block wraps the same way
        data.center.name = QStringLiteral("新疆维吾尔自治区伊犁哈萨克自治州伊宁市解放西路街道劳动就业社会保障服务中心");
        if (missing) {
            data.form.person.personNo.clear();
            data.form.person.phone.clear();
            data.form.person.postcode.clear();
            data.form.person.birth.clear();
            data.form.person.sex = QChar();
            data.form.reply = {};
            data.form.insuredAgency.clear();
        }
        DrawLog log;
        formImage({data, QDate(2026, 5, 12), test::samplePng()}, &log);
        QVERIFY(log.size() > 30);
        bool sawName = false, sawAddress = false;
        for (const DrawnText &t : log) {
            QVERIFY2(within(t.covered, t.cell),
                     qPrintable(QStringLiteral("%1 spills out of its cell (%2 %3 %4 %5 vs %6 %7 %8 %9)")
                                    .arg(t.id)
                                    .arg(t.covered.left())
                                    .arg(t.covered.top())
                                    .arg(t.covered.right())
                                    .arg(t.covered.bottom())
                                    .arg(t.cell.left())
                                    .arg(t.cell.top())
                                    .arg(t.cell.right())
                                    .arg(t.cell.bottom())));
            QVERIFY(t.scale >= layout::kMinScale);
            for (const DrawnText &o : log)
                if (&o != &t && !t.covered.isEmpty() && !o.covered.isEmpty())
                    QVERIFY2(!t.covered.intersects(o.covered), qPrintable(t.id + QLatin1String(" overlaps ") + o.id));
            if (t.id == QLatin1String("nameValue")) {
                sawName = t.text == name;
                QVERIFY2(t.covered.width() > 0, "the name is drawn");
            }
            if (t.id == QLatin1String("addressValue") && !address.isEmpty()) {
                sawAddress = t.text == address;
                if (address.size() > 40)
                    QVERIFY2(t.covered.height() > layout::kFont.value * 1.5, "a long address wraps");
            }
        }
        QVERIFY(sawName);
        QVERIFY(address.isEmpty() || sawAddress);
    }

    void sealAreaBlankOrSeal()
    {
        const FormPrintData data = test::sampleData(FormVariant::Online);
        const layout::FormLayout &l = layout::formLayout(FormVariant::Online);
        const QRectF inside = l.sealArea.adjusted(0.3, 0.3, -0.3, -0.3);
        const QImage blank = formImage({data, std::nullopt, {}});
        QCOMPARE(countPixels(blank, inside, [](QRgb c) { return qGray(c) < 230; }), 0);
        const QImage sealed = formImage({data, std::nullopt, test::samplePng()});
        QVERIFY(countPixels(sealed, inside, isRed) > 1000);
        // Transparent background: the text under and around it is untouched, nothing red outside the area.
        QCOMPARE(countPixels(sealed, QRectF(0, 0, 210, l.sealArea.top() - 0.2), isRed), 0);
        QCOMPARE(countPixels(sealed, QRectF(0, l.sealArea.top(), l.sealArea.left() - 0.2, l.sealArea.height()), isRed),
                 0);
        // An undecodable seal prints as no seal.
        const QImage broken = formImage({data, std::nullopt, QByteArray("not a png")});
        QCOMPARE(countPixels(broken, inside, [](QRgb c) { return qGray(c) < 230; }), 0);
    }

    void chosenBoxIsTicked_data()
    {
        QTest::addColumn<bool>("alive");
        QTest::newRow("是") << true;
        QTest::newRow("否") << false;
    }
    void chosenBoxIsTicked()
    {
        QFETCH(bool, alive);
        FormPrintData data = test::sampleData(FormVariant::Mail);
        data.record.alive = alive;
        const QImage img = formImage({data, std::nullopt, {}});
        const layout::FormLayout &l = layout::formLayout(FormVariant::Mail);
        const auto inked = [&](const QRectF &box) {
            return countPixels(img, box.adjusted(0.7, 0.7, -0.7, -0.7), [](QRgb c) { return qGray(c) < 128; });
        };
        QVERIFY(inked(alive ? l.aliveYesBox : l.aliveNoBox) > 200);
        QCOMPARE(inked(alive ? l.aliveNoBox : l.aliveYesBox), 0);
    }

    void goldenPage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("variant");
        QTest::addColumn<bool>("receipt");
        QTest::newRow("附表1") << QStringLiteral("form-online-60dpi.png") << int(FormVariant::Online) << false;
        QTest::newRow("附表2") << QStringLiteral("form-mail-60dpi.png") << int(FormVariant::Mail) << false;
        QTest::newRow("receipt") << QStringLiteral("receipt-60dpi.png") << int(FormVariant::Online) << true;
    }
    // The whole page against a committed image at 60 dpi. Antialiasing and font rasterisation differ a little
    // between Qt and FreeType versions, so a pixel counts as different only past a grey-level margin, and up to
    // 1 % of the page may differ; a moved rule, a missing text or a shifted block exceeds that.
    void goldenPage()
    {
        QFETCH(QString, file);
        QFETCH(int, variant);
        QFETCH(bool, receipt);
        const FormPrintJob job{test::sampleData(FormVariant(variant)), std::nullopt, test::samplePng()};
        const QImage img = pageImage(60, [&](QPainter &p) {
            if (receipt)
                paintReceipt(p, job);
            else
                paintForm(p, job, decodeSeal(job.sealPng));
        });
        const QString path = QStringLiteral(CERTDESK_TEST_DATA "/golden/") + file;
        // README pictures (docs/screenshots/form-online.png, form-mail.png) come from the same pages.
        if (const QString shots = qEnvironmentVariable("CERTDESK_SCREENSHOTS"); !shots.isEmpty() && !receipt)
            QVERIFY(img.save(shots + (FormVariant(variant) == FormVariant::Online ? QStringLiteral("/form-online.png")
                                                                                  : QStringLiteral("/form-mail.png"))));
        if (qEnvironmentVariableIsSet("CERTDESK_UPDATE_GOLDEN")) {
            QDir().mkpath(QStringLiteral(CERTDESK_TEST_DATA "/golden"));
            QVERIFY(img.convertToFormat(QImage::Format_Grayscale8).save(path));
            QSKIP("golden image written");
        }
        const QImage golden = QImage(path).convertToFormat(QImage::Format_Grayscale8);
        QVERIFY2(!golden.isNull(), qPrintable(path));
        const QImage now = img.convertToFormat(QImage::Format_Grayscale8);
        QCOMPARE(now.size(), golden.size());
        qint64 differ = 0;
        for (int y = 0; y < now.height(); ++y) {
            const uchar *a = now.constScanLine(y), *b = golden.constScanLine(y);
            for (int x = 0; x < now.width(); ++x)
                differ += qAbs(int(a[x]) - int(b[x])) > 96 ? 1 : 0;
        }
        const double share = double(differ) / (now.width() * now.height());
        QVERIFY2(share < 0.01, qPrintable(QStringLiteral("%1 % of the pixels differ").arg(share * 100, 0, 'f', 2)));
        // …and the comparison is not blind: the other variant differs by far more.
        if (!receipt) {
            const FormPrintJob other{test::sampleData(FormVariant(1 - variant)), std::nullopt, {}};
            const QImage o = pageImage(60, [&](QPainter &p) {
                                 paintForm(p, other, QImage());
                             }).convertToFormat(QImage::Format_Grayscale8);
            qint64 d2 = 0;
            for (int y = 0; y < o.height(); ++y)
                for (int x = 0; x < o.width(); ++x)
                    d2 += qAbs(int(o.constScanLine(y)[x]) - int(golden.constScanLine(y)[x])) > 96 ? 1 : 0;
            QVERIFY(double(d2) / (o.width() * o.height()) > 0.02);
        }
    }
};

QTEST_MAIN(TestPrintLayout)
#include "tst_print_layout.moc"
