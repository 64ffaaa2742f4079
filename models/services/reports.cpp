#include "services/reports.h"

#include "io/csv.h"
#include "services/session.h"
#include "sessionaccess.h"
#include "sheet/spreadsheet.h"
#include "store/certstore.h"
#include "store/formstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace certdesk {

QStringList ReportService::exportColumns()
{
    return {QStringLiteral("uuid"),        QStringLiteral("form_no"),        QStringLiteral("cycle"),
            QStringLiteral("name"),        QStringLiteral("id_no"),          QStringLiteral("alive"),
            QStringLiteral("method"),      QStringLiteral("clerk"),          QStringLiteral("clerk_name"),
            QStringLiteral("center_code"), QStringLiteral("certified_at"),   QStringLiteral("date"),
            QStringLiteral("new_address"), QStringLiteral("new_postcode"),   QStringLiteral("new_phone"),
            QStringLiteral("remark"),      QStringLiteral("supersedes"),     QStringLiteral("correction_reason"),
            QStringLiteral("override_by"), QStringLiteral("override_reason")};
}

Status ReportService::checkRange(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error::invalid(ErrorCode::Range, tr("The date range must be two dates, the second not "
                                                   "before the first."));
    return {};
}

Result<QByteArray> ReportService::exportResults(const QDate &from, const QDate &to, ExportFormat format)
{
    if (auto s = m_session.require(Permission::Export); !s)
        return s.error();
    if (auto s = checkRange(from, to); !s)
        return s.error();
    auto records = certificationsBetween(SessionAccess::db(m_session), from, to, true);
    if (!records)
        return records.error();
    const QStringList columns = exportColumns();
    QString csv = csvLine(columns);
    QJsonArray rows;
    XlsxSheet sheet{tr("Certification results"), columns, {}, {}};
    for (const CertificationRecord &r : records.value()) {
        auto form = findFormByNo(SessionAccess::db(m_session), r.formNo);
        if (!form)
            return form.error();
        const Person person = form->has_value() ? form->value().form.person : Person();
        const QStringList values{r.uuid,
                                 r.formNo,
                                 QString::number(r.cycle),
                                 person.name,
                                 person.idNo,
                                 r.alive ? QStringLiteral("yes") : QStringLiteral("no"),
                                 methodKey(r.method),
                                 r.clerk,
                                 r.clerkName,
                                 r.centerCode,
                                 r.certifiedAt.toUTC().toString(Qt::ISODateWithMs),
                                 r.localDate.toString(Qt::ISODate),
                                 r.change.address,
                                 r.change.postcode,
                                 r.change.phone,
                                 r.remark,
                                 r.supersedes,
                                 r.correctionReason,
                                 r.overrideBy,
                                 r.overrideReason};
        if (format == ExportFormat::Csv) {
            csv += csvLine(values);
            continue;
        }
        if (format == ExportFormat::Xlsx) {
            sheet.rows.append(values);
            continue;
        }
        QJsonObject o;
        for (int i = 0; i < columns.size(); ++i)
            o.insert(columns[i], values[i]);
        o.insert(QStringLiteral("cycle"), r.cycle);
        o.insert(QStringLiteral("alive"), r.alive);
        rows.append(o);
    }
    // Written before the audit entry: an export that failed is not recorded as made.
    Result<QByteArray> xlsx = QByteArray();
    if (format == ExportFormat::Xlsx && !(xlsx = writeXlsx(sheet)))
        return xlsx.error();
    Transaction tx(SessionAccess::db(m_session));
    if (!tx.begun())
        return tx.begun().error();
    const QJsonObject detail{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                             {QStringLiteral("to"), to.toString(Qt::ISODate)},
                             {QStringLiteral("records"), int(records->size())},
                             {QStringLiteral("format"), format == ExportFormat::Csv    ? QStringLiteral("csv")
                                                        : format == ExportFormat::Xlsx ? QStringLiteral("xlsx")
                                                                                       : QStringLiteral("json")}};
    if (auto s = m_session.audit().append(m_session.account().username, QStringLiteral("export"), detail,
                                          m_session.clock().now());
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    if (format == ExportFormat::Csv)
        return QByteArray("\xEF\xBB\xBF") + csv.toUtf8(); // BOM: Excel on Chinese Windows needs it for UTF-8
    if (format == ExportFormat::Xlsx)
        return xlsx;
    const QJsonObject doc{{QStringLiteral("format"), QStringLiteral("certdesk-results")},
                          {QStringLiteral("version"), 1},
                          {QStringLiteral("center_code"), m_session.center().code},
                          {QStringLiteral("from"), from.toString(Qt::ISODate)},
                          {QStringLiteral("to"), to.toString(Qt::ISODate)},
                          {QStringLiteral("results"), rows}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

Result<QList<WorkloadRow>> ReportService::workload(const QDate &from, const QDate &to)
{
    if (auto s = m_session.require(Permission::Workload); !s)
        return s.error();
    if (auto s = checkRange(from, to); !s)
        return s.error();
    return workloadBetween(SessionAccess::db(m_session), from, to, m_session.center().code);
}

Result<CycleProgress> ReportService::progress()
{
    if (auto s = m_session.require(Permission::Workload); !s)
        return s.error();
    const int cycle = m_session.clock().today().year();
    auto forms = cycleProgressForms(SessionAccess::db(m_session), cycle);
    if (!forms)
        return forms.error();
    return computeProgress(cycle, forms.value());
}

} // namespace certdesk
