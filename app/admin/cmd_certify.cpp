#include "cli.h"

#include "cli/secretreader.h"
#include "services/certification.h"

#include <QJsonObject>

namespace certdesk::cli {

namespace {

bool yesNo(const QString &text, bool *out)
{
    if (text == QLatin1String("yes"))
        *out = true;
    else if (text == QLatin1String("no"))
        *out = false;
    else
        return false;
    return true;
}

InfoChange changeFrom(Context &c)
{
    InfoChange change;
    if (c.isSet(QStringLiteral("address")))
        change.address = c.value(QStringLiteral("address"));
    if (c.isSet(QStringLiteral("postcode")))
        change.postcode = c.value(QStringLiteral("postcode"));
    if (c.isSet(QStringLiteral("phone")))
        change.phone = c.value(QStringLiteral("phone"));
    return change;
}

int report(Context &c, const CertificationRecord &r)
{
    if (c.json()) {
        c.printJson(
            {{QStringLiteral("uuid"), r.uuid},
             {QStringLiteral("form_no"), r.formNo},
             {QStringLiteral("cycle"), r.cycle},
             {QStringLiteral("alive"), r.alive},
             {QStringLiteral("method"), methodKey(r.method)},
             {QStringLiteral("clerk"), r.clerk},
             {QStringLiteral("date"), r.localDate.toString(Qt::ISODate)},
             {QStringLiteral("supersedes"), r.supersedes.isEmpty() ? QJsonValue() : QJsonValue(r.supersedes)},
             {QStringLiteral("override_by"), r.overrideBy.isEmpty() ? QJsonValue() : QJsonValue(r.overrideBy)}});
        return Done;
    }
    c.out << Context::tr("Recorded %1: form %2, %3, %4.")
                 .arg(r.uuid, r.formNo, r.alive ? Context::tr("alive (健在)") : Context::tr("deceased (不健在)"),
                      r.localDate.toString(Qt::ISODate))
          << Qt::endl;
    if (r.variant == FormVariant::Mail && r.supersedes.isEmpty())
        c.out << Context::tr("Hand the stamped form back to the pensioner to mail it home to the insured place.")
              << Qt::endl;
    return Done;
}

const QList<QCommandLineOption> changeOptions()
{
    return {QCommandLineOption(QStringLiteral("address"), Context::tr("New address."), QStringLiteral("A")),
            QCommandLineOption(QStringLiteral("postcode"), Context::tr("New postcode."), QStringLiteral("P")),
            QCommandLineOption(QStringLiteral("phone"), Context::tr("New phone."), QStringLiteral("T"))};
}

int certify(Context &c)
{
    int code = Done;
    if (!readStdinJson(c,
                       {QStringLiteral("id"), QStringLiteral("address"), QStringLiteral("postcode"),
                        QStringLiteral("phone"), QStringLiteral("remark")},
                       &code))
        return code;
    CertifyRequest r;
    r.formNo = c.value(QStringLiteral("form"));
    r.checkCode = c.value(QStringLiteral("check"));
    r.presentedId = c.value(QStringLiteral("id"));
    // --check is the 校验码 of a 附表1; a 附表2 has none, so its certify leaves --check out.
    if (r.formNo.isEmpty() || r.presentedId.isEmpty() || !c.args.isEmpty())
        return c.usage(Context::tr("certify needs --form, --id and --alive (and --check for a 附表1)."));
    if (!yesNo(c.value(QStringLiteral("alive")), &r.alive))
        return c.usage(Context::tr("--alive is yes or no."));
    if (c.isSet(QStringLiteral("method")) && !methodFromKey(c.value(QStringLiteral("method")), &r.method))
        return c.usage(Context::tr("--method is idcard, sscard or manual."));
    r.change = changeFrom(c);
    r.remark = c.value(QStringLiteral("remark"));
    r.overrideBy = c.value(QStringLiteral("override-by"));
    r.overrideReason = c.value(QStringLiteral("override-reason"));
    if (r.overrideBy.isEmpty() != r.overrideReason.isEmpty())
        return c.usage(Context::tr("--override-by and --override-reason go together."));
    auto session = c.openSession(&code);
    if (!session)
        return code;
    if (!r.overrideBy.isEmpty()) {
        QString password;
        if (!c.secrets.read(Context::tr("Password of supervisor %1: ").arg(r.overrideBy), &password))
            return c.usage(Context::tr("No supervisor password on standard input."));
        auto approval = CertificationService::approveOverride(session->dbPath(), r.overrideBy, password, c.clock);
        password.fill(QLatin1Char('\0'));
        if (!approval)
            return c.fail(approval.error());
        r.overrideApproval = approval.value();
    }
    auto record = CertificationService(*session).certify(r);
    if (!record)
        return c.fail(record.error());
    return report(c, record.value());
}

int correct(Context &c)
{
    int code = Done;
    if (!readStdinJson(c, {QStringLiteral("address"), QStringLiteral("postcode"), QStringLiteral("phone")}, &code))
        return code;
    CorrectionRequest r;
    r.uuid = c.value(QStringLiteral("record"));
    r.reason = c.value(QStringLiteral("reason"));
    if (r.uuid.isEmpty() || !c.isSet(QStringLiteral("reason")) || !c.args.isEmpty())
        return c.usage(Context::tr("correct needs --record UUID and --reason R."));
    if (c.isSet(QStringLiteral("alive"))) {
        bool alive = true;
        if (!yesNo(c.value(QStringLiteral("alive")), &alive))
            return c.usage(Context::tr("--alive is yes or no."));
        r.alive = alive;
    }
    r.change = changeFrom(c);
    auto session = c.openSession(&code);
    if (!session)
        return code;
    auto record = CertificationService(*session).correct(r);
    if (!record)
        return c.fail(record.error());
    return report(c, record.value());
}

} // namespace

QList<Command> certifyCommands()
{
    QList<QCommandLineOption> certifyOptions{
        QCommandLineOption(QStringLiteral("form"), Context::tr("Form number."), QStringLiteral("NO")),
        QCommandLineOption(QStringLiteral("check"), Context::tr("Check code."), QStringLiteral("CODE")),
        QCommandLineOption(QStringLiteral("id"), Context::tr("ID number presented."), QStringLiteral("ID")),
        QCommandLineOption(QStringLiteral("alive"), Context::tr("yes or no."), QStringLiteral("yes|no")),
        QCommandLineOption(QStringLiteral("method"), Context::tr("idcard, sscard or manual."), QStringLiteral("M")),
        QCommandLineOption(QStringLiteral("remark"), Context::tr("Remark."), QStringLiteral("R")),
        QCommandLineOption(QStringLiteral("override-by"), Context::tr("Supervisor overriding a death notice."),
                           QStringLiteral("SUPERVISOR")),
        QCommandLineOption(QStringLiteral("override-reason"), Context::tr("Reason for the override."),
                           QStringLiteral("R"))};
    certifyOptions += changeOptions();
    certifyOptions += stdinJsonOption();
    QList<QCommandLineOption> correctOptions{
        QCommandLineOption(QStringLiteral("record"), Context::tr("Record UUID."), QStringLiteral("UUID")),
        QCommandLineOption(QStringLiteral("reason"), Context::tr("Why the record is corrected."), QStringLiteral("R")),
        QCommandLineOption(QStringLiteral("alive"), Context::tr("yes or no."), QStringLiteral("yes|no"))};
    correctOptions += changeOptions();
    correctOptions += stdinJsonOption();
    return {{QStringLiteral("certify"), certifyOptions, certify,
             QStringLiteral("--db FILE --user U certify --form NO [--check CODE] --id ID --alive yes|no "
                            "[--method idcard|sscard|manual] [--address A] [--postcode P] [--phone T] [--remark R] "
                            "[--override-by SUPERVISOR --override-reason R] [--stdin-json] [--json]"),
             true},
            {QStringLiteral("correct"), correctOptions, correct,
             QStringLiteral("--db FILE --user U correct --record UUID --reason R [--alive yes|no] "
                            "[--address A --postcode P --phone T] [--stdin-json] [--json]"),
             true}};
}

} // namespace certdesk::cli
