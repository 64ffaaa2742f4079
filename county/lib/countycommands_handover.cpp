// handover receive/list (转送 of retained 附表1 originals), print institutions (附件2), review (paper records).
#include "centerreports.h"
#include "countycli_p.h"
#include "countyprint.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace certdesk::county {

using namespace Qt::StringLiterals;

int cmdHandoverReceive(Invocation &c)
{
    static const QRegularExpression re(u"^([A-Za-z0-9_-]{1,32})/([1-9][0-9]{0,6})\\z"_s);
    const auto m = re.match(c.value(u"batch"_s).trimmed());
    if (!m.hasMatch())
        return c.usage(Invocation::tr("--batch takes CENTER/N, e.g. C01/3."));
    const QString center = m.captured(1);
    const int batch = m.captured(2).toInt();
    QStringList missing;
    for (const QString &v : c.values(u"missing"_s))
        missing << v.trimmed();
    missing.removeDuplicates();
    int code = 0;
    CountyConfig config;
    auto db = c.openDb(&config, &code);
    if (!db)
        return code;
    if (auto s = receiveHandover(*db, center, batch, missing, QDateTime::currentDateTimeUtc()); !s)
        return c.fail(s.error());
    if (c.json()) {
        c.printJson(QJsonObject{{u"center"_s, center},
                                {u"batch"_s, batch},
                                {u"received"_s, true},
                                {u"missing"_s, QJsonArray::fromStringList(missing)}});
        return cli::Done;
    }
    c.out << Invocation::tr("Handover batch %1/%2 received; %3 form(s) reported missing.")
                 .arg(center)
                 .arg(batch)
                 .arg(missing.size())
          << "\n";
    c.out.flush();
    return cli::Done;
}

int cmdHandoverList(Invocation &c)
{
    int code = 0;
    CountyConfig config;
    auto db = c.openDb(&config, &code);
    if (!db)
        return code;
    auto o = handoverOverview(*db, QDate::currentDate(), config.countyCode);
    if (!o)
        return c.fail(o.error());
    if (c.json()) {
        QJsonArray batches, overdue;
        for (const HandoverBatchLine &b : o->batches)
            batches.append(QJsonObject{{u"center"_s, b.center},
                                       {u"batch"_s, b.batch},
                                       {u"created_at"_s, b.createdAt},
                                       {u"created_by"_s, b.createdBy},
                                       {u"forms"_s, b.forms},
                                       {u"missing"_s, b.missing},
                                       {u"state"_s, b.receivedAt.isEmpty() ? u"sent"_s : u"received"_s},
                                       {u"received_at"_s, b.receivedAt}});
        for (const OverdueForm &f : o->overdue)
            overdue.append(QJsonObject{{u"center"_s, f.center},
                                       {u"form_no"_s, f.formNo},
                                       {u"name"_s, f.name},
                                       {u"date"_s, f.date},
                                       {u"clerk_name"_s, f.clerkName}});
        c.printJson(QJsonObject{{u"batches"_s, batches}, {u"overdue_days"_s, kHandoverDays}, {u"overdue"_s, overdue}});
        return cli::Done;
    }
    c.out << Invocation::tr("center\tbatch\tcreated\tforms\tmissing\tstate") << "\n";
    for (const HandoverBatchLine &b : o->batches)
        c.out << b.center << "\t" << b.batch << "\t" << b.createdAt.left(10) << "\t" << b.forms << "\t" << b.missing
              << "\t"
              << (b.receivedAt.isEmpty() ? Invocation::tr("sent")
                                         : Invocation::tr("received %1").arg(b.receivedAt.left(10)))
              << "\n";
    c.out << Invocation::tr("%1 form(s) certified more than %2 days ago and not handed over:")
                 .arg(o->overdue.size())
                 .arg(kHandoverDays)
          << "\n";
    for (const OverdueForm &f : o->overdue)
        c.out << f.center << "\t" << f.formNo << "\t" << f.date << "\t" << f.clerkName << "\n";
    c.out.flush();
    return cli::Done;
}

int cmdPrintInstitutions(Invocation &c)
{
    const QString out = c.value(u"out"_s);
    if (!out.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        return c.usage(Invocation::tr("--out takes a FILE.pdf."));
    int code = 0;
    CountyConfig config;
    auto db = c.openDb(&config, &code);
    if (!db)
        return code;
    int rows = 0;
    if (auto s = writeInstitutionsPdf(*db, out, &rows); !s)
        return c.fail(s.error());
    c.err << Invocation::tr("%1 row(s) written to %2.").arg(rows).arg(out) << "\n";
    c.err.flush();
    return cli::Done;
}

int cmdReview(Invocation &c)
{
    int code = 0;
    CountyConfig config;
    auto db = c.openDb(&config, &code);
    if (!db)
        return code;
    // Paper records (source = paper) of forms the county did not hold when they arrived, and how they compare with
    // the county's list since: pending (no list yet), matched, mismatch (the ID differs: it does not stand).
    auto q = db->run(u"SELECT center_code, form_no, cycle, local_date, clerk_name, review, uuid FROM certifications "
                     "WHERE review IS NOT NULL ORDER BY CASE review WHEN 'mismatch' THEN 0 WHEN 'pending' THEN 1 "
                     "ELSE 2 END, received_at, id"_s);
    if (!q)
        return c.fail(q.error());
    QJsonArray rows;
    while (q->next())
        rows.append(QJsonObject{{u"center"_s, q->value(0).toString()},
                                {u"form_no"_s, q->value(1).toString()},
                                {u"cycle"_s, q->value(2).toInt()},
                                {u"date"_s, q->value(3).toString()},
                                {u"clerk_name"_s, q->value(4).toString()},
                                {u"review"_s, q->value(5).toString()},
                                {u"uuid"_s, q->value(6).toString()}});
    if (c.json()) {
        c.printJson(QJsonObject{{u"records"_s, rows}});
        return cli::Done;
    }
    c.out << Invocation::tr("center\tform\tcycle\tdate\tclerk\treview") << "\n";
    for (const QJsonValue &v : rows) {
        const QJsonObject r = v.toObject();
        c.out << r[u"center"_s].toString() << "\t" << r[u"form_no"_s].toString() << "\t" << r[u"cycle"_s].toInt()
              << "\t" << r[u"date"_s].toString() << "\t" << r[u"clerk_name"_s].toString() << "\t"
              << r[u"review"_s].toString() << "\n";
    }
    c.out << Invocation::tr("%1 paper record(s) to review.").arg(rows.size()) << "\n";
    c.out.flush();
    return cli::Done;
}

} // namespace certdesk::county
