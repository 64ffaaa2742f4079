#pragma once

// Sample print data shared by the tst_print_* tests (header only: not a test of its own).

#include "printing.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>

namespace certdesk::test {

inline CenterConfig sampleCenter()
{
    CenterConfig c;
    c.code = QStringLiteral("440103001");
    c.name = QStringLiteral("广州市荔湾区沙面街劳动就业社会保障服务中心");
    c.address = QStringLiteral("广州市荔湾区沙面北街45号");
    c.contact = QStringLiteral("陈晓明");
    c.department = QStringLiteral("社保服务窗口");
    c.title = QStringLiteral("科员");
    c.phone = QStringLiteral("020-81234567");
    return c;
}

inline FormPrintData sampleData(FormVariant variant)
{
    FormPrintData d;
    Form &f = d.form;
    f.formNo = variant == FormVariant::Online ? QStringLiteral("WS2026000123") : QStringLiteral("YJ2026000456");
    f.checkCode = QStringLiteral("8K3Q7Z");
    f.variant = variant;
    f.person = {QStringLiteral("李秀英"),        QLatin1Char('F'),
                QStringLiteral("1949-12"),       QStringLiteral("11010519491231002X"),
                QStringLiteral("4401030012345"), QStringLiteral("广州市荔湾区沙面南街12号"),
                QStringLiteral("510130"),        QStringLiteral("13800138000")};
    f.insuredAgency = QStringLiteral("北京市西城区社会保险事业管理中心");
    f.dueDate = QDate(2026, 6, 30);
    f.cycle = 2026;
    f.reply = {QStringLiteral("北京市西城区社会保险事业管理中心"), QStringLiteral("北京市西城区月坛南街1号"),
               QStringLiteral("100045"), QStringLiteral("010-68001234")};
    CertificationRecord &r = d.record;
    r.uuid = QStringLiteral("6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f");
    r.formNo = f.formNo;
    r.cycle = 2026;
    r.alive = true;
    r.clerk = QStringLiteral("wangfang");
    r.clerkName = QStringLiteral("王芳");
    r.centerCode = QStringLiteral("440103001");
    r.certifiedAt = QDateTime(QDate(2026, 5, 10), QTime(2, 0), Qt::UTC);
    r.localDate = QDate(2026, 5, 10);
    d.center = sampleCenter();
    return d;
}

// A round 40 mm-ish red seal with a transparent background, as PNG bytes.
inline QByteArray samplePng(bool transparent = true)
{
    QImage img(240, 240, QImage::Format_ARGB32);
    img.fill(transparent ? Qt::transparent : Qt::white);
    {
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(200, 0, 0), 10));
        p.drawEllipse(QRectF(10, 10, 220, 220));
        p.setBrush(QColor(200, 0, 0));
        p.drawEllipse(QRectF(100, 100, 40, 40));
    }
    if (!transparent)
        img = img.convertToFormat(QImage::Format_RGB32);
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return bytes;
}

// Runs a tool, returns its stdout; empty on failure.
inline QByteArray runTool(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput();
}

inline bool haveTool(const QString &name)
{
    return !QStandardPaths::findExecutable(name).isEmpty();
}

} // namespace certdesk::test
