#include "consoledata.h"

#include "sheet/spreadsheet.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace certdesk::console {

namespace {
struct OverviewTr
{
    Q_DECLARE_TR_FUNCTIONS(certdesk::console::OverviewTab)
};
struct WorkloadTr
{
    Q_DECLARE_TR_FUNCTIONS(certdesk::console::WorkloadTab)
};
} // namespace

using namespace Qt::StringLiterals;

namespace {

QDateTime stamp(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QDate day(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

qint64 count(const QJsonObject &o, const char *key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

Progress decodeProgress(const QJsonObject &o)
{
    Progress p;
    p.forms = count(o, "forms");
    p.withdrawn = count(o, "withdrawn");
    p.deceased = count(o, "deceased");
    p.due = count(o, "due");
    p.alive = count(o, "alive");
    p.remaining = count(o, "remaining");
    p.share = o.value(u"share"_s).toDouble();
    p.pace = o.value(u"pace"_s).toDouble();
    p.projectedFinish = day(o.value(u"projected_finish"_s));
    p.lastSync = stamp(o.value(u"last_sync"_s));
    return p;
}

QString csvField(const QString &v)
{
    if (!v.contains(QLatin1Char(',')) && !v.contains(QLatin1Char('"')) && !v.contains(QLatin1Char('\n')))
        return v;
    QString q = v;
    q.replace(u"\""_s, u"\"\""_s);
    return u"\""_s + q + u"\""_s;
}

} // namespace

WorkloadRow decodeWorkloadRow(const QJsonObject &o)
{
    WorkloadRow r;
    r.date = day(o.value(u"date"_s));
    r.center = o.value(u"center"_s).toString();
    r.clerk = o.value(u"clerk"_s).toString();
    r.clerkName = o.value(u"clerk_name"_s).toString();
    r.onlineAlive = int(count(o, "online_alive"));
    r.onlineDeceased = int(count(o, "online_deceased"));
    r.mailAlive = int(count(o, "mail_alive"));
    r.mailDeceased = int(count(o, "mail_deceased"));
    r.alive = int(count(o, "alive"));
    r.deceased = int(count(o, "deceased"));
    r.addressChanges = int(count(o, "info_changes"));
    r.corrections = int(count(o, "corrections"));
    r.refusals = int(count(o, "refusals"));
    return r;
}

Overview decodeOverview(const QJsonObject &o)
{
    Overview v;
    v.countyCode = o.value(u"county_code"_s).toString();
    v.countyName = o.value(u"county_name"_s).toString();
    v.cycle = o.value(u"cycle"_s).toInt();
    v.today = day(o.value(u"today"_s));
    v.windowEnd = day(o.value(u"window_end"_s));
    v.daysLeft = o.value(u"days_left"_s).toInt();
    v.dataAsOf = stamp(o.value(u"data_as_of"_s));
    for (const auto &c : o.value(u"centers"_s).toArray()) {
        OverviewCenter oc;
        static_cast<Progress &>(oc) = decodeProgress(c.toObject());
        oc.code = c.toObject().value(u"center"_s).toString();
        oc.name = c.toObject().value(u"center_name"_s).toString();
        v.centers.append(oc);
    }
    v.total = decodeProgress(o.value(u"total"_s).toObject());
    return v;
}

WorkloadData decodeWorkload(const QJsonObject &o)
{
    WorkloadData w;
    w.from = day(o.value(u"from"_s));
    w.to = day(o.value(u"to"_s));
    w.center = o.value(u"center"_s).toString();
    w.byArrival = o.value(u"by"_s).toString() == u"arrival"_s;
    for (const auto &v : o.value(u"days"_s).toArray())
        w.days.append(decodeWorkloadRow(v.toObject()));
    for (const auto &v : o.value(u"clerks"_s).toArray())
        w.clerks.append(decodeWorkloadRow(v.toObject()));
    for (const auto &v : o.value(u"rows"_s).toArray())
        w.rows.append(decodeWorkloadRow(v.toObject()));
    w.total = decodeWorkloadRow(o.value(u"total"_s).toObject());
    return w;
}

QList<CenterStatus> decodeCenters(const QJsonObject &o)
{
    QList<CenterStatus> out;
    for (const auto &v : o.value(u"centers"_s).toArray()) {
        const QJsonObject c = v.toObject();
        CenterStatus s;
        s.code = c.value(u"center"_s).toString();
        s.name = c.value(u"center_name"_s).toString();
        s.lastContact = stamp(c.value(u"last_contact"_s));
        s.daysSinceContact = c.value(u"days_since_contact"_s).isNull() ? -1 : c.value(u"days_since_contact"_s).toInt();
        s.band = c.value(u"band"_s).toString();
        s.lastCertification = stamp(c.value(u"last_certification_received"_s));
        s.receivedToday = int(count(c, "received_today"));
        s.receivedWeek = int(count(c, "received_week"));
        s.certifiedToday = int(count(c, "certified_today"));
        s.usualPerDay = c.value(u"usual_per_day"_s).toDouble();
        s.waiting = c.value(u"waiting"_s).isNull() ? -1 : int(count(c, "waiting"));
        s.programVersion = c.value(u"program_version"_s).toString();
        s.hasClockOffset = !c.value(u"clock_offset_ms"_s).isNull();
        s.clockOffsetMs = count(c, "clock_offset_ms");
        s.certNotAfter = stamp(c.value(u"cert_not_after"_s));
        for (const auto &r : c.value(u"silent_reasons"_s).toArray())
            s.silentReasons << r.toString();
        out.append(s);
    }
    return out;
}

QList<ReviewItem> decodeReview(const QJsonObject &o)
{
    QList<ReviewItem> out;
    for (const auto &v : o.value(u"items"_s).toArray()) {
        const QJsonObject i = v.toObject();
        out.append({i.value(u"id"_s).toString(), i.value(u"kind"_s).toString(), i.value(u"center"_s).toString(),
                    i.value(u"form_no"_s).toString(), stamp(i.value(u"since"_s)), i.value(u"waited_hours"_s).toDouble(),
                    i.value(u"detail"_s).toObject()});
    }
    return out;
}

OpenForms decodeOpenForms(const QJsonObject &o)
{
    OpenForms f;
    f.center = o.value(u"center"_s).toString();
    f.cycle = o.value(u"cycle"_s).toInt();
    f.total = count(o, "total");
    for (const auto &v : o.value(u"forms"_s).toArray()) {
        const QJsonObject i = v.toObject();
        f.forms.append({i.value(u"form_no"_s).toString(), i.value(u"id_masked"_s).toString(),
                        i.value(u"name"_s).toString(), day(i.value(u"due_date"_s))});
    }
    return f;
}

double ChartData::max() const
{
    double m = 0;
    for (int i = 0; i < categories.size(); ++i) {
        double sum = 0;
        for (const ChartSeries &s : series)
            sum += s.values.value(i);
        m = qMax(m, sum);
    }
    return m;
}

ChartData overviewChart(const Overview &o)
{
    ChartData c;
    c.title = OverviewTr::tr("Share certified (%)");
    ChartSeries share{OverviewTr::tr("Certified alive"), {}};
    for (const OverviewCenter &oc : o.centers) {
        if (oc.forms == 0)
            continue; // a center with no forms of the cycle listed under it has no progress to draw
        c.categories << (oc.name.isEmpty() ? oc.code : oc.name);
        share.values << std::round(oc.share * 1000) / 10;
    }
    c.series << share;
    return c;
}

ChartData workloadChart(const WorkloadData &w)
{
    ChartData c;
    c.title = WorkloadTr::tr("Work per day");
    ChartSeries alive{WorkloadTr::tr("Alive"), {}};
    ChartSeries deceased{WorkloadTr::tr("Deceased"), {}};
    ChartSeries changes{WorkloadTr::tr("Information changes"), {}};
    for (const WorkloadRow &d : w.days) {
        c.categories << d.date.toString(u"MM-dd"_s);
        alive.values << d.alive;
        deceased.values << d.deceased;
        changes.values << d.addressChanges;
    }
    c.series << alive << deceased << changes;
    return c;
}

namespace {
QStringList openFormsHeader()
{
    return {u"认证表编号"_s, u"公民身份号码（遮蔽）"_s, u"姓名"_s, u"认证截止日期"_s};
}
} // namespace

QByteArray openFormsCsv(const OpenForms &forms)
{
    QString out = u"\uFEFF"_s + openFormsHeader().join(QLatin1Char(',')) + u"\r\n"_s;
    for (const OpenForm &f : forms.forms)
        out += QStringList{csvField(f.formNo), csvField(f.idMasked), csvField(f.name), f.dueDate.toString(Qt::ISODate)}
                   .join(QLatin1Char(',')) +
               u"\r\n"_s;
    return out.toUtf8();
}

Result<QByteArray> openFormsXlsx(const OpenForms &forms)
{
    XlsxSheet sheet{forms.center, openFormsHeader(), {}, {}};
    for (const OpenForm &f : forms.forms)
        sheet.rows.append({f.formNo, f.idMasked, f.name, f.dueDate.toString(Qt::ISODate)});
    return writeXlsx(sheet);
}

} // namespace certdesk::console
