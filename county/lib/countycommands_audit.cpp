// audit heads / audit reset: the desks' audit heads the county holds (docs/county.md, "Audit heads").
#include "auditheads.h"
#include "countycli_p.h"

#include <QJsonArray>
#include <QJsonObject>

namespace certdesk::county {

using namespace Qt::StringLiterals;

int cmdAuditHeads(Invocation &c)
{
    int code = 0;
    CountyConfig config;
    auto db = c.openDb(&config, &code);
    if (!db)
        return code;
    auto rows = listAuditHeads(*db);
    if (!rows)
        return c.fail(rows.error());
    if (c.json()) {
        QJsonArray a;
        for (const AuditHeadRow &r : rows.value())
            a.append(QJsonObject{{u"center"_s, r.center},
                                 {u"serial"_s, r.serial},
                                 {u"seq"_s, r.seq},
                                 {u"hash"_s, r.hash},
                                 {u"accepted_at"_s, r.acceptedAt},
                                 {u"refusals"_s, r.refusals}});
        c.printJson(QJsonObject{{u"heads"_s, a}});
        return cli::Done;
    }
    c.out << Invocation::tr("center\tcertificate\tseq\thash\taccepted\trefusals") << "\n";
    for (const AuditHeadRow &r : rows.value())
        c.out << r.center << '\t' << r.serial << '\t' << r.seq << '\t' << r.hash.left(16) << '\t' << r.acceptedAt
              << '\t' << r.refusals << "\n";
    c.out.flush();
    return cli::Done;
}

int cmdAuditReset(Invocation &c)
{
    const QString center = c.value(u"center"_s).trimmed();
    if (!validCode(center))
        return c.usage(Invocation::tr("--center takes a center code."));
    int code = 0;
    CountyConfig config;
    auto db = c.openDb(&config, &code);
    if (!db)
        return code;
    auto n = resetAuditHeads(*db, center, QDateTime::currentDateTimeUtc());
    if (!n)
        return c.fail(n.error());
    if (c.json()) {
        c.printJson(QJsonObject{{u"center"_s, center}, {u"forgotten"_s, n.value()}});
        return cli::Done;
    }
    c.out << Invocation::tr("%1 audit head(s) of center %2 forgotten; each desk's next push starts a new one.")
                 .arg(n.value())
                 .arg(center)
          << "\n";
    c.out.flush();
    return cli::Done;
}

} // namespace certdesk::county
