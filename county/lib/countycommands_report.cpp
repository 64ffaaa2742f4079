// serve, workload, export feedback, conflicts.
#include "countycli_p.h"
#include "countyprint.h"
#include "countyreports.h"
#include "countyserver.h"
#include "countystore.h"
#include "sheet/worksheets.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace certdesk::county {

using namespace Qt::StringLiterals;

namespace {
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char b = 1;
    [[maybe_unused]] auto n = ::write(g_signalPipe[1], &b, 1);
}
} // namespace

int cmdServe(Invocation &c)
{
    const QString listen = c.value(u"listen"_s);
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : -1;
    QString hostText = colon > 0 ? listen.left(colon) : QString();
    if (hostText.startsWith(QLatin1Char('[')) && hostText.endsWith(QLatin1Char(']')))
        hostText = hostText.mid(1, hostText.size() - 2);
    const QHostAddress address(hostText);
    if (!portOk || port < 0 || port > 65535 || address.isNull())
        return c.usage(Invocation::tr("--listen takes ADDRESS:PORT, e.g. 127.0.0.1:8443 (port 0 picks a free one)."));
    int code = 0;
    CountyConfig config;
    auto db = c.openDb(&config, &code);
    if (!db)
        return code;
    if (QFile::exists(c.dir.caKey()))
        c.err << Invocation::tr("Warning: the CA key %1 is in the directory the server runs from; move it to a "
                                "directory of its own and give that with --ca-dir to enroll, server-cert and renew "
                                "only (docs/county.md).")
                     .arg(c.dir.caKey())
              << "\n";
    c.err.flush();
    CountyServer server(*db, config);
    auto bound = server.start(c.dir, address, quint16(port));
    if (!bound)
        return c.fail(bound.error());

    // SIGTERM/SIGINT end the event loop so that the database is closed cleanly.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &server);
        QObject::connect(notifier, &QSocketNotifier::activated, qApp, &QCoreApplication::quit);
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
    const QString shown =
        address.protocol() == QAbstractSocket::IPv6Protocol ? u"[%1]"_s.arg(address.toString()) : address.toString();
    c.out << "listening on " << shown << ":" << bound.value() << "\n";
    c.out.flush();
    return QCoreApplication::exec() == 0 ? cli::Done : cli::Refused;
}

