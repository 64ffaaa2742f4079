#include "sheet/worksheets.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace certdesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Spreadsheet)
};
} // namespace

XlsxSheet workloadSheet(const QList<WorkloadRow> &rows)
{
    static const QStringList columns = {
        QStringLiteral("date"),       QStringLiteral("center"),        QStringLiteral("clerk"),
        QStringLiteral("clerk_name"), QStringLiteral("online_alive"),  QStringLiteral("online_deceased"),
        QStringLiteral("mail_alive"), QStringLiteral("mail_deceased"), QStringLiteral("alive"),
        QStringLiteral("deceased"),   QStringLiteral("info_changes"),  QStringLiteral("corrections"),
        QStringLiteral("refusals")};
    XlsxSheet sheet{Tr::tr("Workload"), columns, {}, {}};
    for (qsizetype i = 0; i < columns.size(); ++i)
        sheet.numberColumns.append(i >= 4);
    auto cells = [&](const WorkloadRow &row) {
        const QJsonObject o = workloadRowJson(row);
        QStringList out;
        for (const QString &key : columns) {
            const QJsonValue v = o.value(key);
            out.append(v.isDouble() ? QString::number(v.toInteger()) : v.toString());
        }
        return out;
    };
    for (const WorkloadRow &row : rows)
        sheet.rows.append(cells(row));
    QStringList total = cells(workloadTotal(rows));
    total[0] = QStringLiteral("total");
    sheet.rows.append(total);
    return sheet;
}

} // namespace certdesk
