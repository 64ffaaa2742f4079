#include "tallies.h"

#include "sqlbatch.h"

#include <QDateTime>
#include <QMap>

#include <algorithm>
#include <array>
#include <tuple>

namespace certdesk::county {

using namespace Qt::StringLiterals;

namespace {

// ---- progress (overview) -------------------------------------------------------------------------------------

using ProgressKey = std::pair<QString, int>;      // center, cycle
using DayKey = std::tuple<QString, int, QString>; // center, cycle, day
using ProgressDelta = std::array<qint64, 4>;      // forms, withdrawn, alive, deceased

Status applyProgress(CountyDb &db, const QMap<ProgressKey, ProgressDelta> &progress, const QMap<DayKey, qint64> &days)
{
    // Sorted keys (QMap): concurrent writers on PostgreSQL lock the tally rows in the same order.
    for (auto it = progress.cbegin(); it != progress.cend(); ++it) {
        const ProgressDelta &d = it.value();
        if (d == ProgressDelta{})
            continue;
        if (auto r = db.run(u"INSERT INTO progress_tallies(center_code, cycle, forms, withdrawn, alive, deceased) "
                            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (center_code, cycle) DO UPDATE SET "
                            "forms = progress_tallies.forms + excluded.forms, "
                            "withdrawn = progress_tallies.withdrawn + excluded.withdrawn, "
                            "alive = progress_tallies.alive + excluded.alive, "
                            "deceased = progress_tallies.deceased + excluded.deceased"_s,
                            {it.key().first, it.key().second, d[0], d[1], d[2], d[3]});
            !r)
            return r.error();
    }
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        if (it.value() == 0)
            continue;
        if (auto r = db.run(u"INSERT INTO progress_days(center_code, cycle, day, certified) VALUES (?, ?, ?, ?) "
                            "ON CONFLICT (center_code, cycle, day) DO UPDATE SET "
                            "certified = progress_days.certified + excluded.certified"_s,
                            {std::get<0>(it.key()), std::get<1>(it.key()), std::get<2>(it.key()), it.value()});
            !r)
            return r.error();
    }
    return {};
}

// ---- workload -------------------------------------------------------------------------------------------------

struct Counters
{
    QString clerkName;
    // online_alive, online_deceased, mail_alive, mail_deceased, info_changes, corrections
    std::array<qint64, 6> n{};
};
using WorkKey = std::tuple<QString, QString, QString, QString>; // basis, day, center, clerk
using WorkDeltas = QMap<WorkKey, Counters>;

Counters &counters(WorkDeltas &d, const char *basis, const QString &day, const QString &center, const QString &clerk,
                   const QString &clerkName)
{
    Counters &c = d[WorkKey{QLatin1String(basis), day, center, clerk}];
    if (!clerkName.isEmpty())
        c.clerkName = clerkName;
    return c;
}

int resultColumn(bool mail, bool alive)
{
    return (mail ? 2 : 0) + (alive ? 0 : 1);
}

// The county's calendar day of an arrival (received_at is UTC), as the raw report computes it.
QString arrivalDay(const QString &receivedAt)
{
    return QDateTime::fromString(receivedAt, Qt::ISODateWithMs).toLocalTime().date().toString(Qt::ISODate);
}

// Into empty tallies (rebuild): multi-row inserts, a few round trips for the whole county.
Status insertWork(CountyDb &db, const WorkDeltas &deltas)
{
    QList<QVariantList> rows;
    for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
        const Counters &c = it.value();
        const auto &[basis, day, center, clerk] = it.key();
        rows << QVariantList{basis,  day,    center, clerk, notNull(c.clerkName), c.n[0], c.n[1],
                             c.n[2], c.n[3], c.n[4], c.n[5]};
    }
    return insertRows(db, u"workload_tallies"_s,
                      {u"basis"_s, u"day"_s, u"center_code"_s, u"clerk"_s, u"clerk_name"_s, u"online_alive"_s,
                       u"online_deceased"_s, u"mail_alive"_s, u"mail_deceased"_s, u"info_changes"_s, u"corrections"_s},
                      rows);
}

