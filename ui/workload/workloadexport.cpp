// The workload page's two exports, for the dates it shows (as `certdesk-admin workload --out FILE.xlsx` and
// `export results --format csv|json|xlsx`): an .xlsx workbook by default, the format chosen by the file name's
// suffix. ID and phone numbers are text cells in the workbook (they survive Excel). Written 0600, whole or not at all.
#include "workloadpage.h"

#include "core/hardening.h"
#include "services/reports.h"
#include "services/session.h"
#include "sheet/worksheets.h"

#include <QDateEdit>
#include <QLabel>
#include <QSaveFile>

namespace certdesk {

namespace {

// .csv, .json or .xlsx (any case); a name with none of these (typed without a suffix) gets ".xlsx".
ExportFormat formatOf(QString *path)
{
    if (path->endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return ExportFormat::Csv;
    if (path->endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return ExportFormat::Json;
    if (!path->endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path->append(QLatin1String(".xlsx"));
    return ExportFormat::Xlsx;
}

} // namespace

bool WorkloadPage::writeExport(const QString &path, const Result<QByteArray> &bytes)
{
    QString why;
    if (!bytes) {
        why = bytes.error().message;
    } else {
        QSaveFile file(path);
        if (openPrivate(file) && file.write(bytes.value()) == bytes->size() && file.commit()) {
            m_context.prompter.inform(this, tr("Export"), tr("Written to %1.").arg(path));
            return true;
        }
        why = tr("Cannot write %1: %2").arg(path, file.errorString());
    }
    m_message->setText(tr("Not exported: %1").arg(why));
    m_message->show();
    return false;
}

void WorkloadPage::exportWorkload()
{
    if (!m_session)
        return;
    QString path =
        m_context.prompter.saveFile(this, tr("Export the workload"),
                                    QStringLiteral("workload-%1-%2.xlsx")
                                        .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)),
                                    tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) // the only format offered
        path += QLatin1String(".xlsx");
    auto rows = ReportService(*m_session).workload(m_from->date(), m_to->date());
    writeExport(path, rows ? writeXlsx(workloadSheet(rows.value())) : Result<QByteArray>(rows.error()));
}

void WorkloadPage::exportResults()
{
    if (!m_session)
        return;
    QString path =
        m_context.prompter.saveFile(this, tr("Export the certification results"),
                                    QStringLiteral("results-%1-%2.xlsx")
                                        .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)),
                                    tr("Excel workbook (*.xlsx);;CSV file (*.csv);;JSON file (*.json)"));
    if (path.isEmpty())
        return;
    const ExportFormat format = formatOf(&path);
    writeExport(path, ReportService(*m_session).exportResults(m_from->date(), m_to->date(), format));
}

} // namespace certdesk
