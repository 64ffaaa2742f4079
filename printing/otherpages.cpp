#include "canvas.h"
#include "layout/formlayout.h"
#include "layout/formtext.h"
#include "pages.h"

namespace certdesk::printing {

namespace {

constexpr int kCenter = Qt::AlignCenter;
constexpr int kLeftMid = Qt::AlignLeft | Qt::AlignVCenter;

} // namespace

QString maskedId(const QString &idNo)
{
    const QString id = idNo.trimmed();
    if (id.size() <= 10)
        return QString(id.size(), QLatin1Char('*'));
    return id.left(6) + QString(id.size() - 10, QLatin1Char('*')) + id.right(4);
}

void paintReceipt(QPainter &painter, const FormPrintJob &job, DrawLog *log)
{
    Canvas c(painter, log);
    const layout::ReceiptLayout &l = layout::receiptLayout();
    const FormPrintData &d = job.data;
    if (job.reprintDate) {
        c.frame(l.reprintMark, 0.4);
        c.text(QStringLiteral("reprintMark"), l.reprintMark, text::kReprint.arg(chineseDate(*job.reprintDate)),
               layout::kFont.body, kCenter, true);
    }
    c.text(QStringLiteral("title"), l.title, text::kReceiptTitle, layout::kFont.title, kCenter, true, 0);
    const QDate next = d.record.alive ? nextDueDate(d.center, d.record.localDate) : QDate();
    const QString values[] = {d.form.formNo,
                              d.form.person.name,
                              maskedId(d.form.person.idNo),
                              d.record.alive ? text::kResultAlive : text::kResultDeceased,
                              chineseDate(d.record.localDate),
                              d.center.name,
                              d.record.clerkName,
                              next.isValid() ? chineseDate(next) : text::kNotApplicable};
    static const char *const ids[] = {"formNo", "name", "idNo", "result", "date", "center", "clerk", "nextDue"};
    for (int i = 0; i < l.rowCount; ++i) {
        c.text(QStringLiteral("label.") + QLatin1String(ids[i]), l.labelRect(i),
               text::kReceiptLabels[i] + QStringLiteral("："), layout::kFont.value, Qt::AlignRight | Qt::AlignVCenter,
               false, 0);
        c.text(QLatin1String(ids[i]), l.valueRect(i), values[i], layout::kFont.value, kLeftMid, false);
        c.line({l.valueX, l.labelRect(i).bottom() - 1}, {l.valueX + l.valueW, l.labelRect(i).bottom() - 1}, 0.2);
    }
    QString note =
        d.form.variant == FormVariant::Mail ? text::kReceiptMailBack + text::kReceiptNote : text::kReceiptNote;
    if (!d.center.phone.trimmed().isEmpty())
        note += text::kReceiptPhone.arg(d.center.phone.trimmed());
    c.text(QStringLiteral("note"), l.note, note, layout::kFont.note, Qt::AlignLeft | Qt::AlignTop, false, 0);
    c.line({0, l.cutY}, {layout::kA4.width(), l.cutY}, 0.2, Qt::DashLine);
    c.text(QStringLiteral("cut"), QRectF(layout::kRight - 30, l.cutY + 0.5, 30, 5), text::kCutHere, layout::kFont.small,
           Qt::AlignRight | Qt::AlignTop, false, 0);
}

namespace {

struct ReportLine
{
    QString date;
    QString clerk;
    int alive = 0, deceased = 0, changes = 0, refusals = 0;
    bool total = false;
};

QList<ReportLine> reportLines(const WorkloadPrintData &data)
{
    QList<ReportLine> lines;
    QMap<QString, ReportLine> perClerk;
    ReportLine all{text::kTotal, QString(), 0, 0, 0, 0, true};
    for (const WorkloadRow &r : data.rows) {
        const QString name = data.clerkNames.value(r.clerk, r.clerk);
        lines.append({r.date.toString(Qt::ISODate), name, r.alive, r.deceased, r.addressChanges, r.refusals, false});
        ReportLine &t = perClerk[name];
        t.date = text::kSubtotal;
        t.clerk = name;
        t.total = true;
        t.alive += r.alive;
        t.deceased += r.deceased;
        t.changes += r.addressChanges;
        t.refusals += r.refusals;
        all.alive += r.alive;
        all.deceased += r.deceased;
        all.changes += r.addressChanges;
        all.refusals += r.refusals;
    }
    if (lines.isEmpty())
        lines.append({text::kNoRecords, QString(), 0, 0, 0, 0, false});
    for (const ReportLine &t : perClerk)
        lines.append(t);
    lines.append(all);
    return lines;
}

} // namespace

int workloadPageCount(const WorkloadPrintData &data)
{
    const int perPage = layout::workloadLayout().rowsPerPage();
    const int n = int(reportLines(data).size());
    return qMax(1, (n + perPage - 1) / perPage);
}

void paintWorkloadPage(QPainter &painter, const WorkloadPrintData &data, int page, DrawLog *log)
{
    Canvas c(painter, log);
    const layout::WorkloadLayout &l = layout::workloadLayout();
    const QList<ReportLine> lines = reportLines(data);
    const int perPage = l.rowsPerPage();
    const int pages = qMax(1, int((lines.size() + perPage - 1) / perPage));
    c.text(QStringLiteral("center"), l.center,
           data.center.name + QStringLiteral("（") + data.center.code + QStringLiteral("）"), layout::kFont.body,
           kCenter, false, 0);
    c.text(QStringLiteral("title"), l.title, text::kWorkloadTitle, layout::kFont.title, kCenter, true, 0);
    c.text(QStringLiteral("range"), l.range,
           text::kWorkloadRange.arg(data.from.toString(Qt::ISODate), data.to.toString(Qt::ISODate)), layout::kFont.body,
           kCenter, false, 0);
    const int columns = int(l.columns.size()) - 1;
    for (int col = 0; col < columns; ++col)
        c.text(QStringLiteral("header.%1").arg(col), l.headerCell(col), text::kWorkloadColumns[col],
               layout::kFont.label, kCenter, true);
    const int first = page * perPage;
    const int count = qMax(0, qMin(perPage, int(lines.size()) - first));
    for (int i = 0; i < count; ++i) {
        const ReportLine &line = lines[first + i];
        const QString cells[] = {line.date,
                                 line.clerk,
                                 QString::number(line.alive),
                                 QString::number(line.deceased),
                                 QString::number(line.changes),
                                 QString::number(line.refusals),
                                 QString::number(line.alive + line.deceased)};
        const bool empty = !line.total && line.clerk.isEmpty();
        for (int col = 0; col < columns; ++col) {
            if (empty && col > 0)
                break;
            const QRectF cell =
                empty ? QRectF(l.cell(i, 0).topLeft(), l.cell(i, columns - 1).bottomRight()) : l.cell(i, col);
            c.text(QStringLiteral("row%1.col%2").arg(first + i).arg(col), cell, cells[col], layout::kFont.value,
                   col < 2 ? kLeftMid : (Qt::AlignRight | Qt::AlignVCenter), line.total);
        }
    }
    // Grid: header and rows drawn on this page.
    const double top = l.tableTop, bottom = l.tableTop + l.headerH + count * l.rowH;
    c.frame(QRectF(l.columns.first(), top, l.columns.last() - l.columns.first(), bottom - top), 0.5);
    for (int i = 0; i <= count; ++i) {
        const double y = l.tableTop + l.headerH + i * l.rowH;
        c.line({l.columns.first(), y}, {l.columns.last(), y}, i == 0 ? 0.4 : 0.2);
    }
    for (int col = 1; col < columns; ++col)
        c.line({l.columns[col], top}, {l.columns[col], bottom}, 0.2);
    c.text(QStringLiteral("printedBy"), l.printedBy,
           text::kPrintedBy.arg(data.printedBy, data.printedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
           layout::kFont.note, kLeftMid, false, 0);
    c.text(QStringLiteral("pageNo"), l.pageNo, text::kPageNo.arg(page + 1).arg(pages), layout::kFont.note,
           Qt::AlignRight | Qt::AlignVCenter, false, 0);
}

void paintInstitutionSheet(QPainter &painter, const CenterConfig &center, DrawLog *log)
{
    Canvas c(painter, log);
    const layout::InstitutionLayout &l = layout::institutionLayout();
    c.text(QStringLiteral("annex"), l.annex, text::kInstitutionAnnex, layout::kFont.body, kLeftMid, true, 0);
    c.text(QStringLiteral("title"), l.title, text::kInstitutionTitle, layout::kFont.title, kCenter, true, 0);
    c.text(QStringLiteral("authority"), l.authority, text::kInstitutionAuthority, layout::kFont.body, kLeftMid, false,
           0);
    const QString values[] = {center.name,       center.address, center.contact,
                              center.department, center.title,   center.phone};
    const int columns = int(l.columns.size()) - 1;
    for (int col = 0; col < columns; ++col) {
        c.text(QStringLiteral("header.%1").arg(col), l.headerCell(col), text::kInstitutionColumns[col],
               layout::kFont.label, kCenter, true);
        c.text(QStringLiteral("cell.%1").arg(col), l.cell(col), values[col], layout::kFont.value, kCenter);
    }
    const double bottom = l.tableTop + l.headerH + l.rowH;
    c.frame(QRectF(l.columns.first(), l.tableTop, l.columns.last() - l.columns.first(), bottom - l.tableTop), 0.5);
    c.line({l.columns.first(), l.tableTop + l.headerH}, {l.columns.last(), l.tableTop + l.headerH});
    for (int col = 1; col < columns; ++col)
        c.line({l.columns[col], l.tableTop}, {l.columns[col], bottom});
}

} // namespace certdesk::printing
