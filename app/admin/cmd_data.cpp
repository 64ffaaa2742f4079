#include "cli.h"

#include "services/certification.h"
#include "services/importer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace certdesk::cli {

namespace {

int import(Context &c)
{
    if (c.args.size() != 2 || (c.args[0] != QLatin1String("forms") && c.args[0] != QLatin1String("deaths")))
        return c.usage(Context::tr("import takes forms|deaths and a file."));
    TextEncoding encoding = TextEncoding::Auto;
    if (c.isSet(QStringLiteral("encoding")) && !encodingFromName(c.value(QStringLiteral("encoding")), &encoding))
        return c.usage(Context::tr("--encoding is auto, utf-8 or gb18030."));
    int code = Done;
    auto session = c.openSession(&code);
    if (!session)
        return code;
    const ImportKind kind = c.args[0] == QLatin1String("forms") ? ImportKind::Forms : ImportKind::Deaths;
    auto report = ImportService(*session).importFile(kind, c.args[1], encoding, {}, c.value(QStringLiteral("sheet")));
    if (!report)
        return c.fail(report.error());
    if (c.json()) {
        QJsonArray errors;
        for (const RowError &e : report->errors)
            errors.append(QJsonObject{{QStringLiteral("line"), e.line}, {QStringLiteral("reason"), e.reason}});
        c.printJson({{QStringLiteral("rows"), report->rows},
                     {QStringLiteral("added"), report->added},
                     {QStringLiteral("unchanged"), report->unchanged},
                     {QStringLiteral("errors"), errors}});
    }
    if (!report->accepted()) {
        for (const RowError &e : report->errors)
            c.err << Context::tr("line %1: %2").arg(e.line).arg(e.reason) << Qt::endl;
        c.err << Context::tr("certdesk-admin: %n bad row(s); nothing was imported.", nullptr,
                             int(report->errors.size()))
              << Qt::endl;
        return Refused;
    }
    if (c.json())
        return Done;
    c.out << Context::tr("%1 rows: %2 added, %3 already present.")
                 .arg(report->rows)
                 .arg(report->added)
                 .arg(report->unchanged)
          << Qt::endl;
    if (report->linked + report->flagged > 0)
        c.out << Context::tr("Paper registrations: %1 linked (same person), %2 held for review (another ID number; "
                             "see review list).")
                     .arg(report->linked)
                     .arg(report->flagged)
              << Qt::endl;
    return Done;
}

QJsonObject formJson(const FormView &v)
{
    const Form &f = v.form;
    const Person &p = f.person;
    return {{QStringLiteral("form_no"), f.formNo},
            {QStringLiteral("variant"), variantKey(f.variant)},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("sex"), QString(p.sex)},
            {QStringLiteral("birth"), p.birth},
            {QStringLiteral("id_no"), p.idNo},
            {QStringLiteral("person_no"), p.personNo},
            {QStringLiteral("address"), p.address},
            {QStringLiteral("postcode"), p.postcode},
            {QStringLiteral("phone"), p.phone},
            {QStringLiteral("insured_agency"), f.insuredAgency},
            {QStringLiteral("due_date"), f.dueDate.toString(Qt::ISODate)},
            {QStringLiteral("cycle"), f.cycle},
            {QStringLiteral("status"), v.certified ? QStringLiteral("certified") : QStringLiteral("pending")},
            {QStringLiteral("death_notice"), v.death.has_value()}};
}

void printForm(Context &c, const FormView &v)
{
    const Form &f = v.form;
    c.out << QStringLiteral("%1  %2  %3 %4 %5  %6  %7  due %8  %9")
                 .arg(f.formNo, variantKey(f.variant), f.person.name, QString(f.person.sex), f.person.birth,
                      f.person.idNo, f.insuredAgency, f.dueDate.toString(Qt::ISODate),
                      v.certified ? QStringLiteral("certified") : QStringLiteral("pending"))
          << Qt::endl;
    if (v.death)
        c.out << Context::tr("  WARNING: on the death notice list (%1, %2)")
                     .arg(v.death->deathDate.toString(Qt::ISODate), v.death->source)
              << Qt::endl;
}

int lookup(Context &c)
{
    int code = Done;
    if (!readStdinJson(c, {QStringLiteral("id")}, &code))
        return code;
    const bool byForm = c.isSet(QStringLiteral("form"));
    const bool byId = c.isSet(QStringLiteral("id"));
    if (byForm == byId || !c.args.isEmpty())
        return c.usage(Context::tr("lookup takes either --form NO [--check CODE] or --id ID."));
    auto session = c.openSession(&code);
    if (!session)
        return code;
    CertificationService service(*session);
    QList<FormView> found;
    if (byForm) {
        auto v = service.lookupForm(c.value(QStringLiteral("form")), c.value(QStringLiteral("check")));
        if (!v)
            return c.fail(v.error());
        found.append(v.value());
    } else {
        auto list = service.lookupById(c.value(QStringLiteral("id")));
        if (!list)
            return c.fail(list.error());
        found = list.value();
    }
    if (c.json()) {
        QJsonArray forms;
        for (const FormView &v : found)
            forms.append(formJson(v));
        c.printJson(QJsonObject{{QStringLiteral("forms"), forms}});
        return Done;
    }
    if (found.isEmpty())
        c.out << Context::tr("No pending form for this ID number in this center.") << Qt::endl;
    for (const FormView &v : found)
        printForm(c, v);
    return Done;
}

} // namespace

QList<Command> dataCommands()
{
    return {
        {QStringLiteral("import"),
         {QCommandLineOption(QStringLiteral("encoding"), Context::tr("auto, utf-8 or gb18030."), QStringLiteral("ENC")),
          QCommandLineOption(QStringLiteral("sheet"), Context::tr("Worksheet of an .xlsx/.xls file."),
                             QStringLiteral("NAME"))},
         import,
         QStringLiteral("--db FILE --user U import forms|deaths FILE [--encoding auto|utf-8|gb18030] "
                        "[--sheet NAME] [--json]"),
         true},
        {QStringLiteral("lookup"),
         {QCommandLineOption(QStringLiteral("form"), Context::tr("Form number."), QStringLiteral("NO")),
          QCommandLineOption(QStringLiteral("check"), Context::tr("Check code."), QStringLiteral("CODE")),
          QCommandLineOption(QStringLiteral("id"), Context::tr("ID number."), QStringLiteral("ID")), stdinJsonOption()},
         lookup,
         QStringLiteral("--db FILE --user U lookup --form NO [--check CODE] [--json] | lookup --id ID [--json] | "
                        "lookup --stdin-json [--json]"),
         true}};
}

} // namespace certdesk::cli
