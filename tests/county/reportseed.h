#pragma once

// The two-center county of the report tests (server and console): forms imported and withdrawn with the real
// command line, records pushed over mutual TLS. The expected figures are spelled out next to the data.
//
// C1 lists A1..A6 (A6 withdrawn); C2 lists B1..B4. Records (cycle 2026):
//   C1: A1 alive (li 李经办, 05-10), A2 alive (wang 王经办, 05-11), A3 deceased (li, 05-11)
//   C2: B1 alive, B2 alive with an address change, B3 alive under a supervisor override, A1 again (a conflict) —
//       all by zhao 赵经办 on 05-11.
// Overview (today 2026-05-12): C1 forms 6, withdrawn 1, deceased 1, due 4, alive 2, remaining 2;
//                              C2 forms 4, due 4, alive 3, remaining 1; county due 8, alive 5, remaining 3.
// Open forms: C1 A4 (due 2026-11-30), A5 (2026-10-31) → A5 first; C2 B4.

#include "countytest.h"

#include <QDir>
#include <QFile>

namespace certdesk::countytest {

inline const QByteArray kSeedPassword = "bundle-pass";
inline const QByteArray kSupervisorPassword = "supervisor-pass";

inline QString seedCsv(const QString &dir, const QString &name, const QList<std::pair<QString, int>> &forms)
{
    QString text = QStringLiteral("认证表编号,校验码,姓名,性别,出生年月,公民身份号码,个人编号,现居住地址,邮政编码,"
                                  "联系电话,参保地经办机构,认证截止日期,认证表类型,回信单位名称,回信地址,"
                                  "回信邮政编码,回信联系电话,认证年度\n");
    for (const auto &[no, serial] : forms) {
        const QString due = no == QStringLiteral("A4")   ? QStringLiteral("2026-11-30")
                            : no == QStringLiteral("A5") ? QStringLiteral("2026-10-31")
                                                         : QStringLiteral("2026-12-31");
        // The ID number's 17th digit (the serial's last) gives the sex: odd for men.
        text += QStringLiteral("%1,CK%2,测试%2,%3,1950-03,%4,,,,,测试市社保中心,%5,网上认证,,,,,2026\n")
                    .arg(no)
                    .arg(serial)
                    .arg(serial % 2 ? QStringLiteral("男") : QStringLiteral("女"), idNumber(serial), due);
    }
    const QString path = dir + QStringLiteral("/") + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text.toUtf8());
    return path;
}

// init, two centers (C1, C2) and a third never heard of (C3), a supervisor "wangjian", forms, one withdrawal.
inline bool seedCounty(const QString &dir, const QString &dbUrl = {})
{
    QStringList init{QStringLiteral("init"), QStringLiteral("--county-code"), QStringLiteral("X1"),
                     QStringLiteral("--county-name"), QStringLiteral("测试县")};
    if (!dbUrl.isEmpty())
        init << QStringLiteral("--database") << dbUrl;
    const auto ok = [](const Run &r, const char *what) {
        if (r.exitCode != 0)
            qWarning("%s: %s", what, r.err.constData());
        return r.exitCode == 0;
    };
    if (!ok(runCounty(dir, init), "init"))
        return false;
    for (const QString &c : {QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("C3")})
        if (!ok(runCounty(dir,
                          {QStringLiteral("enroll"), QStringLiteral("--center"), c, QStringLiteral("--name"),
                           c + QStringLiteral("中心"), QStringLiteral("--out"), dir + QStringLiteral("/%1.p12").arg(c)},
                          kSeedPassword + "\n"),
                "enroll"))
            return false;
    if (!ok(runCounty(dir,
                      {QStringLiteral("enroll-supervisor"), QStringLiteral("--name"), QStringLiteral("wangjian"),
                       QStringLiteral("--out"), dir + QStringLiteral("/wangjian.p12")},
                      kSupervisorPassword + "\n"),
            "enroll-supervisor"))
        return false;
    const QString a = seedCsv(dir, QStringLiteral("a.csv"),
                              {{QStringLiteral("A1"), 1},
                               {QStringLiteral("A2"), 2},
                               {QStringLiteral("A3"), 3},
                               {QStringLiteral("A4"), 4},
                               {QStringLiteral("A5"), 5},
                               {QStringLiteral("A6"), 6}});
    const QString b = seedCsv(dir, QStringLiteral("b.csv"),
                              {{QStringLiteral("B1"), 11},
                               {QStringLiteral("B2"), 12},
                               {QStringLiteral("B3"), 13},
                               {QStringLiteral("B4"), 14}});
    return ok(runCounty(dir, {QStringLiteral("import"), QStringLiteral("forms"), a, QStringLiteral("--center"),
                              QStringLiteral("C1")}),
              "import a") &&
           ok(runCounty(dir, {QStringLiteral("import"), QStringLiteral("forms"), b, QStringLiteral("--center"),
                              QStringLiteral("C2")}),
              "import b") &&
           ok(runCounty(dir, {QStringLiteral("withdraw"), QStringLiteral("--form"), QStringLiteral("A6")}), "withdraw");
}

