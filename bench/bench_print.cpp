// Printing: one stamped form (with the electronic seal and QR) rendered to a PDF file, and a day of 500 forms
// rendered into one PDF file through renderDay, as the counter's "print the day" does.
//
// Usage: bench_print [WORK_DIR]   (default $CERTDESK_BENCH_DIR or /tmp/certdesk-bench)

#include "benchsupport.h"
#include "printing.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cstdio>

using namespace certdesk;
using namespace certdesk::bench;

namespace {

constexpr int kFormRuns = 50;
constexpr int kDayForms = 500;
constexpr int kDayRuns = 2;
constexpr double kFormTargetMs = 50;
constexpr double kDayTargetMs = 20000;

QByteArray sealPng()
{
    QImage img(480, 480, QImage::Format_ARGB32);
    img.fill(Qt::transparent);
    {
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(200, 0, 0), 16));
        p.drawEllipse(QRectF(16, 16, 448, 448));
    }
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return bytes;
}

printing::FormPrintJob job(int index, const QDate &today, const QByteArray &seal)
{
    FormPrintData d;
    d.form = benchForm(index, today);
    d.record.uuid = QStringLiteral("00000000-0000-4000-8000-%1").arg(index, 12, 10, QLatin1Char('0'));
    d.record.formNo = d.form.formNo;
    d.record.alive = index % 50 != 0;
    d.record.clerkName = QStringLiteral("王芳");
    d.record.localDate = today;
    d.center.code = QStringLiteral("440103001");
    d.center.name = QStringLiteral("广州市荔湾区沙面街劳动就业社会保障服务中心");
    if (index % 10 == 0)
        d.record.change.address = QStringLiteral("广州市越秀区北京路88号");
    return {d, std::nullopt, seal};
}

Result<qint64> oneForm(const QString &path, const printing::FormPrintJob &j)
{
    QElapsedTimer timer;
    timer.start();
    {
        auto writer = printing::makePdfWriter(path);
        if (auto s = printing::renderForm(*writer, j); !s)
            return s.error();
    } // the file is complete when the writer is gone
    return timer.nsecsElapsed();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QString dir = workDir(argc, argv);
    if (dir.isEmpty()) {
        std::fprintf(stderr, "cannot create the work directory\n");
        return 2;
    }
    const QDate today(2026, 5, 10);
    const QByteArray seal = sealPng();
    const QString formPath = dir + QStringLiteral("/print-form.pdf");

    // The first form loads the CJK font; reported, not judged (the GUI pays it once per process).
    auto cold = oneForm(formPath, job(0, today, seal));
    if (!cold) {
        std::fprintf(stderr, "render failed: %s\n", qPrintable(cold.error().message));
        return 2;
    }
    std::printf("first form of the process (font loading included): %s\n", qPrintable(fmtMs(cold.value() / 1e6)));
    QList<qint64> times;
    for (int i = 1; i <= kFormRuns; ++i) {
        auto t = oneForm(formPath, job(i, today, seal));
        if (!t) {
            std::fprintf(stderr, "render failed: %s\n", qPrintable(t.error().message));
            return 2;
        }
        times.append(t.value());
    }
    const Stats form = summarize(times);
    std::printf("one stamped form to PDF: median %s, p95 %s over %d runs, %lld bytes\n",
                qPrintable(fmtMs(form.medianMs)), qPrintable(fmtMs(form.p95Ms)), kFormRuns, QFileInfo(formPath).size());

    QList<printing::FormPrintJob> day;
    for (int i = 0; i < kDayForms; ++i)
        day.append(job(1000 + i, today, seal));
    const QString dayPath = dir + QStringLiteral("/print-day.pdf");
    QList<qint64> dayTimes;
    for (int run = 0; run < kDayRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        {
            auto writer = printing::makePdfWriter(dayPath);
            if (auto s = printing::renderDay(*writer, day, [](int, int) { return true; }); !s) {
                std::fprintf(stderr, "render failed: %s\n", qPrintable(s.error().message));
                return 2;
            }
        }
        dayTimes.append(timer.nsecsElapsed());
    }
    const double dayMs = *std::max_element(dayTimes.cbegin(), dayTimes.cend()) / 1e6;
    std::printf("a day of %d forms into one PDF: worst of %d runs %s (%s per form), %lld bytes\n", kDayForms, kDayRuns,
                qPrintable(fmtMs(dayMs)), qPrintable(fmtMs(dayMs / kDayForms)), QFileInfo(dayPath).size());

    bool ok =
        verdict(form.medianMs < kFormTargetMs,
                QStringLiteral("print: one stamped form to PDF, median %1 (target < 50 ms)").arg(fmtMs(form.medianMs)));
    ok = verdict(dayMs < kDayTargetMs,
                 QStringLiteral("print: a day of 500 forms into one PDF, %1 (target < 20 s)").arg(fmtMs(dayMs))) &&
         ok;
    QFile::remove(formPath);
    QFile::remove(dayPath);
    return ok ? 0 : 1;
}