int cmdWorkload(Invocation &c)
{
    int code = 0;
    QDate from;
    QDate to;
    if (!c.dateOption(u"from"_s, &from, &code) || !c.dateOption(u"to"_s, &to, &code))
        return code;
    if (to < from)
        return c.usage(Invocation::tr("--to is before --from."));
    const QString center = c.value(u"center"_s).trimmed();
    const QString out = c.value(u"out"_s);
    const bool xlsx = out.endsWith(u".xlsx"_s, Qt::CaseInsensitive);
    if (c.isSet(u"out"_s) && !xlsx && !out.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        return c.usage(Invocation::tr("--out takes a FILE.pdf or a FILE.xlsx."));
    CountyConfig config;
    auto db = c.openDb(&config, &code);
    if (!db)
        return code;
    if (!center.isEmpty()) {
        auto known = centerExists(*db, center);
        if (!known)
            return c.fail(known.error());
        if (!known.value())
            return c.fail(
                Error::refused(ErrorCode::UnknownCenter, Invocation::tr("No center %1 is enrolled.").arg(center)));
    }
    auto rows = workload(*db, from, to, center);
    if (!rows)
        return c.fail(rows.error());
    if (c.isSet(u"out"_s)) {
        if (xlsx) {
            auto bytes = writeXlsx(workloadSheet(rows.value()));
            if (!bytes)
                return c.fail(bytes.error());
            if (auto s = writeFileBytes(out, bytes.value(), true); !s)
                return c.fail(s.error());
        } else if (auto s = writeWorkloadPdf(*db, config, from, to, center, rows.value(), out); !s) {
            return c.fail(s.error());
        }
        c.err << Invocation::tr("%1 row(s) written to %2.").arg(rows->size()).arg(out) << "\n";
        c.err.flush();
        return cli::Done;
    }
    if (c.json()) {
        QJsonArray a;
        for (const WorkloadRow &r : rows.value())
            a.append(workloadRowJson(r));
        c.printJson(QJsonObject{{u"from"_s, from.toString(Qt::ISODate)},
                                {u"to"_s, to.toString(Qt::ISODate)},
                                {u"center"_s, center},
                                {u"rows"_s, a},
                                {u"total"_s, workloadRowJson(workloadTotal(rows.value()))}});
        return cli::Done;
    }
    c.out << Invocation::tr("date\tcenter\tclerk\t附表1 alive\t附表1 deceased\t附表2 alive\t附表2 deceased\t"
                            "information changes\tcorrections\trefusals")
          << "\n";
    for (const WorkloadRow &r : rows.value())
        c.out << r.date.toString(Qt::ISODate) << "\t" << r.center << "\t"
              << (r.clerkName.isEmpty() ? r.clerk : r.clerkName) << "\t" << r.onlineAlive << "\t" << r.onlineDeceased
              << "\t" << r.mailAlive << "\t" << r.mailDeceased << "\t" << r.addressChanges << "\t" << r.corrections
              << "\t" << r.refusals << "\n";
    c.out.flush();
    return cli::Done;
}

namespace {

int exportRows(Invocation &c, FormVariant variant)
{
    int code = 0;
    QDate from;
    QDate to;
    if (!c.dateOption(u"from"_s, &from, &code) || !c.dateOption(u"to"_s, &to, &code))
        return code;
    if (to < from)
        return c.usage(Invocation::tr("--to is before --from."));
    const QString format = c.value(u"format"_s);
    if (format != u"csv"_s && format != u"json"_s && format != u"xlsx"_s)
        return c.usage(Invocation::tr("--format is csv, json or xlsx."));
    if (format == u"xlsx"_s && !c.isSet(u"out"_s))
        return c.usage(Invocation::tr("--format xlsx needs --out FILE.xlsx."));
    CountyConfig config;
    auto db = c.openDb(&config, &code);
    if (!db)
        return code;
    auto rows = feedback(*db, from, to, variant);
    if (!rows)
        return c.fail(rows.error());
    Result<QByteArray> bytes = QByteArray();
    if (format == u"xlsx"_s)
        bytes = writeXlsx(feedbackSheet(rows.value(), variant));
    else
        bytes = format == u"csv"_s
                    ? feedbackCsv(rows.value())
                    : QJsonDocument(feedbackJson(rows.value(), config.countyCode, from, to, variant)).toJson();
    if (!bytes)
        return c.fail(bytes.error());
    if (c.isSet(u"out"_s)) {
        if (auto s = writeFileBytes(c.value(u"out"_s), bytes.value(), true); !s)
            return c.fail(s.error());
        c.err << Invocation::tr("%1 row(s) written to %2.").arg(rows->size()).arg(c.value(u"out"_s)) << "\n";
        c.err.flush();
    } else {
        c.out.flush();
        QFile out;
        out.open(stdout, QIODevice::WriteOnly);
        out.write(bytes.value());
        out.flush();
    }
    return cli::Done;
}

} // namespace

int cmdExportFeedback(Invocation &c)
{
    return exportRows(c, FormVariant::Online);
}

int cmdExportMailed(Invocation &c)
{
    return exportRows(c, FormVariant::Mail);
}

int cmdConflicts(Invocation &c)
{
    int code = 0;
    CountyConfig config;
    auto db = c.openDb(&config, &code);
    if (!db)
        return code;
    auto rows = conflicts(*db);
    if (!rows)
        return c.fail(rows.error());
    if (c.json()) {
        QJsonArray a;
        for (const ConflictRow &r : rows.value())
            a.append(QJsonObject{{u"form_no"_s, r.formNo},
                                 {u"cycle"_s, r.cycle},
                                 {u"first_center"_s, r.firstCenter},
                                 {u"first_uuid"_s, r.firstUuid},
                                 {u"second_center"_s, r.secondCenter},
                                 {u"second_uuid"_s, r.secondUuid},
                                 {u"clerk"_s, r.secondClerk},
                                 {u"certified_at"_s, r.secondCertifiedAt},
                                 {u"received_at"_s, r.receivedAt}});
        c.printJson(QJsonObject{{u"conflicts"_s, a}});
        return cli::Done;
    }
    c.out << Invocation::tr("form\tcycle\tfirst center\tsecond center\tclerk\treceived") << "\n";
    for (const ConflictRow &r : rows.value())
        c.out << r.formNo << "\t" << r.cycle << "\t" << r.firstCenter << "\t" << r.secondCenter << "\t" << r.secondClerk
              << "\t" << r.receivedAt << "\n";
    c.out << Invocation::tr("%1 conflict(s).").arg(rows->size()) << "\n";
    c.out.flush();
    return cli::Done;
}

} // namespace certdesk::county