Status applyWork(CountyDb &db, const WorkDeltas &deltas)
{
    for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
        const Counters &c = it.value();
        if (c.n == std::array<qint64, 6>{} && c.clerkName.isEmpty())
            continue;
        const auto &[basis, day, center, clerk] = it.key();
        if (auto r = db.run(
                u"INSERT INTO workload_tallies(basis, day, center_code, clerk, clerk_name, online_alive, "
                "online_deceased, mail_alive, mail_deceased, info_changes, corrections) VALUES (?, ?, ?, ?, ?, ?, ?, "
                "?, "
                "?, ?, ?) ON CONFLICT (basis, day, center_code, clerk) DO UPDATE SET clerk_name = CASE WHEN "
                "excluded.clerk_name <> '' THEN excluded.clerk_name ELSE workload_tallies.clerk_name END, "
                "online_alive = workload_tallies.online_alive + excluded.online_alive, "
                "online_deceased = workload_tallies.online_deceased + excluded.online_deceased, "
                "mail_alive = workload_tallies.mail_alive + excluded.mail_alive, "
                "mail_deceased = workload_tallies.mail_deceased + excluded.mail_deceased, "
                "info_changes = workload_tallies.info_changes + excluded.info_changes, "
                "corrections = workload_tallies.corrections + excluded.corrections"_s,
                {basis, day, center, clerk, notNull(c.clerkName), c.n[0], c.n[1], c.n[2], c.n[3], c.n[4], c.n[5]});
            !r)
            return r.error();
    }
    return {};
}

struct Stored
{
    qint64 id = 0;
    QString uuid, supersedes, center, clerk, clerkName, day, receivedAt;
    bool alive = true, changed = false, mail = false;
};

const char kStoredColumns[] =
    "SELECT id, uuid, COALESCE(supersedes, ''), center_code, clerk, clerk_name, local_date, received_at, alive, "
    "CASE WHEN new_address IS NOT NULL OR new_postcode IS NOT NULL OR new_phone IS NOT NULL THEN 1 ELSE 0 END, "
    "variant FROM certifications WHERE uuid IN %IN%";

Status loadStored(CountyDb &db, const QStringList &uuids, QHash<QString, Stored> *out)
{
    return selectIn(db, QLatin1String(kStoredColumns), {}, uuids, [out](const QSqlQuery &q) {
        Stored s{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                 q.value(4).toString(),   q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
        s.alive = q.value(8).toInt() == 1;
        s.changed = q.value(9).toInt() == 1;
        s.mail = q.value(10).toString() == u"mail"_s;
        out->insert(s.uuid, s);
    });
}

} // namespace

Status FormTallies::capture(CountyDb &db, const QStringList &formNos)
{
    m_formNos = formNos;
    m_formNos.removeDuplicates();
    m_before.clear();
    return selectIn(db,
                    u"SELECT form_no, center_code, cycle, status, standing, standing_day FROM forms "
                    "WHERE form_no IN %IN%"_s,
                    {}, m_formNos, [this](const QSqlQuery &q) {
                        m_before.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toInt(),
                                                                q.value(3).toString() == u"withdrawn"_s,
                                                                q.value(4).toInt(), q.value(5).toString()});
                    });
}

Status FormTallies::apply(CountyDb &db)
{
    QHash<QString, State> after;
    if (auto s = selectIn(db,
                          u"SELECT form_no, center_code, cycle, status, standing, standing_day FROM forms "
                          "WHERE form_no IN %IN%"_s,
                          {}, m_formNos,
                          [&after](const QSqlQuery &q) {
                              after.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toInt(),
                                                                   q.value(3).toString() == u"withdrawn"_s,
                                                                   q.value(4).toInt(), q.value(5).toString()});
                          });
        !s)
        return s;
    QHash<QString, std::pair<int, QString>> standing; // form → (1 alive / 2 deceased, first day)
    if (auto s = selectIn(
            db,
            u"SELECT c.form_no, MAX(c.alive), MIN(c.local_date) FROM certifications c JOIN forms f "
            "ON f.form_no = c.form_no AND f.cycle = c.cycle WHERE c.form_no IN %IN% AND %1 "
            "GROUP BY c.form_no"_s.arg(QLatin1String(kStandingSql)),
            {}, m_formNos,
            [&standing](const QSqlQuery &q) {
                standing.insert(q.value(0).toString(), {q.value(1).toInt() == 1 ? 1 : 2, q.value(2).toString()});
            });
        !s)
        return s;
    // Forms whose stored standing is stale, grouped by the new value: one UPDATE … IN per group.
    QMap<std::pair<int, QString>, QStringList> updates;
    for (auto it = after.begin(); it != after.end(); ++it) {
        const auto now = standing.value(it.key(), {0, QString(u""_s)});
        if (it->standing != now.first || it->day != now.second) {
            updates[now] << it.key();
            it->standing = now.first;
            it->day = now.second;
        }
    }
    for (auto it = updates.cbegin(); it != updates.cend(); ++it)
        if (auto s = selectIn(db, u"UPDATE forms SET standing = ?, standing_day = ? WHERE form_no IN %IN%"_s,
                              {it.key().first, it.key().second}, it.value(), [](const QSqlQuery &) {});
            !s)
            return s;
    QMap<ProgressKey, ProgressDelta> progress;
    QMap<DayKey, qint64> days;
    const auto add = [&](const State &st, qint64 sign) {
        ProgressDelta &d = progress[{st.center, st.cycle}];
        d[0] += sign;
        if (st.withdrawn) {
            d[1] += sign;
            return;
        }
        if (st.standing == 0)
            return;
        d[st.standing == 1 ? 2 : 3] += sign;
        days[{st.center, st.cycle, st.day}] += sign;
    };
    for (const State &st : std::as_const(m_before))
        add(st, -1);
    for (const State &st : std::as_const(after))
        add(st, +1);
    m_before.clear();
    m_formNos.clear();
    return applyProgress(db, progress, days);
}