inline protocol::PushRecord seedRecord(const QString &formNo, int serial, const QString &clerk,
                                       const QString &clerkName, const QDate &day, bool alive = true)
{
    protocol::PushRecord r = makeRecord(formNo, serial, clerk);
    r.clerkName = clerkName;
    r.localDate = day;
    r.certifiedAt = QDateTime(day, QTime(2, 0), Qt::UTC);
    r.alive = alive;
    return r;
}

inline QSslConfiguration seedTls(const QString &dir, const QString &who)
{
    return clientTls(dir + QStringLiteral("/ca.pem"), dir + QStringLiteral("/%1.p12").arg(who),
                     QString::fromLatin1(who == QStringLiteral("wangjian") ? kSupervisorPassword : kSeedPassword));
}

// Pushes the records above (and one pull of C1 that reports its version, clock and outbox); true when every push
// answer was 200.
inline bool seedPushes(const QString &dir, const QString &baseUrl)
{
    const QDate d10(2026, 5, 10);
    const QDate d11(2026, 5, 11);
    QList<protocol::PushRecord> c1{
        seedRecord(QStringLiteral("A1"), 1, QStringLiteral("li"), QStringLiteral("李经办"), d10),
        seedRecord(QStringLiteral("A2"), 2, QStringLiteral("wang"), QStringLiteral("王经办"), d11),
        seedRecord(QStringLiteral("A3"), 3, QStringLiteral("li"), QStringLiteral("李经办"), d11, false)};
    protocol::PushRecord b2 =
        seedRecord(QStringLiteral("B2"), 12, QStringLiteral("zhao"), QStringLiteral("赵经办"), d11);
    b2.change.address = QStringLiteral("新地址1号");
    protocol::PushRecord b3 =
        seedRecord(QStringLiteral("B3"), 13, QStringLiteral("zhao"), QStringLiteral("赵经办"), d11);
    b3.overrideBy = QStringLiteral("刘主任");
    b3.overrideReason = QStringLiteral("死亡通知有误");
    QList<protocol::PushRecord> c2{
        seedRecord(QStringLiteral("B1"), 11, QStringLiteral("zhao"), QStringLiteral("赵经办"), d11), b2, b3,
        seedRecord(QStringLiteral("A1"), 1, QStringLiteral("zhao"), QStringLiteral("赵经办"), d11)};
    const QString push = baseUrl + QLatin1String(protocol::kPathPush);
    Reply r1 = request(seedTls(dir, QStringLiteral("C1")), push, "POST",
                       protocol::serialize(protocol::encodePushRequest({c1})));
    Reply r2 = request(seedTls(dir, QStringLiteral("C2")), push, "POST",
                       protocol::serialize(protocol::encodePushRequest({c2})));
    protocol::PullRequest pull;
    pull.programVersion = QStringLiteral("0.1.0-test");
    pull.centerTime = QDateTime::currentDateTimeUtc().addSecs(90); // the center's clock runs 90 s ahead
    pull.waiting = 7;
    Reply r3 = request(seedTls(dir, QStringLiteral("C1")), baseUrl + QLatin1String(protocol::kPathPull), "POST",
                       protocol::serialize(protocol::encodePullRequest(pull)));
    if (r1.status != 200 || r2.status != 200 || r3.status != 200)
        qWarning("seed pushes: %d %s / %d %s / %d", r1.status, r1.body.constData(), r2.status, r2.body.constData(),
                 r3.status);
    return r1.status == 200 && r2.status == 200 && r3.status == 200;
}

} // namespace certdesk::countytest
