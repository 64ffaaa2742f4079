#include "cli.h"

#include "services/paperforms.h"

#include <QJsonArray>
#include <QJsonObject>

namespace certdesk::cli {

namespace {

// register: 登记纸质认证表, a paper form the center has no data for (docs/cli.md).
int registerForm(Context &c)
{
    PaperRegistration r;
    r.formNo = c.value(QStringLiteral("form"));
    const QString variant = c.value(QStringLiteral("variant"));
    if (variant == QLatin1String("online"))
        r.variant = FormVariant::Online;
    else if (variant == QLatin1String("mail"))
        r.variant = FormVariant::Mail;
    else
        return c.usage(Context::tr("--variant is online (附表1) or mail (附表2)."));
    for (const char *required : {"form", "id", "name", "agency", "due"})
        if (!c.isSet(QString::fromLatin1(required)))
            return c.usage(Context::tr("register needs --form, --variant, --id, --name, --agency and --due."));
    if (!c.args.isEmpty())
        return c.usage(Context::tr("register takes no positional arguments."));
    const bool hasReply = c.isSet(QStringLiteral("reply-unit")) || c.isSet(QStringLiteral("reply-address")) ||
                          c.isSet(QStringLiteral("reply-postcode")) || c.isSet(QStringLiteral("reply-phone"));
    if (r.variant == FormVariant::Mail && c.isSet(QStringLiteral("check")))
        return c.usage(Context::tr("A 附表2 (mail) form has no check code: leave out --check."));
    if (r.variant == FormVariant::Online && !c.isSet(QStringLiteral("check")))
        return c.usage(Context::tr("A 附表1 (online) form needs --check CODE."));
    if (r.variant == FormVariant::Online && hasReply)
        return c.usage(Context::tr("The --reply-* options belong to a 附表2 (mail) form only."));
    r.checkCode = c.value(QStringLiteral("check"));
    r.idNo = c.value(QStringLiteral("id"));
    r.name = c.value(QStringLiteral("name"));
    r.agency = c.value(QStringLiteral("agency"));
    r.due = c.value(QStringLiteral("due"));
    r.reply = {c.value(QStringLiteral("reply-unit")), c.value(QStringLiteral("reply-address")),
               c.value(QStringLiteral("reply-postcode")), c.value(QStringLiteral("reply-phone"))};
    int code = Done;
    auto session = c.openSession(&code);
    if (!session)
        return code;
    auto form = PaperFormService(*session).registerForm(r);
    if (!form)
        return c.fail(form.error());
    const Form &f = form->form;
    if (c.json()) {
        c.printJson({{QStringLiteral("form_no"), f.formNo},
                     {QStringLiteral("variant"), variantKey(f.variant)},
                     {QStringLiteral("source"), QStringLiteral("paper")},
                     {QStringLiteral("cycle"), f.cycle},
                     {QStringLiteral("due_date"), f.dueDate.toString(Qt::ISODate)}});
        return Done;
    }
    c.out << f.formNo << Qt::endl;
    return Done;
}

int reviewList(Context &c)
{
    if (!c.args.isEmpty())
        return c.usage(Context::tr("review list takes no positional arguments."));
    int code = Done;
    auto session = c.openSession(&code);
    if (!session)
        return code;
    auto reviews = PaperFormService(*session).reviews(!c.isSet(QStringLiteral("all")));
    if (!reviews)
        return c.fail(reviews.error());
    if (c.json()) {
        QJsonArray rows;
        for (const PaperReview &r : reviews.value())
            rows.append(QJsonObject{
                {QStringLiteral("id"), r.id},
                {QStringLiteral("form_no"), r.formNo},
                {QStringLiteral("paper_id_no"), r.paperIdNo},
                {QStringLiteral("list_id_no"), r.listIdNo},
                {QStringLiteral("list_name"), r.listName},
                {QStringLiteral("via"), r.via},
                {QStringLiteral("at"), r.at.toString(Qt::ISODate)},
                {QStringLiteral("resolved_at"),
                 r.resolvedAt.isValid() ? QJsonValue(r.resolvedAt.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("resolution"), r.resolvedAt.isValid() ? QJsonValue(r.resolution) : QJsonValue()}});
        c.printJson(QJsonObject{{QStringLiteral("reviews"), rows}});
        return Done;
    }
    if (reviews->isEmpty())
        c.out << Context::tr("No paper registration is waiting for review.") << Qt::endl;
    for (const PaperReview &r : reviews.value())
        c.out << Context::tr("#%1  form %2: registered on paper for %3, the list (%4) names %5 %6%7")
                     .arg(r.id)
                     .arg(r.formNo, r.paperIdNo, r.via, r.listName, r.listIdNo,
                          r.resolvedAt.isValid() ? Context::tr("  (settled: %1)").arg(r.resolution) : QString())
              << Qt::endl;
    return Done;
}

int reviewResolve(Context &c)
{
    bool ok = false;
    const qint64 id = c.args.size() == 1 ? c.args.first().toLongLong(&ok) : 0;
    if (!ok || !c.isSet(QStringLiteral("note")))
        return c.usage(Context::tr("review resolve takes the review number and --note TEXT."));
    int code = Done;
    auto session = c.openSession(&code);
    if (!session)
        return code;
    if (auto s = PaperFormService(*session).resolveReview(id, c.value(QStringLiteral("note"))); !s)
        return c.fail(s.error());
    c.out << Context::tr("Review #%1 settled.").arg(id) << Qt::endl;
    return Done;
}

int retain(Context &c)
{
    if (!c.isSet(QStringLiteral("record")) || !c.args.isEmpty())
        return c.usage(Context::tr("retain needs --record UUID."));
    int code = Done;
    auto session = c.openSession(&code);
    if (!session)
        return code;
    if (auto s = PaperFormService(*session).confirmRetained(c.value(QStringLiteral("record"))); !s)
        return c.fail(s.error());
    c.out << Context::tr("The original form is recorded as kept by the center (留存).") << Qt::endl;
    return Done;
}

} // namespace

QList<Command> paperCommands()
{
    const QList<QCommandLineOption> registerOptions{
        QCommandLineOption(QStringLiteral("form"), Context::tr("Form number."), QStringLiteral("NO")),
        QCommandLineOption(QStringLiteral("variant"), Context::tr("online (附表1) or mail (附表2)."),
                           QStringLiteral("V")),
        QCommandLineOption(QStringLiteral("check"), Context::tr("Check code (附表1 only)."), QStringLiteral("CODE")),
        QCommandLineOption(QStringLiteral("id"), Context::tr("ID number presented."), QStringLiteral("ID")),
        QCommandLineOption(QStringLiteral("name"), Context::tr("Name as on the ID card."), QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("agency"), Context::tr("Insured-place agency (参保地社保经办机构)."),
                           QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("due"), Context::tr("Due date on the letter."), QStringLiteral("DATE")),
        QCommandLineOption(QStringLiteral("reply-unit"), Context::tr("单位名称 of the reply block."),
                           QStringLiteral("U")),
        QCommandLineOption(QStringLiteral("reply-address"), Context::tr("回信地址 of the reply block."),
                           QStringLiteral("A")),
        QCommandLineOption(QStringLiteral("reply-postcode"), Context::tr("邮政编码 of the reply block."),
                           QStringLiteral("P")),
        QCommandLineOption(QStringLiteral("reply-phone"), Context::tr("联系电话 of the reply block."),
                           QStringLiteral("T"))};
    return {{QStringLiteral("register"), registerOptions, registerForm,
             QStringLiteral("--db FILE --user U register --form NO --variant online|mail [--check CODE] --id ID "
                            "--name NAME --agency TEXT --due DATE [--reply-unit U --reply-address A "
                            "--reply-postcode P --reply-phone T] [--json]"),
             true},
            {QStringLiteral("review list"),
             {QCommandLineOption(QStringLiteral("all"), Context::tr("Include settled reviews."))},
             reviewList,
             QStringLiteral("--db FILE --user U review list [--all] [--json]"),
             true},
            {QStringLiteral("review resolve"),
             {QCommandLineOption(QStringLiteral("note"), Context::tr("How the review was settled."),
                                 QStringLiteral("TEXT"))},
             reviewResolve,
             QStringLiteral("--db FILE --user U review resolve N --note TEXT"),
             false},
            {QStringLiteral("retain"),
             {QCommandLineOption(QStringLiteral("record"), Context::tr("Record UUID."), QStringLiteral("UUID"))},
             retain,
             QStringLiteral("--db FILE --user U retain --record UUID"),
             false}};
}

} // namespace certdesk::cli