Status addWorkloadTallies(CountyDb &db, const QStringList &uuids)
{
    QHash<QString, Stored> known;
    if (auto s = loadStored(db, uuids, &known); !s)
        return s;
    QList<Stored> batch = known.values();
    std::sort(batch.begin(), batch.end(), [](const Stored &a, const Stored &b) { return a.id < b.id; });
    // The chains the corrections extend, back to their originals (chains are short: one correction each at most).
    for (int guard = 0; guard < 1000; ++guard) {
        QStringList missing;
        for (const Stored &s : std::as_const(known))
            if (!s.supersedes.isEmpty() && !known.contains(s.supersedes))
                missing << s.supersedes;
        missing.removeDuplicates();
        if (missing.isEmpty())
            break;
        const qsizetype before = known.size();
        if (auto s = loadStored(db, missing, &known); !s)
            return s;
        if (known.size() == before)
            break; // a dangling target (not possible through a push): nothing more to find
    }
    WorkDeltas d;
    for (const Stored &r : std::as_const(batch)) {
        const QString arrival = arrivalDay(r.receivedAt);
        if (r.supersedes.isEmpty()) {
            for (auto [basis, day] : {std::pair{"w", r.day}, std::pair{"a", arrival}}) {
                Counters &c = counters(d, basis, day, r.center, r.clerk, r.clerkName);
                ++c.n[resultColumn(r.mail, r.alive)];
                c.n[4] += r.changed ? 1 : 0;
            }
            continue;
        }
        ++counters(d, "w", r.day, r.center, r.clerk, r.clerkName).n[5];
        ++counters(d, "a", arrival, r.center, r.clerk, r.clerkName).n[5];
        const auto target = known.constFind(r.supersedes);
        if (target == known.constEnd())
            continue;
        const Stored *original = &target.value();
        for (int guard = 0; guard < 1000 && !original->supersedes.isEmpty(); ++guard) {
            const auto up = known.constFind(original->supersedes);
            if (up == known.constEnd())
                break;
            original = &up.value();
        }
        if (!original->supersedes.isEmpty())
            continue;
        // The chain's current result moves from the corrected record's to this one's, on the original's rows.
        for (auto [basis, day] : {std::pair{"w", original->day}, std::pair{"a", arrivalDay(original->receivedAt)}}) {
            Counters &c = counters(d, basis, day, original->center, original->clerk, QString());
            --c.n[resultColumn(original->mail, target->alive)];
            ++c.n[resultColumn(original->mail, r.alive)];
            c.n[4] += (r.changed ? 1 : 0) - (target->changed ? 1 : 0);
        }
    }
    return applyWork(db, d);
}

