#include "syncfixture.h"

#include "countyprocess.h"
#include "domain/citizenid.h"
#include "domain/workload.h"
#include "io/textdecode.h"
#include "services/accounts.h"
#include "services/certification.h"
#include "services/importer.h"
#include "services/reports.h"
#include "services/session.h"
#include "sessionaccess.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtDebug>

namespace certdesk::test {

namespace {

const char *const kRegions[] = {"440106", "110105", "310104", "320102", "330106", "420111", "510104", "440304"};

QString idFor(const QString &prefix, int index)
{
    // Distinct per (prefix, index): the prefix picks the region, the index the birth date and sequence.
    const uint salt = qHash(prefix) % 8;
    const QDate birth = QDate(1940, 1, 1).addDays(index / 1000);
    const QString first17 = QLatin1String(kRegions[salt]) + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(index % 1000, 3, 10, QLatin1Char('0'));
    return first17 + citizenIdCheckChar(first17);
}

} // namespace

QList<Form> syncForms(const QString &prefix, int count, const QDate &today, int dueInDays)
{
    QList<Form> forms;
    forms.reserve(count);
    for (int i = 0; i < count; ++i) {
        Form f;
        f.formNo = QStringLiteral("%1-%2").arg(prefix).arg(i + 1, 6, 10, QLatin1Char('0'));
        f.checkCode = QString::number(100000 + (i * 7919) % 900000);
        f.variant = FormVariant::Online;
        f.person.idNo = idFor(prefix, i);
        f.person.sex = (f.person.idNo.at(16).digitValue() % 2) ? QLatin1Char('M') : QLatin1Char('F');
        f.person.birth = f.person.idNo.mid(6, 4) + QLatin1Char('-') + f.person.idNo.mid(10, 2);
        f.person.name = QStringLiteral("测试%1").arg(i + 1);
        f.person.personNo = QStringLiteral("P%1%2").arg(prefix).arg(i + 1);
        f.person.address = QStringLiteral("测试市测试路%1号").arg(i + 1);
        f.person.postcode = QStringLiteral("510000");
        f.person.phone = QStringLiteral("1390000%1").arg(i % 10000, 4, 10, QLatin1Char('0'));
        f.insuredAgency = QStringLiteral("测试市社会保险基金管理局");
        f.dueDate = today.addDays(dueInDays);
        f.cycle = f.dueDate.year();
        forms.append(f);
    }
    return forms;
}

QByteArray formsJson(const QList<Form> &forms)
{
    QJsonArray rows;
    for (const Form &f : forms) {
        rows.append(QJsonObject{{QStringLiteral("form_no"), f.formNo},
                                {QStringLiteral("check_code"), f.checkCode},
                                {QStringLiteral("name"), f.person.name},
                                {QStringLiteral("sex"), QString(f.person.sex)},
                                {QStringLiteral("birth"), f.person.birth},
                                {QStringLiteral("id_no"), f.person.idNo},
                                {QStringLiteral("person_no"), f.person.personNo},
                                {QStringLiteral("address"), f.person.address},
                                {QStringLiteral("postcode"), f.person.postcode},
                                {QStringLiteral("phone"), f.person.phone},
                                {QStringLiteral("insured_agency"), f.insuredAgency},
                                {QStringLiteral("due_date"), f.dueDate.toString(Qt::ISODate)},
                                {QStringLiteral("variant"), QStringLiteral("online")}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("forms"), rows}}).toJson(QJsonDocument::Compact);
}

QByteArray deathsJson(const QList<Form> &forms, const QDate &deathDate)
{
    QJsonArray rows;
    for (const Form &f : forms)
        rows.append(QJsonObject{{QStringLiteral("id_no"), f.person.idNo},
                                {QStringLiteral("name"), f.person.name},
                                {QStringLiteral("death_date"), deathDate.toString(Qt::ISODate)},
                                {QStringLiteral("source"), QStringLiteral("民政部门")}});
    return QJsonDocument(QJsonObject{{QStringLiteral("deaths"), rows}}).toJson(QJsonDocument::Compact);
}

SyncCenter::SyncCenter(const QString &code, const QString &name) : m_code(code)
{
    m_dbPath = m_dir.filePath(QStringLiteral("center.db"));
    InitRequest r;
    r.dbPath = m_dbPath;
    r.center.code = code;
    r.center.name = name;
    r.center.policy = CyclePolicy::Rolling;
    r.adminUser = QStringLiteral("admin");
    r.adminFullName = QStringLiteral("管理员");
    r.adminPassword = passwordOf(r.adminUser);
    r.kdfIterations = kIterations;
    auto initialized = Session::initialize(r, m_clock);
    if (!initialized) {
        qWarning("SyncCenter %s: init failed: %s", qPrintable(code), qPrintable(initialized.error().message));
        return;
    }
    auto admin = Session::open(m_dbPath, QStringLiteral("admin"), passwordOf(QStringLiteral("admin")), m_clock);
    if (!admin)
        return;
    admin.value()->setKdfIterations(kIterations);
    AccountService accounts(*admin.value());
    m_valid =
        accounts.add(QStringLiteral("sup"), Role::Supervisor, QStringLiteral("主管"), passwordOf(QStringLiteral("sup")))
            .ok() &&
        accounts
            .add(QStringLiteral("clerk"), Role::Clerk, QStringLiteral("经办员"), passwordOf(QStringLiteral("clerk")))
            .ok();
}

SyncCenter::~SyncCenter() = default;

Session *SyncCenter::watch()
{
    if (!m_watch) {
        auto s = Session::open(m_dbPath, QStringLiteral("admin"), passwordOf(QStringLiteral("admin")), m_clock);
        if (!s) {
            qWarning("SyncCenter %s: cannot open: %s", qPrintable(m_code), qPrintable(s.error().message));
            return nullptr;
        }
        m_watch = std::move(s).value();
    }
    return m_watch.get();
}

bool SyncCenter::importForms(const QList<Form> &forms)
{
    auto sup = Session::open(m_dbPath, QStringLiteral("sup"), passwordOf(QStringLiteral("sup")), m_clock);
    if (!sup)
        return false;
    auto report =
        ImportService(*sup.value())
            .importBytes(ImportKind::Forms, formsJson(forms), QStringLiteral("forms.json"), TextEncoding::Utf8);
    if (!report || !report->accepted()) {
        qWarning("SyncCenter %s: local import failed", qPrintable(m_code));
        return false;
    }
    return true;
}

bool SyncCenter::certify(const QList<Form> &forms, bool alive, QStringList *uuids)
{
    auto clerk = Session::open(m_dbPath, QStringLiteral("clerk"), passwordOf(QStringLiteral("clerk")), m_clock);
    if (!clerk)
        return false;
    CertificationService service(*clerk.value());
    for (const Form &f : forms) {
        CertifyRequest request;
        request.formNo = f.formNo;
        request.checkCode = f.checkCode;
        request.presentedId = f.person.idNo;
        request.alive = alive;
        auto record = service.certify(request);
        if (!record) {
            qWarning("SyncCenter %s: certify %s refused: %s", qPrintable(m_code), qPrintable(f.formNo),
                     qPrintable(record.error().message));
            return false;
        }
        if (uuids)
            uuids->append(record->uuid);
    }
    return true;
}

QJsonArray SyncCenter::workloadJson(const QDate &from, const QDate &to)
{
    auto sup = Session::open(m_dbPath, QStringLiteral("sup"), passwordOf(QStringLiteral("sup")), m_clock);
    if (!sup)
        return {};
    auto rows = ReportService(*sup.value()).workload(from, to);
    QJsonArray out;
    if (rows)
        for (const WorkloadRow &r : rows.value())
            out.append(workloadRowJson(r));
    return out;
}

QString SyncCenter::refusalOf(const Form &f)
{
    auto clerk = Session::open(m_dbPath, QStringLiteral("clerk"), passwordOf(QStringLiteral("clerk")), m_clock);
    if (!clerk)
        return QStringLiteral("session: ") + clerk.error().message;
    CertificationService service(*clerk.value());
    CertifyRequest request;
    request.formNo = f.formNo;
    request.checkCode = f.checkCode;
    request.presentedId = f.person.idNo;
    auto record = service.certify(request);
    return record ? QString() : record.error().codeWord();
}

QStringList SyncCenter::adminArgs() const
{
    return {QStringLiteral("--db"), m_dbPath, QStringLiteral("--user"), QStringLiteral("admin")};
}

CliResult SyncCenter::configure(const QString &serverUrl, const QString &p12Path, const QString &p12Password,
                                const QProcessEnvironment &env)
{
    return runProgram(QStringLiteral(CERTDESK_ADMIN_BIN),
                      adminArgs() + QStringList{QStringLiteral("sync"), QStringLiteral("configure"),
                                                QStringLiteral("--server"), serverUrl, QStringLiteral("--p12"),
                                                p12Path},
                      stdinLines({passwordOf(QStringLiteral("admin")), p12Password}), env, 120000, m_wrapper);
}

CliResult SyncCenter::admin(const QStringList &args, const QStringList &moreStdin)
{
    return runProgram(QStringLiteral(CERTDESK_ADMIN_BIN), adminArgs() + args,
                      stdinLines(QStringList{passwordOf(QStringLiteral("admin"))} + moreStdin),
                      QProcessEnvironment::systemEnvironment(), 120000, m_wrapper);
}

QStringList SyncCenter::syncArgs(bool once) const
{
    QStringList args = adminArgs() << QStringLiteral("sync");
    if (once)
        args << QStringLiteral("--once");
    return args << QStringLiteral("--json");
}

CliResult SyncCenter::sync(bool once, const QProcessEnvironment &env, int timeoutMs)
{
    return runProgram(QStringLiteral(CERTDESK_ADMIN_BIN), syncArgs(once),
                      stdinLines({passwordOf(QStringLiteral("admin"))}), env, timeoutMs, m_wrapper);
}

QProcess *SyncCenter::startSync(bool once, const QProcessEnvironment &env)
{
    auto *process = new QProcess;
    process->setProcessEnvironment(env);
    process->setProcessChannelMode(QProcess::SeparateChannels);
    if (m_wrapper.isEmpty())
        process->start(QStringLiteral(CERTDESK_ADMIN_BIN), syncArgs(once));
    else
        process->start(m_wrapper.first(),
                       m_wrapper.mid(1) + QStringList{QStringLiteral(CERTDESK_ADMIN_BIN)} + syncArgs(once));
    process->write(stdinLines({passwordOf(QStringLiteral("admin"))}));
    process->closeWriteChannel();
    return process;
}

bool SyncCenter::syncUntilSettled(int rounds, QJsonObject *total, int timeoutMs)
{
    QJsonObject sum;
    for (int i = 0; i < rounds; ++i) {
        const CliResult r = sync(false, QProcessEnvironment::systemEnvironment(), timeoutMs);
        bool ok = false;
        const QJsonObject o = r.json(&ok);
        if (!ok) {
            qWarning("%s", qPrintable(r.describe()));
            continue; // a failed round (e.g. a lossy link) is retried, like the client's own loop would
        }
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.value().isDouble())
                sum.insert(it.key(), sum.value(it.key()).toInt() + it.value().toInt());
        if (total)
            *total = sum;
        if (r.exitCode == 0 && outboxStates().value(QStringLiteral("pending")) == 0 &&
            outboxStates().value(QStringLiteral("sent")) == 0)
            return true;
    }
    return false;
}

