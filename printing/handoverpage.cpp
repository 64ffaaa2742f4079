// 移交清单: the handover list of retained 附表1 originals (转送 to the county, 97号 三), with its batch QR.
#include "canvas.h"
#include "layout/formlayout.h"
#include "pages.h"
#include "qr.h"

#include <QCryptographicHash>

namespace certdesk::printing {

namespace {

// Prescribed wording of the list, printed in Chinese whatever the interface language (like layout/formtext.h).
const QString kTitle = QStringLiteral("留存认证表移交清单");
const QString kSubtitle = QStringLiteral("《异地居住人员领取社会保险待遇资格协助认证表》（附表1）原件");
const QString kInstitution = QStringLiteral("移交单位：%1（%2）");
const QString kBatch = QStringLiteral("批次号：%1");
const QString kCreated = QStringLiteral("制表：%1　%2");
const QString kColumns[] = {QStringLiteral("序号"), QStringLiteral("认证表编号"), QStringLiteral("姓名"),
                            QStringLiteral("认证日期"), QStringLiteral("经办人")};
const QString kCount = QStringLiteral("本批共 %1 份。");
const QString kSignatures[] = {QStringLiteral("移交人："), QStringLiteral("接收人："), QStringLiteral("日期：")};
const QString kPage = QStringLiteral("第 %1 页 共 %2 页");

// Millimetres on A4 portrait.
constexpr double kCols[] = {layout::kLeft,      layout::kLeft + 14,  layout::kLeft + 62,
                            layout::kLeft + 97, layout::kLeft + 132, layout::kRight};
constexpr int kColumnCount = 5;
constexpr double kQrSize = 30.0;
const QRectF kQrArea(layout::kRight - kQrSize, 10.0, kQrSize, kQrSize);
constexpr double kTableTop = 48.0;
constexpr double kHeaderH = 9.0;
constexpr double kRowH = 8.0;
constexpr int kRowsPerPage = 24; // leaves room for the count and the signature lines below the last row

} // namespace

QString handoverBatchId(const HandoverPrintData &data)
{
    return data.center.code + QLatin1Char('/') + QString::number(data.batch);
}

QString handoverQrPayload(const HandoverPrintData &data)
{
    QStringList forms;
    for (const HandoverPrintItem &i : data.items)
        forms << i.formNo;
    const QByteArray digest =
        QCryptographicHash::hash(forms.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("CDHO1|%1|%2|%3|%4")
        .arg(handoverBatchId(data))
        .arg(data.items.size())
        .arg(data.createdAt.date().toString(QStringLiteral("yyyyMMdd")), QString::fromLatin1(digest));
}

int handoverPageCount(const HandoverPrintData &data)
{
    return qMax(1, int((data.items.size() + kRowsPerPage - 1) / kRowsPerPage));
}

void paintHandoverPage(QPainter &painter, const HandoverPrintData &data, int page, DrawLog *log)
{
    Canvas c(painter, log);
    const int pages = handoverPageCount(data);
    const double width = layout::kRight - layout::kLeft;
    c.text(QStringLiteral("title"), QRectF(layout::kLeft, 14, width - kQrSize, 10), kTitle, layout::kFont.title,
           Qt::AlignCenter, true, 0);
    c.text(QStringLiteral("subtitle"), QRectF(layout::kLeft, 24, width - kQrSize, 7), kSubtitle, layout::kFont.body,
           Qt::AlignCenter, false, 0);
    drawQr(c, kQrArea, handoverQrPayload(data));
    const int left = Qt::AlignLeft | Qt::AlignVCenter;
    c.text(QStringLiteral("institution"), QRectF(layout::kLeft, 34, 110, 6),
           kInstitution.arg(data.center.name, data.center.code), layout::kFont.body, left, false, 0);
    c.text(QStringLiteral("batch"), QRectF(layout::kLeft, 40, 70, 6), kBatch.arg(handoverBatchId(data)),
           layout::kFont.body, left, true, 0);
    c.text(QStringLiteral("created"), QRectF(layout::kLeft + 70, 40, 70, 6),
           kCreated.arg(data.createdBy, data.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
           layout::kFont.body, left, false, 0);
    for (int col = 0; col < kColumnCount; ++col)
        c.text(QStringLiteral("header.%1").arg(col),
               QRectF(kCols[col], kTableTop, kCols[col + 1] - kCols[col], kHeaderH), kColumns[col], layout::kFont.label,
               Qt::AlignCenter, true);
    const int first = page * kRowsPerPage;
    const int count = qMax(0, qMin(kRowsPerPage, int(data.items.size()) - first));
    for (int i = 0; i < count; ++i) {
        const HandoverPrintItem &item = data.items[first + i];
        const double y = kTableTop + kHeaderH + i * kRowH;
        const QString cells[] = {QString::number(item.line), item.formNo, item.name, item.date.toString(Qt::ISODate),
                                 item.clerkName};
        for (int col = 0; col < kColumnCount; ++col)
            c.text(QStringLiteral("row%1.col%2").arg(first + i).arg(col),
                   QRectF(kCols[col], y, kCols[col + 1] - kCols[col], kRowH), cells[col], layout::kFont.value,
                   col == 0 ? int(Qt::AlignCenter) : left);
    }
    const double bottom = kTableTop + kHeaderH + count * kRowH;
    c.frame(QRectF(kCols[0], kTableTop, width, bottom - kTableTop), 0.5);
    for (int i = 0; i <= count; ++i)
        c.line({kCols[0], kTableTop + kHeaderH + i * kRowH}, {layout::kRight, kTableTop + kHeaderH + i * kRowH},
               i == 0 ? 0.4 : 0.2);
    for (int col = 1; col < kColumnCount; ++col)
        c.line({kCols[col], kTableTop}, {kCols[col], bottom}, 0.2);
    if (page == pages - 1) { // the count and the signatures close the list
        c.text(QStringLiteral("count"), QRectF(layout::kLeft, bottom + 3, width, 7), kCount.arg(data.items.size()),
               layout::kFont.body, left, true, 0);
        const double third = width / 3;
        for (int i = 0; i < 3; ++i) {
            const QRectF cell(layout::kLeft + i * third, bottom + 16, third - 4, 8);
            c.text(QStringLiteral("sign.%1").arg(i), cell, kSignatures[i], layout::kFont.body, left, false, 0);
            c.line({cell.left() + 18, cell.bottom()}, {cell.right(), cell.bottom()}, 0.2);
        }
    }
    c.text(QStringLiteral("pageNo"), QRectF(layout::kLeft, layout::kBottom - 6, width, 5),
           kPage.arg(page + 1).arg(pages), layout::kFont.note, Qt::AlignRight | Qt::AlignVCenter, false, 0);
}

} // namespace certdesk::printing
