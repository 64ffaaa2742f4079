#include "cli.h"

#include "domain/citizenid.h"

#include <QJsonObject>

namespace certdesk::cli {

namespace {

// Deliberately opens no database: a quick check at the counter or in a script.
int checkId(Context &c)
{
    if (c.args.size() != 1)
        return c.usage(Context::tr("check-id takes exactly one ID number."));
    auto id = parseCitizenId(c.args.first(), c.clock.today());
    if (c.json()) {
        QJsonObject o{{QStringLiteral("valid"), id.ok()}};
        if (id) {
            o.insert(QStringLiteral("id"), id->id);
            o.insert(QStringLiteral("birth"), id->birth.toString(Qt::ISODate));
            o.insert(QStringLiteral("sex"), QString(id->sex));
            o.insert(QStringLiteral("region"), id->region);
            o.insert(QStringLiteral("province"), id->province);
            o.insert(QStringLiteral("reason"), QJsonValue::Null);
        } else {
            for (const char *key : {"id", "birth", "sex", "region"})
                o.insert(QLatin1String(key), QJsonValue::Null);
            o.insert(QStringLiteral("reason"), id.error().message);
            o.insert(QStringLiteral("code"), id.error().codeWord());
        }
        c.printJson(o);
        return id ? Done : Refused;
    }
    if (!id)
        return c.fail(id.error());
    c.out << Context::tr("valid: %1  birth %2  sex %3  region %4 (%5)")
                 .arg(id->id, id->birth.toString(Qt::ISODate), QString(id->sex), id->region, id->province)
          << Qt::endl;
    return Done;
}

} // namespace

QList<Command> checkIdCommands()
{
    return {{QStringLiteral("check-id"), {}, checkId, QStringLiteral("check-id ID [--json]"), true}};
}

} // namespace certdesk::cli
