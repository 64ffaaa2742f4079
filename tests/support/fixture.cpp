#include "fixture.h"

#include "io/importrows.h"
#include "services/accounts.h"
#include "services/demo.h"
#include "services/importer.h"

#include <QTest>

namespace certdesk::test {

TestCenter::TestCenter(CyclePolicy policy, const QDateTime &now) : clock(now)
{
    dbPath = dir.filePath(QStringLiteral("center.db"));
    InitRequest r;
    r.dbPath = dbPath;
    r.center.code = QStringLiteral("T001");
    r.center.name = QStringLiteral("测试街道劳动就业社会保障服务中心");
    r.center.policy = policy;
    r.adminUser = QStringLiteral("admin");
    r.adminFullName = QStringLiteral("管理员");
    r.adminPassword = passwordOf(r.adminUser);
    r.kdfIterations = kIterations;
    auto code = Session::initialize(r, clock);
    if (!code)
        qFatal("TestCenter: init failed: %s", qPrintable(code.error().message));
    recoveryCode = code.value();
}

std::unique_ptr<Session> TestCenter::open(const QString &user)
{
    auto s = Session::open(dbPath, user, passwordOf(user), clock);
    if (!s) {
        qWarning("TestCenter: cannot open as %s: %s", qPrintable(user), qPrintable(s.error().message));
        return nullptr;
    }
    s.value()->setKdfIterations(kIterations);
    return std::move(s).value();
}

void TestCenter::addUser(const QString &name, Role role, const QString &fullName)
{
    auto admin = open(QStringLiteral("admin"));
    QVERIFY(admin);
    auto added = AccountService(*admin).add(name, role, fullName.isEmpty() ? name : fullName, passwordOf(name));
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
}

QList<Form> TestCenter::seedForms(int count, quint32 seed)
{
    const QByteArray json = demoFormsJson(count, clock.today(), seed);
    auto parsed = parseFormRows(json, TextEncoding::Utf8, clock.today());
    if (!parsed || !parsed->errors.isEmpty())
        qFatal("TestCenter: generated forms do not parse");
    auto admin = open(QStringLiteral("admin"));
    auto report =
        ImportService(*admin).importBytes(ImportKind::Forms, json, QStringLiteral("seed.json"), TextEncoding::Utf8);
    if (!report || report->added != count)
        qFatal("TestCenter: seeding forms failed");
    return parsed->rows;
}

void TestCenter::seedDeaths(const QList<Form> &forms)
{
    auto admin = open(QStringLiteral("admin"));
    auto report = ImportService(*admin).importBytes(ImportKind::Deaths, demoDeathsJson(forms),
                                                    QStringLiteral("deaths.json"), TextEncoding::Utf8);
    if (!report || report->added != forms.size())
        qFatal("TestCenter: seeding deaths failed");
}

} // namespace certdesk::test
