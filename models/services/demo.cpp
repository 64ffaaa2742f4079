#include "services/demo.h"

#include "domain/citizenid.h"
#include "services/accounts.h"
#include "services/importer.h"
#include "services/session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace certdesk {

namespace {

const char16_t *const kSurnames[] = {u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵", u"吴", u"周",
                                     u"徐", u"孙", u"马", u"朱", u"胡", u"郭", u"何", u"林", u"罗", u"高"};
const char16_t *const kGiven[] = {u"秀英", u"桂兰", u"建国", u"志强", u"淑珍", u"玉梅", u"德明", u"振华",
                                  u"凤英", u"国庆", u"海燕", u"红梅", u"文华", u"永福", u"丽华", u"长林"};
// Real region codes so the ID numbers validate; the people themselves are generated.
const char *const kRegions[] = {"440106", "440304", "110105", "310104", "320102", "330106", "420111", "510104"};
const char16_t *const kAgencies[] = {u"演示市社会保险基金管理局", u"演示县社会保险事业管理局"};

QString pick(QRandomGenerator &rng, const char16_t *const *list, int count)
{
    return QString::fromUtf16(list[rng.bounded(count)]);
}

QString makeId(QRandomGenerator &rng, QDate birth, int seq)
{
    const QString first17 = QLatin1String(kRegions[rng.bounded(8)]) + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(seq % 1000, 3, 10, QLatin1Char('0'));
    return first17 + citizenIdCheckChar(first17);
}

} // namespace

QByteArray demoFormsJson(int people, const QDate &today, quint32 seed)
{
    QRandomGenerator rng(seed);
    QJsonArray forms;
    for (int i = 0; i < people; ++i) {
        const QDate birth = QDate(1940, 1, 1).addDays(rng.bounded(365 * 25));
        const QString id = makeId(rng, birth, i);
        const bool male = (id.at(16).digitValue() % 2) == 1;
        const QDate due = today.addDays(30 + rng.bounded(150));
        const bool mail = i % 5 == 4;
        QJsonObject o{
            {QStringLiteral("form_no"), QStringLiteral("YD%1%2").arg(due.year()).arg(i + 1, 6, 10, QLatin1Char('0'))},
            {QStringLiteral("check_code"), QString::number(100000 + rng.bounded(900000))},
            {QStringLiteral("name"), pick(rng, kSurnames, 20) + pick(rng, kGiven, 16)},
            {QStringLiteral("sex"), male ? QStringLiteral("男") : QStringLiteral("女")},
            {QStringLiteral("birth"), birth.toString(QStringLiteral("yyyy-MM"))},
            {QStringLiteral("id_no"), id},
            {QStringLiteral("person_no"), QStringLiteral("P%1").arg(80000000 + i)},
            {QStringLiteral("address"), QStringLiteral("演示市演示区幸福路%1号").arg(i + 1)},
            {QStringLiteral("postcode"), QStringLiteral("510000")},
            {QStringLiteral("phone"), QStringLiteral("1390000%1").arg(i % 10000, 4, 10, QLatin1Char('0'))},
            {QStringLiteral("insured_agency"), pick(rng, kAgencies, 2)},
            {QStringLiteral("due_date"), due.toString(Qt::ISODate)},
            {QStringLiteral("variant"), mail ? QStringLiteral("mail") : QStringLiteral("online")}};
        if (mail) {
            o.insert(QStringLiteral("reply_unit"), QStringLiteral("演示市社会保险基金管理局待遇科"));
            o.insert(QStringLiteral("reply_address"), QStringLiteral("演示市人民路1号"));
            o.insert(QStringLiteral("reply_postcode"), QStringLiteral("430000"));
            o.insert(QStringLiteral("reply_phone"), QStringLiteral("027-88880000"));
        }
        forms.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("forms"), forms}}).toJson(QJsonDocument::Compact);
}

QByteArray demoDeathsJson(const QList<Form> &forms)
{
    QJsonArray deaths;
    for (const Form &f : forms)
        deaths.append(QJsonObject{{QStringLiteral("id_no"), f.person.idNo},
                                  {QStringLiteral("name"), f.person.name},
                                  {QStringLiteral("death_date"), f.dueDate.addMonths(-8).toString(Qt::ISODate)},
                                  {QStringLiteral("source"), QStringLiteral("演示市民政局")}});
    return QJsonDocument(QJsonObject{{QStringLiteral("deaths"), deaths}}).toJson(QJsonDocument::Compact);
}

Result<DemoInfo> createDemo(const QString &dbPath, const Clock &clock, int people, int kdfIterations)
{
    DemoInfo info;
    info.accounts = {
        {QStringLiteral("admin"), QStringLiteral("demo-admin"), Role::Admin, QStringLiteral("系统管理员")},
        {QStringLiteral("clerk"), QStringLiteral("demo-clerk"), Role::Clerk, QStringLiteral("李经办")},
        {QStringLiteral("super"), QStringLiteral("demo-super"), Role::Supervisor, QStringLiteral("王主管")}};
    InitRequest init;
    init.dbPath = dbPath;
    init.center.code = QStringLiteral("DEMO01");
    init.center.name = QStringLiteral("演示街道劳动就业社会保障服务中心");
    init.center.policy = CyclePolicy::Rolling;
    init.center.address = QStringLiteral("演示市演示区民生路8号");
    init.center.contact = QStringLiteral("王主管");
    init.center.department = QStringLiteral("社会保障服务窗口");
    init.center.title = QStringLiteral("主任");
    init.center.phone = QStringLiteral("020-88886666");
    init.adminUser = info.accounts[0].username;
    init.adminFullName = info.accounts[0].fullName;
    init.adminPassword = info.accounts[0].password;
    init.kdfIterations = kdfIterations;
    auto recovery = Session::initialize(init, clock);
    if (!recovery)
        return recovery.error();
    info.recoveryCode = recovery.value();
    auto session = Session::open(dbPath, init.adminUser, init.adminPassword, clock);
    if (!session)
        return session.error();
    session.value()->setKdfIterations(kdfIterations);
    AccountService accounts(*session.value());
    for (int i = 1; i < info.accounts.size(); ++i) {
        const DemoAccount &a = info.accounts[i];
        if (auto r = accounts.add(a.username, a.role, a.fullName, a.password); !r)
            return r.error();
    }
    ImportService importer(*session.value());
    const QByteArray formsJson = demoFormsJson(people, clock.today(), 20121127u);
    auto forms = parseFormRows(formsJson, TextEncoding::Utf8, clock.today());
    if (!forms)
        return forms.error();
    auto imported =
        importer.importBytes(ImportKind::Forms, formsJson, QStringLiteral("demo-forms.json"), TextEncoding::Utf8);
    if (!imported)
        return imported.error();
    info.forms = imported->added;
    // Every 50th person is on the death list, to show the 防冒领 warning and the supervisor override.
    for (int i = 7; i < forms->rows.size(); i += 50)
        info.deceased.append(forms->rows[i]);
    auto deaths = importer.importBytes(ImportKind::Deaths, demoDeathsJson(info.deceased),
                                       QStringLiteral("demo-deaths.json"), TextEncoding::Utf8);
    if (!deaths)
        return deaths.error();
    info.deaths = deaths->added;
    for (int i = 0; i < qMin<qsizetype>(3, forms->rows.size()); ++i)
        info.samples.append(forms->rows[i]);
    if (forms->rows.size() > 4)
        info.samples.append(forms->rows[4]); // a mail-back (附表2) form
    return info;
}

} // namespace certdesk
