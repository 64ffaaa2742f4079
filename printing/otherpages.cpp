#include "canvas.h"
#include "layout/formlayout.h"
#include "layout/formtext.h"
#include "pages.h"

#include "domain/workload.h"

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
    WorkloadRow counts;
    bool total = false;
};

void add(WorkloadRow &to, const WorkloadRow &r)
{
    to = workloadTotal({to, r});
}

QList<ReportLine> reportLines(const WorkloadPrintData &data)
{
    QList<ReportLine> lines;
    QMap<QString, ReportLine> perClerk;
    ReportLine all{text::kTotal, QString(), {}, true};
    for (const WorkloadRow &r : data.rows) {
        QString name = r.clerkName.isEmpty() ? data.clerkNames.value(r.clerk, r.clerk) : r.clerkName;
        if (data.byCenter)
            name += QStringLiteral("（") + r.center + QStringLiteral("）");
        lines.append({r.date.toString(Qt::ISODate), name, r, false});
        ReportLine &t = perClerk[name];
        t.date = text::kSubtotal;
        t.clerk = name;
        t.total = true;
        add(t.counts, r);
        add(all.counts, r);
    }
    if (lines.isEmpty())
        lines.append({text::kNoRecords, QString(), {}, false});
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
        const WorkloadRow &n = line.counts;
        const QString cells[] = {line.date,
                                 line.clerk,
                                 QString::number(n.onlineAlive),
                                 QString::number(n.onlineDeceased),
                                 QString::number(n.mailAlive),
                                 QString::number(n.mailDeceased),
                                 QString::number(n.addressChanges),
                                 QString::number(n.corrections),
                                 QString::number(n.refusals),
                                 QString::number(n.alive + n.deceased)};
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
    paintInstitutionPage(painter, {center}, 0, log);
}

int institutionPageCount(const QList<CenterConfig> &centers)
{
    const int perPage = layout::institutionLayout().listRowsPerPage();
    return centers.size() <= 1 ? 1 : int((centers.size() + perPage - 1) / perPage);
}

void paintInstitutionPage(QPainter &painter, const QList<CenterConfig> &centers, int page, DrawLog *log)
{
    Canvas c(painter, log);
    const layout::InstitutionLayout &l = layout::institutionLayout();
    c.text(QStringLiteral("annex"), l.annex, text::kInstitutionAnnex, layout::kFont.body, kLeftMid, true, 0);
    c.text(QStringLiteral("title"), l.title, text::kInstitutionTitle, layout::kFont.title, kCenter, true, 0);
    c.text(QStringLiteral("authority"), l.authority, text::kInstitutionAuthority, layout::kFont.body, kLeftMid, false,
           0);
    // One center (the counter's own sheet): the tall row of the notice. Several (the county's): list rows, paged.
    const bool single = centers.size() <= 1;
    const int perPage = single ? 1 : l.listRowsPerPage();
    const int first = page * perPage;
    const int count = single ? 1 : qMax(0, qMin(perPage, int(centers.size()) - first));
    const double rowH = single ? l.rowH : l.listRowH;
    const int columns = int(l.columns.size()) - 1;
    for (int col = 0; col < columns; ++col)
        c.text(QStringLiteral("header.%1").arg(col), l.headerCell(col), text::kInstitutionColumns[col],
               layout::kFont.label, kCenter, true);
    for (int i = 0; i < count; ++i) {
        const CenterConfig center = centers.isEmpty() ? CenterConfig() : centers.at(first + i);
        const QString values[] = {center.name,       center.address, center.contact,
                                  center.department, center.title,   center.phone};
        for (int col = 0; col < columns; ++col) {
            const QRectF cell = single ? l.cell(col) : l.listCell(i, col);
            const QString id =
                single ? QStringLiteral("cell.%1").arg(col) : QStringLiteral("row%1.cell.%2").arg(first + i).arg(col);
            c.text(id, cell, values[col], layout::kFont.value, kCenter);
        }
    }
    const double bottom = l.tableTop + l.headerH + count * rowH;
    c.frame(QRectF(l.columns.first(), l.tableTop, l.columns.last() - l.columns.first(), bottom - l.tableTop), 0.5);
    for (int i = 0; i < count; ++i)
        c.line({l.columns.first(), l.tableTop + l.headerH + i * rowH},
               {l.columns.last(), l.tableTop + l.headerH + i * rowH});
    for (int col = 1; col < columns; ++col)
        c.line({l.columns[col], l.tableTop}, {l.columns[col], bottom});
}

} // namespace certdesk::printing
