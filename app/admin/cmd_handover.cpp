// handover create: the next 移交清单 of retained 附表1 originals (转送 to the county; docs/cli.md). Printing it is
// `print handover --batch N` (cmd_print.cpp).

#include "cli.h"

#include "services/handover.h"

#include <QJsonArray>
#include <QJsonObject>

namespace certdesk::cli {

namespace {

int handoverCreate(Context &c)
{
    if (!c.args.isEmpty())
        return c.usage(Context::tr("handover create takes no further arguments."));
    int code = Done;
    auto session = c.openSession(&code);
    if (!session)
        return code;
    HandoverService service(*session);
    auto batch = service.create();
    if (!batch)
        return c.fail(batch.error());
    const QString id = session->center().code + QLatin1Char('/') + QString::number(batch->batch);
    if (c.json()) {
        QJsonArray lines;
        for (const HandoverLine &l : batch->lines)
            lines.append(QJsonObject{{QStringLiteral("line"), l.line},
                                     {QStringLiteral("form_no"), l.formNo},
                                     {QStringLiteral("name"), l.name},
                                     {QStringLiteral("date"), l.date.toString(Qt::ISODate)},
                                     {QStringLiteral("clerk_name"), l.clerkName}});
        c.printJson(QJsonObject{{QStringLiteral("center"), session->center().code},
                                {QStringLiteral("batch"), batch->batch},
                                {QStringLiteral("batch_id"), id},
                                {QStringLiteral("created_at"), batch->createdAt.toUTC().toString(Qt::ISODate)},
                                {QStringLiteral("created_by"), batch->createdByName},
                                {QStringLiteral("forms"), int(batch->lines.size())},
                                {QStringLiteral("lines"), lines}});
        return Done;
    }
    c.out << Context::tr("Handover batch %1: %2 retained original(s).").arg(id).arg(batch->lines.size()) << Qt::endl;
    c.out << Context::tr("Print it: certdesk-admin print handover --batch %1 --out FILE.pdf").arg(batch->batch)
          << Qt::endl;
    return Done;
}

} // namespace

QList<Command> handoverCommands()
{
    return {{QStringLiteral("handover create"),
             {},
             handoverCreate,
             QStringLiteral("--db FILE --user U handover create [--json]"),
             true}};
}

} // namespace certdesk::cli
