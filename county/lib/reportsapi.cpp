// The supervisors' endpoints under /api/v1/reports/ (docs/county-reports.md). Reached only with a supervisor
// certificate (CountyServer::handle checks the role); every answer is one JSON object.
#include "countylog.h"
#include "countyreports.h"
#include "countyserver.h"
#include "countystore.h"
#include "protocol/codec.h"
#include "reportqueries.h"
#include "supervisorstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace certdesk::county {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(County)
};
} // namespace

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxRangeDays = 366;
constexpr int kMaxNote = 500;

HttpAnswer fail(int status, ErrorCode code, const QString &message)
{
    return {status, protocol::serialize(protocol::encodeError(protocol::ErrorBody{errorCodeWord(code), message}))};
}

HttpAnswer ok(const QJsonObject &o)
{
    return {200, QJsonDocument(o).toJson(QJsonDocument::Compact)};
}

// A date parameter: absent → fallback; malformed → invalid QDate with *bad set.
QDate dateParam(const QUrlQuery &q, const QString &key, const QDate &fallback, bool *bad)
{
    if (!q.hasQueryItem(key))
        return fallback;
    const QDate d = QDate::fromString(q.queryItemValue(key), Qt::ISODate);
    if (!d.isValid())
        *bad = true;
    return d;
}

int intParam(const QUrlQuery &q, const QString &key, int fallback, bool *bad)
{
    if (!q.hasQueryItem(key))
        return fallback;
    bool okNumber = false;
    const int v = q.queryItemValue(key).toInt(&okNumber);
    if (!okNumber)
        *bad = true;
    return v;
}

// The file as one JSON string: the CSV's byte-order mark is kept (fromUtf8 would drop it), so that the console
// writes back exactly the bytes of `export feedback`.
QString fileText(const QByteArray &file)
{
    if (file.startsWith("\xEF\xBB\xBF"))
        return QChar(0xFEFF) + QString::fromUtf8(file.mid(3));
    return QString::fromUtf8(file);
}

HttpAnswer dbFailure(const Error &e)
{
    qCWarning(lcCountyDb) << "report failed:" << e.codeWord(); // the code only: a driver's message can quote values
    return fail(500, ErrorCode::Internal, Tr::tr("The county database failed; try again later."));
}

HttpAnswer answerOf(const Result<QJsonObject> &r)
{
    return r ? ok(r.value()) : dbFailure(r.error());
}

} // namespace