QMap<QString, int> SyncCenter::outboxStates()
{
    QMap<QString, int> states;
    Session *s = watch();
    if (!s)
        return states;
    auto q = SessionAccess::db(*s).prepare("SELECT state, count(*) FROM outbox GROUP BY state");
    if (!q)
        return states;
    while (true) {
        auto row = q->step();
        if (!row || !row.value())
            break;
        states.insert(q->text(0), int(q->int64(1)));
    }
    return states;
}

int SyncCenter::outboxConflicts()
{
    return scalar("SELECT count(*) FROM outbox WHERE state = 'conflict' OR conflict_with IS NOT NULL");
}

int SyncCenter::scalar(const char *sql)
{
    Session *s = watch();
    if (!s)
        return -1;
    auto q = SessionAccess::db(*s).prepare(sql);
    if (!q)
        return -1;
    auto row = q->step();
    return row && row.value() ? int(q->int64(0)) : -1;
}

bool SyncCenter::resetOutbox()
{
    Session *s = watch();
    return s && SessionAccess::db(*s).exec("UPDATE outbox SET state = 'pending'").ok();
}

int SyncCenter::formCount()
{
    return scalar("SELECT count(*) FROM forms");
}

int SyncCenter::deathCount()
{
    return scalar("SELECT count(*) FROM deaths");
}

} // namespace certdesk::test