Status rebuildTallies(CountyDb &db)
{
    for (const QString &sql :
         {u"DELETE FROM progress_tallies"_s, u"DELETE FROM progress_days"_s, u"DELETE FROM workload_tallies"_s,
          u"UPDATE forms SET standing = 0, standing_day = '' WHERE standing <> 0 OR standing_day <> ''"_s,
          u"UPDATE forms SET standing = CASE WHEN x.alive = 1 THEN 1 ELSE 2 END, standing_day = x.day FROM "
          "(SELECT c.form_no, c.cycle, MAX(c.alive) AS alive, MIN(c.local_date) AS day FROM certifications c "
          "WHERE %1 GROUP BY c.form_no, c.cycle) x WHERE x.form_no = forms.form_no AND x.cycle = forms.cycle"_s.arg(
              QLatin1String(kStandingSql)),
          u"INSERT INTO progress_tallies(center_code, cycle, forms, withdrawn, alive, deceased) SELECT center_code, "
          "cycle, COUNT(*), SUM(CASE WHEN status = 'withdrawn' THEN 1 ELSE 0 END), "
          "SUM(CASE WHEN status = 'pending' AND standing = 1 THEN 1 ELSE 0 END), "
          "SUM(CASE WHEN status = 'pending' AND standing = 2 THEN 1 ELSE 0 END) FROM forms "
          "GROUP BY center_code, cycle"_s,
          u"INSERT INTO progress_days(center_code, cycle, day, certified) SELECT center_code, cycle, standing_day, "
          "COUNT(*) FROM forms WHERE status = 'pending' AND standing <> 0 GROUP BY center_code, cycle, "
          "standing_day"_s})
        if (auto r = db.run(sql); !r)
            return r.error();
    // Workload: grouped in SQL by the arrival's UTC quarter-hour (every time zone's offset is a multiple of 15
    // minutes), so C++ only maps each group to the county's calendar day.
    const QString bucket =
        u"substr(%1.received_at, 1, 14) || CASE WHEN substr(%1.received_at, 15, 2) < '15' THEN "
        "'00' WHEN substr(%1.received_at, 15, 2) < '30' THEN '15' WHEN substr(%1.received_at, 15, 2) "
        "< '45' THEN '30' ELSE '45' END || ':00.000Z'"_s;
    WorkDeltas d;
    QHash<QString, QString> dayOfBucket; // a few hundred buckets: each converted once
    const auto arrival = [&dayOfBucket](const QString &utcBucket) {
        auto it = dayOfBucket.constFind(utcBucket);
        return it != dayOfBucket.constEnd() ? it.value() : *dayOfBucket.insert(utcBucket, arrivalDay(utcBucket));
    };
    auto originals = db.run(
        u"WITH RECURSIVE chain(orig, cur) AS (SELECT uuid, uuid FROM certifications WHERE supersedes IS NULL "
        "UNION ALL SELECT chain.orig, n.uuid FROM chain JOIN certifications n ON n.supersedes = chain.cur) "
        "SELECT o.center_code, o.clerk, MAX(o.clerk_name), o.local_date, %1, o.variant, t.alive, "
        "CASE WHEN t.new_address IS NOT NULL OR t.new_postcode IS NOT NULL OR t.new_phone IS NOT NULL THEN 1 ELSE 0 "
        "END, COUNT(*) FROM chain JOIN certifications o ON o.uuid = chain.orig JOIN certifications t ON "
        "t.uuid = chain.cur WHERE NOT EXISTS (SELECT 1 FROM certifications s WHERE s.supersedes = chain.cur) "
        "GROUP BY 1, 2, 4, 5, 6, 7, 8"_s.arg(bucket.arg(u"o"_s)));
    if (!originals)
        return originals.error();
    while (originals->next()) {
        const QString center = originals->value(0).toString(), clerk = originals->value(1).toString();
        const QString name = originals->value(2).toString();
        const qint64 n = originals->value(8).toLongLong();
        const bool mail = originals->value(5).toString() == u"mail"_s, alive = originals->value(6).toInt() == 1;
        for (auto [basis, day] : {std::pair{"w", originals->value(3).toString()},
                                  std::pair{"a", arrival(originals->value(4).toString())}}) {
            Counters &c = counters(d, basis, day, center, clerk, name);
            c.n[resultColumn(mail, alive)] += n;
            c.n[4] += originals->value(7).toInt() == 1 ? n : 0;
        }
    }
    auto corrections =
        db.run(u"SELECT c.center_code, c.clerk, MAX(c.clerk_name), c.local_date, %1, COUNT(*) FROM "
               "certifications c WHERE c.supersedes IS NOT NULL GROUP BY 1, 2, 4, 5"_s.arg(bucket.arg(u"c"_s)));
    if (!corrections)
        return corrections.error();
    while (corrections->next()) {
        const QString center = corrections->value(0).toString(), clerk = corrections->value(1).toString();
        const QString name = corrections->value(2).toString();
        const qint64 n = corrections->value(5).toLongLong();
        counters(d, "w", corrections->value(3).toString(), center, clerk, name).n[5] += n;
        counters(d, "a", arrival(corrections->value(4).toString()), center, clerk, name).n[5] += n;
    }
    return insertWork(db, d);
}

} // namespace certdesk::county
