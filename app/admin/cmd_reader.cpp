#include "cli.h"

#include "core/workstationsettings.h"
#include "devices/readerregistry.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace certdesk::cli {

namespace {

const QString kPort = QStringLiteral("port");
const QString kWait = QStringLiteral("wait");

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// The `reader read --json` contract (docs/cli.md): exactly these keys.
QJsonObject identityJson(const CardIdentity &id)
{
    return {
        {QStringLiteral("name"), textOrNull(id.name)},
        {QStringLiteral("sex"), id.sex.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString(id.sex))},
        {QStringLiteral("nation"), textOrNull(id.nation)},
        {QStringLiteral("birth"), dateOrNull(id.birth)},
        {QStringLiteral("address"), textOrNull(id.address)},
        {QStringLiteral("id_no"), textOrNull(id.idNo)},
        {QStringLiteral("issuer"), textOrNull(id.issuer)},
        {QStringLiteral("valid_from"), dateOrNull(id.validFrom)},
        {QStringLiteral("valid_to"), id.validToLongTerm ? QJsonValue(QStringLiteral("长期")) : dateOrNull(id.validTo)},
        {QStringLiteral("card_type"), cardTypeKey(id.cardType)},
        {QStringLiteral("source"), textOrNull(id.source)}};
}

int list(Context &c)
{
    if (!c.args.isEmpty())
        return c.usage(Context::tr("reader list takes no arguments."));
    const QList<readers::ReaderInfo> found =
        readers::listReaders(c.isSet(kPort) ? c.value(kPort) : WorkstationSettings().serialPort());
    if (c.json()) {
        QJsonArray array;
        for (const readers::ReaderInfo &r : found)
            array.append(QJsonObject{{QStringLiteral("kind"), r.kind},
                                     {QStringLiteral("device"), r.device},
                                     {QStringLiteral("description"), r.description},
                                     {QStringLiteral("ready"), r.ready},
                                     {QStringLiteral("status"), r.status}});
        c.printJson(QJsonObject{{QStringLiteral("readers"), array}});
        return Done;
    }
    if (found.isEmpty())
        c.out << Context::tr("No card readers found.") << Qt::endl;
    for (const readers::ReaderInfo &r : found)
        c.out << QStringLiteral("%1\t%2\t%3\t%4")
                     .arg(r.kind, r.device, r.ready ? Context::tr("ready") : Context::tr("not ready"), r.status)
              << Qt::endl;
    return Done;
}

void printIdentity(Context &c, const CardIdentity &id)
{
    const auto line = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            c.out << label << QStringLiteral(": ") << value << Qt::endl;
    };
    line(Context::tr("card type"), cardTypeKey(id.cardType));
    line(Context::tr("name"), id.name);
    if (id.englishName != id.name)
        line(Context::tr("English name"), id.englishName);
    line(Context::tr("sex"), id.sex.isNull() ? QString() : QString(id.sex));
    line(Context::tr("nation"), id.nation);
    line(Context::tr("birth"), id.birth.toString(Qt::ISODate));
    line(Context::tr("address"), id.address);
    line(Context::tr("ID number"), id.idNo);
    line(Context::tr("issuer"), id.issuer);
    line(Context::tr("valid from"), id.validFrom.toString(Qt::ISODate));
    line(Context::tr("valid to"), id.validToLongTerm ? QStringLiteral("长期") : id.validTo.toString(Qt::ISODate));
    line(Context::tr("source"), id.source);
    if (id.isExpiredOn(c.clock.today()))
        c.out << Context::tr("WARNING: this card has expired.") << Qt::endl;
}

int read(Context &c)
{
    if (!c.args.isEmpty())
        return c.usage(Context::tr("reader read takes no arguments; name the device with --port."));
    int waitSeconds = 10;
    if (c.isSet(kWait)) {
        bool ok = false;
        waitSeconds = c.value(kWait).toInt(&ok);
        if (!ok || waitSeconds < 1 || waitSeconds > 600)
            return c.usage(Context::tr("--wait must be a number of seconds from 1 to 600."));
    }
    QStringList devices;
    if (c.isSet(kPort)) {
        devices.append(c.value(kPort));
    } else {
        for (const readers::ReaderInfo &r : readers::listReaders(WorkstationSettings().serialPort()))
            if (r.ready)
                devices.append(r.device);
    }
    std::vector<std::unique_ptr<IdentitySource>> sources;
    for (const QString &device : devices)
        if (auto source = readers::createReader(device))
            sources.push_back(std::move(source));
    if (sources.empty())
        return c.fail(Error::refused(ErrorCode::NoReaderFound,
                                     c.isSet(kPort) ? Context::tr("No card reader at %1.").arg(c.value(kPort))
                                                    : Context::tr("No card reader found.")));

    // The first card any reader delivers wins; the readers run on this thread's event loop.
    QEventLoop loop;
    std::optional<CardIdentity> card;
    QString lastMessage;
    for (auto &source : sources) {
        QObject::connect(source.get(), &IdentitySource::cardRead, &loop, [&](const CardIdentity &id) {
            card = id;
            loop.quit();
        });
        QObject::connect(source.get(), &IdentitySource::stateChanged, &loop,
                         [&](ReaderState, const QString &message) { lastMessage = message; });
    }
    QTimer::singleShot(waitSeconds * 1000, &loop, &QEventLoop::quit);
    for (auto &source : sources)
        source->start();
    loop.exec();
    for (auto &source : sources) {
        source->disconnect(&loop); // keep the last status from before stopping
        source->stop();
    }
    if (!card)
        return c.fail(Error::refused(ErrorCode::NoCardFound,
                                     Context::tr("No card read within %1 s (%2).").arg(waitSeconds).arg(lastMessage)));
    if (c.json())
        c.printJson(identityJson(*card));
    else
        printIdentity(c, *card);
    return Done;
}

} // namespace

QList<Command> readerCommands()
{
    const QCommandLineOption port(kPort, Context::tr("Card reader device (serial port path or PC/SC reader name)."),
                                  QStringLiteral("DEV"));
    const QCommandLineOption wait(kWait, Context::tr("Seconds to wait for a card (default 10)."),
                                  QStringLiteral("SECONDS"));
    return {{QStringLiteral("reader list"), {port}, list, QStringLiteral("reader list [--port DEV] [--json]"), true},
            {QStringLiteral("reader read"),
             {port, wait},
             read,
             QStringLiteral("reader read [--port DEV] [--wait SECONDS] [--json]"),
             true}};
}

} // namespace certdesk::cli