HttpAnswer reportsAnswer(CountyDb &db, const CountyConfig &config, const QByteArray &method, const QString &path,
                         const QUrlQuery &query, const QByteArray &body, const QString &supervisor)
{
    const QString name = path.mid(QLatin1String(kReportsPrefix).size());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool bad = false;
    ReportClock clock{now, dateParam(query, u"today"_s, QDate::currentDate(), &bad)};
    if (name == u"review/mark"_s) {
        if (method != "POST")
            return fail(405, ErrorCode::MethodNotAllowed, Tr::tr("Use POST."));
        auto envelope = protocol::parseEnvelope(body);
        if (!envelope)
            return fail(envelope.error().code == ErrorCode::TooLarge ? 413 : 400, envelope.error().code,
                        envelope.error().message);
        const QString item = envelope->value(u"item"_s).toString();
        const QString note = envelope->value(u"note"_s).toString().trimmed();
        if (item.isEmpty() || note.isEmpty() || note.size() > kMaxNote)
            return fail(400, ErrorCode::BadRequest,
                        Tr::tr("A review mark needs the item and a note (1 to %1 "
                               "characters).")
                            .arg(kMaxNote));
        if (auto s = markReviewed(db, item, supervisor, note, now); !s) {
            if (s.error().code == ErrorCode::NotFound)
                return fail(404, ErrorCode::NotFound, s.error().message);
            if (s.error().code == ErrorCode::AlreadyReviewed)
                return fail(409, ErrorCode::AlreadyReviewed, s.error().message);
            return dbFailure(s.error());
        }
        return ok({{u"protocol"_s, protocol::kVersion},
                   {u"item"_s, item},
                   {u"reviewed_at"_s, now.toString(Qt::ISODateWithMs)},
                   {u"reviewed_by"_s, supervisor}});
    }
    if (method != "GET")
        return fail(405, ErrorCode::MethodNotAllowed, Tr::tr("Use GET."));
    const auto badQuery = [] { return fail(400, ErrorCode::BadRequest, Tr::tr("A query parameter is malformed.")); };
    if (name == u"overview"_s) {
        const int cycle = intParam(query, u"cycle"_s, 0, &bad);
        if (bad)
            return badQuery();
        auto o = overviewReport(db, clock, cycle);
        if (!o)
            return dbFailure(o.error());
        o->insert(u"county_code"_s, config.countyCode);
        o->insert(u"county_name"_s, config.countyName);
        return ok(o.value());
    }
    if (name == u"centers"_s)
        return bad ? badQuery() : answerOf(centersReport(db, clock));
    if (name == u"review"_s)
        return bad ? badQuery() : answerOf(reviewReport(db, clock, query.queryItemValue(u"all"_s) == u"1"_s));
    if (name == u"workload"_s || name == u"feedback"_s) {
        const QDate monday = clock.today.addDays(1 - clock.today.dayOfWeek());
        const QDate from = dateParam(query, u"from"_s, monday, &bad);
        const QDate to = dateParam(query, u"to"_s, clock.today, &bad);
        const QString by = query.queryItemValue(u"by"_s);
        const QString format = query.hasQueryItem(u"format"_s) ? query.queryItemValue(u"format"_s) : u"csv"_s;
        if (bad || from > to || from.daysTo(to) >= kMaxRangeDays ||
            !(by.isEmpty() || by == u"work"_s || by == u"arrival"_s) ||
            !(format == u"csv"_s || format == u"json"_s || (format == u"xlsx"_s && name == u"feedback"_s)))
            return badQuery();
        if (name == u"feedback"_s) {
            // Exactly the file `certdesk-county export feedback` writes (docs/county.md), as one string member.
            auto rows = feedback(db, from, to, FormVariant::Online);
            if (!rows)
                return dbFailure(rows.error());
            QJsonObject answer{
                {u"protocol"_s, protocol::kVersion},     {u"report"_s, u"feedback"_s},        {u"version"_s, 1},
                {u"from"_s, from.toString(Qt::ISODate)}, {u"to"_s, to.toString(Qt::ISODate)}, {u"format"_s, format},
                {u"rows"_s, int(rows->size())}};
            if (format == u"xlsx"_s) { // a workbook is bytes: base64, as `export feedback --format xlsx` writes it
                auto xlsx = writeXlsx(feedbackSheet(rows.value(), FormVariant::Online));
                if (!xlsx)
                    return dbFailure(xlsx.error());
                answer.insert(u"file_base64"_s, QString::fromLatin1(xlsx->toBase64()));
                return ok(answer);
            }
            const QByteArray file =
                format == u"csv"_s ? feedbackCsv(rows.value())
                                   : QJsonDocument(feedbackJson(rows.value(), config.countyCode, from, to)).toJson();
            answer.insert(u"file"_s, fileText(file));
            return ok(answer);
        }
        const QString center = query.queryItemValue(u"center"_s);
        if (!center.isEmpty()) {
            auto exists = centerExists(db, center);
            if (!exists)
                return dbFailure(exists.error());
            if (!exists.value())
                return fail(404, ErrorCode::NotFound, Tr::tr("No such center."));
        }
        return answerOf(workloadReport(db, from, to, center, by == u"arrival"_s));
    }
    if (name == u"open"_s) {
        const QString center = query.queryItemValue(u"center"_s);
        const int cycle = intParam(query, u"cycle"_s, 0, &bad);
        const int limit = intParam(query, u"limit"_s, kMaxOpenForms, &bad);
        if (bad || center.isEmpty())
            return badQuery();
        auto exists = centerExists(db, center);
        if (!exists)
            return dbFailure(exists.error());
        if (!exists.value())
            return fail(404, ErrorCode::NotFound, Tr::tr("No such center."));
        return answerOf(openFormsReport(db, center, cycle, limit));
    }
    return fail(404, ErrorCode::NotFound, Tr::tr("No such report."));
}

} // namespace certdesk::county
