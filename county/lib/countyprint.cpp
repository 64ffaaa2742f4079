#include "countyprint.h"

#include "centerreports.h"
#include "printing.h"

#include <QDateTime>

namespace certdesk::county {

using namespace Qt::StringLiterals;

Status writeWorkloadPdf(CountyDb &db, const CountyConfig &config, const QDate &from, const QDate &to,
                        const QString &center, const QList<WorkloadRow> &rows, const QString &path)
{
    Q_UNUSED(db)
    WorkloadPrintData data;
    data.center.code = center.isEmpty() ? config.countyCode : center;
    data.center.name = config.countyName;
    data.from = from;
    data.to = to;
    data.rows = rows;
    data.byCenter = true;
    data.printedBy = u"certdesk-county"_s;
    data.printedAt = QDateTime::currentDateTime();
    auto pdf = printing::workloadPdf(data);
    if (!pdf)
        return pdf.error();
    return writeFileBytes(path, pdf.value(), true);
}

Status writeInstitutionsPdf(CountyDb &db, const QString &path, int *rows)
{
    auto lines = institutions(db);
    if (!lines)
        return lines.error();
    QList<CenterConfig> centers;
    for (const InstitutionLine &l : lines.value()) {
        CenterConfig c;
        c.code = l.code;
        c.name = l.name;
        c.address = l.address;
        c.contact = l.contact;
        c.department = l.department;
        c.title = l.title;
        c.phone = l.phone;
        centers << c;
    }
    *rows = int(centers.size());
    auto pdf = printing::institutionsPdf(centers);
    if (!pdf)
        return pdf.error();
    return writeFileBytes(path, pdf.value(), true);
}

} // namespace certdesk::county
