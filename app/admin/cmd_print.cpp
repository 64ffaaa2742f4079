// print form|receipt|overlay|calibration|workload|institution|day|handover: the printed documents as PDF files
// (docs/cli.md). Rendering needs a QGuiApplication, which main.cpp creates for these commands only (offscreen: no
// display needed).

#include "cli.h"

#include "core/hardening.h"
#include "printing.h"
#include "services/handover.h"
#include "services/printdata.h"

#include <QRegularExpression>
#include <QSaveFile>

namespace certdesk::cli {

namespace {

const QString kOut = QStringLiteral("out");
const QString kRecord = QStringLiteral("record");
const QString kForm = QStringLiteral("form");
const QString kReprint = QStringLiteral("reprint");
const QString kOffsetX = QStringLiteral("offset-x");
const QString kOffsetY = QStringLiteral("offset-y");

// The checks every print command makes before asking for a password: no stray words, an --out file.
bool checkOut(Context &c, const QString &command, int *code)
{
    if (!c.args.isEmpty()) {
        *code = c.usage(Context::tr("print %1 takes no further arguments.").arg(command));
        return false;
    }
    if (c.value(kOut).isEmpty()) {
        *code = c.usage(Context::tr("print %1 needs --out FILE.pdf.").arg(command));
        return false;
    }
    return true;
}

// Atomically: a failure leaves no file, and an existing file is replaced only by a complete one.
int writePdf(Context &c, const Result<QByteArray> &pdf)
{
    if (!pdf)
        return c.fail(pdf.error());
    const QString path = c.value(kOut);
    QSaveFile file(path);
    if (!openPrivate(file) || file.write(pdf.value()) != pdf->size() || !file.commit())
        return c.fail(
            Error::io(ErrorCode::WriteFailed, Context::tr("Cannot write %1: %2").arg(path, file.errorString())));
    c.err << Context::tr("Wrote %1.").arg(path) << Qt::endl;
    return Done;
}

// form and receipt: exactly one of --record UUID / --form NO, then the record's data and the seal.
int printRecord(Context &c, bool receipt)
{
    const QString command = receipt ? QStringLiteral("receipt") : QStringLiteral("form");
    int code = Done;
    if (!checkOut(c, command, &code))
        return code;
    const bool byRecord = !c.value(kRecord).isEmpty();
    if (byRecord == !c.value(kForm).isEmpty())
        return c.usage(Context::tr("print %1 needs either --record UUID or --form NO.").arg(command));
    auto session = c.openSession(&code);
    if (!session)
        return code;
    PrintDataService service(*session);
    auto data = byRecord ? service.byUuid(c.value(kRecord)) : service.byFormNo(c.value(kForm));
    if (!data)
        return c.fail(data.error());
    auto seal = service.seal();
    if (!seal)
        return c.fail(seal.error());
    printing::FormPrintJob job{data.value(), std::nullopt, seal.value()};
    if (c.isSet(kReprint))
        job.reprintDate = c.clock.today();
    return writePdf(c, receipt ? printing::receiptPdf(job) : printing::formPdf(job));
}

// --offset-x/--offset-y MM: a number in 0.1 mm steps within ±printing::kMaxOffsetMm; absent: 0.
bool parseOffset(Context &c, const QString &option, double *out, int *code)
{
    *out = 0;
    if (!c.isSet(option))
        return true;
    const QString text = c.value(option).trimmed();
    static const QRegularExpression shape(QStringLiteral("^[+-]?\\d{1,2}(\\.\\d)?\\z"));
    bool ok = false;
    const double mm = text.toDouble(&ok);
    if (!shape.match(text).hasMatch() || !ok || qAbs(mm) > printing::kMaxOffsetMm) {
        *code = c.usage(Context::tr("--%1 must be millimetres in 0.1 mm steps between -%2 and %2, e.g. 1.5 or -2.0.")
                            .arg(option)
                            .arg(printing::kMaxOffsetMm));
        return false;
    }
    *out = mm;
    return true;
}

// 套打: the agency's entries only, for printing onto the pensioner's original. Marks the form as printed onto.
int printOverlay(Context &c)
{
    int code = Done;
    if (!checkOut(c, QStringLiteral("overlay"), &code))
        return code;
    const bool byRecord = !c.value(kRecord).isEmpty();
    if (byRecord == !c.value(kForm).isEmpty())
        return c.usage(Context::tr("print overlay needs either --record UUID or --form NO."));
    QPointF offset;
    double x = 0, y = 0;
    if (!parseOffset(c, kOffsetX, &x, &code) || !parseOffset(c, kOffsetY, &y, &code))
        return code;
    offset = QPointF(x, y);
    auto session = c.openSession(&code);
    if (!session)
        return code;
    PrintDataService service(*session);
    auto data = byRecord ? service.byUuid(c.value(kRecord)) : service.byFormNo(c.value(kForm));
    if (!data)
        return c.fail(data.error());
    auto seal = service.seal();
    if (!seal)
        return c.fail(seal.error());
    const printing::FormPrintJob job{data.value(), std::nullopt, seal.value()};
    const int written = writePdf(c, printing::overlayPdf(job, offset));
    if (written != Done)
        return written;
    if (auto s = service.markOverlayPrinted(data.value()); !s)
        return c.fail(s.error());
    return Done;
}

int printCalibration(Context &c)
{
    int code = Done;
    if (!checkOut(c, QStringLiteral("calibration"), &code))
        return code;
    // No database: the sheet holds no personal data and no center's settings.
    return writePdf(c, printing::calibrationPdf(QPointF(0, 0)));
}

int printForm(Context &c)
{
    return printRecord(c, false);
}

int printReceipt(Context &c)
{
    return printRecord(c, true);
}

int printWorkload(Context &c)
{
    int code = Done;
    if (!checkOut(c, QStringLiteral("workload"), &code))
        return code;
    QDate from;
    QDate to;
    if (!c.dateOption(QStringLiteral("from"), &from, &code) || !c.dateOption(QStringLiteral("to"), &to, &code))
        return code;
    auto session = c.openSession(&code);
    if (!session)
        return code;
    auto data = PrintDataService(*session).workload(from, to);
    if (!data)
        return c.fail(data.error());
    return writePdf(c, printing::workloadPdf(data.value()));
}

int printInstitution(Context &c)
{
    int code = Done;
    if (!checkOut(c, QStringLiteral("institution"), &code))
        return code;
    auto session = c.openSession(&code);
    if (!session)
        return code;
    return writePdf(c, printing::institutionSheetPdf(session->center()));
}

int printDay(Context &c)
{
    int code = Done;
    if (!checkOut(c, QStringLiteral("day"), &code))
        return code;
    QDate day;
    if (!c.dateOption(QStringLiteral("date"), &day, &code))
        return code;
    auto session = c.openSession(&code);
    if (!session)
        return code;
    PrintDataService service(*session);
    auto forms = service.day(day);
    if (!forms)
        return c.fail(forms.error());
    auto seal = service.seal();
    if (!seal)
        return c.fail(seal.error());
    if (forms->isEmpty())
        return c.fail(Error::refused(
            ErrorCode::Empty, Context::tr("No certification on %1: nothing to print.").arg(day.toString(Qt::ISODate))));
    QList<printing::FormPrintJob> jobs;
    for (const FormPrintData &data : forms.value())
        jobs.append({data, std::nullopt, seal.value()});
    const int written = writePdf(c, printing::dayPdf(jobs));
    if (written == Done)
        c.err << Context::tr("%n form(s) of %1.", nullptr, int(jobs.size())).arg(day.toString(Qt::ISODate)) << Qt::endl;
    return written;
}

// 移交清单 of one handover batch (handover create makes them), with its QR.
int printHandover(Context &c)
{
    int code = Done;
    if (!checkOut(c, QStringLiteral("handover"), &code))
        return code;
    bool ok = false;
    const int batch = c.value(QStringLiteral("batch")).toInt(&ok);
    if (!ok || batch <= 0)
        return c.usage(Context::tr("print handover needs --batch N (a batch number from handover create)."));
    auto session = c.openSession(&code);
    if (!session)
        return code;
    HandoverService service(*session);
    auto record = service.batch(batch);
    if (!record)
        return c.fail(record.error());
    return writePdf(c, printing::handoverPdf(service.printData(record.value())));
}

QCommandLineOption outOption()
{
    return QCommandLineOption(kOut, Context::tr("The PDF file to write."), QStringLiteral("FILE"));
}

QList<QCommandLineOption> recordOptions()
{
    return {outOption(),
            QCommandLineOption(kRecord, Context::tr("The certification record's UUID."), QStringLiteral("UUID")),
            QCommandLineOption(kForm, Context::tr("The form number (its current record)."), QStringLiteral("NO")),
            QCommandLineOption(kReprint, Context::tr("Mark the page 补打 with today's date."))};
}

} // namespace

QList<Command> printCommands()
{
    return {{QStringLiteral("print form"), recordOptions(), printForm,
             QStringLiteral("--db FILE --user U print form --record UUID|--form NO --out FILE.pdf [--reprint]")},
            {QStringLiteral("print receipt"), recordOptions(), printReceipt,
             QStringLiteral("--db FILE --user U print receipt --record UUID|--form NO --out FILE.pdf [--reprint]")},
            {QStringLiteral("print overlay"),
             {outOption(),
              QCommandLineOption(kRecord, Context::tr("The certification record's UUID."), QStringLiteral("UUID")),
              QCommandLineOption(kForm, Context::tr("The form number (its current record)."), QStringLiteral("NO")),
              QCommandLineOption(kOffsetX, Context::tr("Calibration: move every mark right by MM (left if negative)."),
                                 QStringLiteral("MM")),
              QCommandLineOption(kOffsetY, Context::tr("Calibration: move every mark down by MM (up if negative)."),
                                 QStringLiteral("MM"))},
             printOverlay,
             QStringLiteral("--db FILE --user U print overlay --record UUID|--form NO --out FILE.pdf "
                            "[--offset-x MM --offset-y MM]")},
            {QStringLiteral("print calibration"),
             {outOption()},
             printCalibration,
             QStringLiteral("print calibration --out FILE.pdf")},
            {QStringLiteral("print workload"),
             {outOption(),
              QCommandLineOption(QStringLiteral("from"), Context::tr("First day, YYYY-MM-DD."), QStringLiteral("DATE")),
              QCommandLineOption(QStringLiteral("to"), Context::tr("Last day, YYYY-MM-DD."), QStringLiteral("DATE"))},
             printWorkload,
             QStringLiteral("--db FILE --user U print workload --from DATE --to DATE --out FILE.pdf")},
            {QStringLiteral("print institution"),
             {outOption()},
             printInstitution,
             QStringLiteral("--db FILE --user U print institution --out FILE.pdf")},
            {QStringLiteral("print day"),
             {outOption(),
              QCommandLineOption(QStringLiteral("date"), Context::tr("The day, YYYY-MM-DD."), QStringLiteral("DATE"))},
             printDay,
             QStringLiteral("--db FILE --user U print day --date DATE --out FILE.pdf")},
            {QStringLiteral("print handover"),
             {outOption(), QCommandLineOption(QStringLiteral("batch"), Context::tr("The handover batch number."),
                                              QStringLiteral("N"))},
             printHandover,
             QStringLiteral("--db FILE --user U print handover --batch N --out FILE.pdf")}};
}

} // namespace certdesk::cli
