#include "cli.h"

#include "core/hardening.h"
#include "domain/workload.h"
#include "services/integrity.h"
#include "services/reports.h"
#include "sheet/worksheets.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace certdesk::cli {

namespace {

// Exports carry personal data: 0600, written whole or not at all.
Status writePrivateFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!openPrivate(file) || file.write(data) != data.size() || !file.commit())
        return Error::io(ErrorCode::WriteFailed, Context::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

int exportResults(Context &c)
{
    if (!c.args.isEmpty())
        return c.usage(Context::tr("export results takes no further arguments."));
    QDate from;
    QDate to;
    int code = Done;
    if (!c.dateOption(QStringLiteral("from"), &from, &code) || !c.dateOption(QStringLiteral("to"), &to, &code))
        return code;
    const QString format = c.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json") && format != QLatin1String("xlsx"))
        return c.usage(Context::tr("--format is csv, json or xlsx."));
    // A workbook is a file, not something to read on a terminal.
    if (format == QLatin1String("xlsx") && c.value(QStringLiteral("out")).isEmpty())
        return c.usage(Context::tr("--format xlsx needs --out FILE.xlsx."));
    auto session = c.openSession(&code);
    if (!session)
        return code;
    auto data = ReportService(*session).exportResults(from, to,
                                                      format == QLatin1String("csv")    ? ExportFormat::Csv
                                                      : format == QLatin1String("xlsx") ? ExportFormat::Xlsx
                                                                                        : ExportFormat::Json);
    if (!data)
        return c.fail(data.error());
    const QString outPath = c.value(QStringLiteral("out"));
    if (outPath.isEmpty()) {
        c.out.flush();
        fwrite(data->constData(), 1, size_t(data->size()), stdout);
        fflush(stdout);
        return Done;
    }
    if (auto s = writePrivateFile(outPath, data.value()); !s)
        return c.fail(s.error());
    c.err << Context::tr("Wrote %1.").arg(outPath) << Qt::endl;
    return Done;
}

int workload(Context &c)
{
    if (!c.args.isEmpty())
        return c.usage(Context::tr("workload takes no further arguments."));
    QDate from;
    QDate to;
    int code = Done;
    if (!c.dateOption(QStringLiteral("from"), &from, &code) || !c.dateOption(QStringLiteral("to"), &to, &code))
        return code;
    if (c.isSet(QStringLiteral("out")) &&
        !c.value(QStringLiteral("out")).endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return c.usage(Context::tr("--out takes a FILE.xlsx."));
    auto session = c.openSession(&code);
    if (!session)
        return code;
    auto rows = ReportService(*session).workload(from, to);
    if (!rows)
        return c.fail(rows.error());
    if (c.isSet(QStringLiteral("out"))) {
        auto xlsx = writeXlsx(workloadSheet(rows.value()));
        if (!xlsx)
            return c.fail(xlsx.error());
        if (auto s = writePrivateFile(c.value(QStringLiteral("out")), xlsx.value()); !s)
            return c.fail(s.error());
        c.err << Context::tr("Wrote %1.").arg(c.value(QStringLiteral("out"))) << Qt::endl;
        return Done;
    }
    if (c.json()) {
        QJsonArray out;
        for (const WorkloadRow &r : rows.value()) {
            // The members of certdesk-county workload --json (domain/workload.h), plus the earlier name.
            QJsonObject o = workloadRowJson(r);
            o.insert(QStringLiteral("address_changes"), r.addressChanges);
            out.append(o);
        }
        c.printJson(QJsonObject{{QStringLiteral("rows"), out}});
        return Done;
    }
    // Machine-readable header: the same words as the JSON keys, in every language.
    c.out << "date\tclerk\talive\tdeceased\taddress_changes\trefusals" << Qt::endl;
    for (const WorkloadRow &r : rows.value())
        c.out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                     .arg(r.date.toString(Qt::ISODate), r.clerk)
                     .arg(r.alive)
                     .arg(r.deceased)
                     .arg(r.addressChanges)
                     .arg(r.refusals)
              << Qt::endl;
    return Done;
}

int verify(Context &c)
{
    if (!c.args.isEmpty())
        return c.usage(Context::tr("verify takes no arguments."));
    int code = Done;
    auto session = c.openSession(&code);
    if (!session)
        return code;
    auto checked = IntegrityService(*session).check();
    if (!checked)
        return c.fail(checked.error());
    const IntegrityReport &report = checked.value();
    if (report.integrity != QLatin1String("ok")) {
        if (c.json())
            c.printJson({{QStringLiteral("ok"), false}, {QStringLiteral("integrity"), report.integrity}});
        // Names the file and points to the restore.
        Error damaged = Database::damagedError(session->dbPath(), report.integrity);
        damaged.kind = Error::Kind::Refused;
        damaged.code = ErrorCode::Integrity;
        return c.fail(damaged);
    }
    if (c.json()) {
        QJsonObject o{{QStringLiteral("ok"), report.ok()}, {QStringLiteral("integrity"), QStringLiteral("ok")}};
        if (report.chain) {
            o.insert(QStringLiteral("audit_entries"), report.auditEntries);
            o.insert(QStringLiteral("records"), report.records);
        } else
            o.insert(QStringLiteral("reason"), report.chain.error().message);
        c.printJson(o);
    }
    if (!report.chain)
        return c.fail(report.chain.error());
    if (c.json())
        return Done;
    c.out << Context::tr("OK: database integrity ok; audit chain of %1 entries intact; %2 certification records "
                         "match their audit entries.")
                 .arg(report.auditEntries)
                 .arg(report.records)
          << Qt::endl;
    return Done;
}

QList<QCommandLineOption> rangeOptions()
{
    return {QCommandLineOption(QStringLiteral("from"), Context::tr("First day, YYYY-MM-DD."), QStringLiteral("DATE")),
            QCommandLineOption(QStringLiteral("to"), Context::tr("Last day, YYYY-MM-DD."), QStringLiteral("DATE"))};
}

} // namespace

QList<Command> reportCommands()
{
    QList<QCommandLineOption> exportOptions = rangeOptions();
    exportOptions << QCommandLineOption(QStringLiteral("format"), Context::tr("csv, json or xlsx."),
                                        QStringLiteral("FMT"))
                  << QCommandLineOption(QStringLiteral("out"), Context::tr("Output file (default: stdout)."),
                                        QStringLiteral("FILE"));
    return {{QStringLiteral("export results"), exportOptions, exportResults,
             QStringLiteral("--db FILE --user U export results --from DATE --to DATE --format csv|json|xlsx "
                            "[--out FILE]")},
            {QStringLiteral("workload"),
             rangeOptions() << QCommandLineOption(QStringLiteral("out"), Context::tr("Write an .xlsx workbook."),
                                                  QStringLiteral("FILE")),
             workload, QStringLiteral("--db FILE --user U workload --from DATE --to DATE [--json] [--out FILE.xlsx]"),
             true},
            {QStringLiteral("verify"), {}, verify, QStringLiteral("--db FILE --user U verify [--json]"), true}};
}

} // namespace certdesk::cli
