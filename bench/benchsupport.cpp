#include "benchsupport.h"

#include "domain/citizenid.h"
#include "io/csv.h"
#include "services/session.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace certdesk::bench {

namespace {

// Real region codes, so that the ID numbers pass the province check.
const char *const kRegions[] = {"110105", "310104", "440106", "440304", "320102", "330106", "420111", "510104"};
constexpr qint64 kRegionCount = 8;
constexpr qint64 kBirthDays = 9131; // 1940-01-01 .. 1964-12-30: pensioners
constexpr qint64 kIdSpace = kRegionCount * kBirthDays * 1000;
// A prime that does not divide kIdSpace: index ↦ index·kStride mod kIdSpace is injective on [0, kIdSpace),
// so the persons are unique yet scattered over regions, birth dates and sequence numbers.
constexpr qint64 kStride = 1'000'003;
static_assert(kMaxForms <= kIdSpace);

const char16_t *const kSurnames[] = {u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵", u"吴", u"周"};
const char16_t *const kGiven[] = {u"秀英", u"桂兰", u"建国", u"志强", u"淑珍", u"玉梅", u"德明", u"振华"};
const char16_t *const kAgencies[] = {u"演示市社会保险基金管理局", u"演示县社会保险事业管理局"};

// splitmix64: cheap, well-mixed per-index pseudo-randomness without any generator state.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

QString digits(quint64 value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

} // namespace

Form benchForm(int index, const QDate &today)
{
    const qint64 slot = (qint64(index) * kStride) % kIdSpace;
    const int seq = int(slot % 1000);
    const QDate birth = QDate(1940, 1, 1).addDays((slot / 1000) % kBirthDays);
    const QString first17 = QLatin1String(kRegions[slot / (1000 * kBirthDays)]) +
                            birth.toString(QStringLiteral("yyyyMMdd")) + digits(seq, 3);
    const quint64 h = mix(quint64(index));

    Form f;
    f.formNo = QStringLiteral("BD") + digits(quint64(index) + 1, 8);
    f.checkCode = digits(100000 + h % 900000, 6);
    f.variant = index % 5 == 4 ? FormVariant::Mail : FormVariant::Online;
    Person &p = f.person;
    p.name = QString::fromUtf16(kSurnames[(h >> 20) % 10]) + QString::fromUtf16(kGiven[(h >> 24) % 8]);
    p.sex = seq % 2 == 1 ? QLatin1Char('M') : QLatin1Char('F');
    p.birth = birth.toString(QStringLiteral("yyyy-MM"));
    p.idNo = first17 + citizenIdCheckChar(first17);
    p.personNo = QStringLiteral("P") + digits(quint64(index), 9);
    p.address = QStringLiteral("演示市演示区幸福路%1号").arg(index + 1);
    p.postcode = QStringLiteral("510000");
    p.phone = QStringLiteral("139") + digits((h >> 28) % 100000000, 8);
    f.insuredAgency = QString::fromUtf16(kAgencies[(h >> 60) % 2]);
    f.dueDate = today.addDays(30 + qint64((h >> 32) % 150));
    f.cycle = f.dueDate.year();
    if (f.variant == FormVariant::Mail)
        f.reply = {QStringLiteral("演示市社会保险基金管理局待遇科"), QStringLiteral("演示市人民路1号"),
                   QStringLiteral("430000"), QStringLiteral("027-88880000")};
    return f;
}

QByteArray formsCsv(int count, const QDate &today)
{
    QString text =
        csvLine({QStringLiteral("认证表编号"), QStringLiteral("校验码"), QStringLiteral("姓名"), QStringLiteral("性别"),
                 QStringLiteral("出生年月"), QStringLiteral("公民身份号码"), QStringLiteral("个人编号"),
                 QStringLiteral("现居住地址"), QStringLiteral("邮政编码"), QStringLiteral("联系电话"),
                 QStringLiteral("参保地经办机构"), QStringLiteral("认证截止日期"), QStringLiteral("认证表类型"),
                 QStringLiteral("回信单位名称"), QStringLiteral("回信地址"), QStringLiteral("回信邮政编码"),
                 QStringLiteral("回信联系电话")});
    for (int i = 0; i < count; ++i) {
        const Form f = benchForm(i, today);
        const Person &p = f.person;
        const bool mail = f.variant == FormVariant::Mail;
        text +=
            csvLine({f.formNo, f.checkCode, p.name, p.sex == u'M' ? QStringLiteral("男") : QStringLiteral("女"),
                     p.birth, p.idNo, p.personNo, p.address, p.postcode, p.phone, f.insuredAgency,
                     f.dueDate.toString(Qt::ISODate), mail ? QStringLiteral("非网上认证") : QStringLiteral("网上认证"),
                     f.reply.unit, f.reply.address, f.reply.postcode, f.reply.phone});
    }
    return text.toUtf8();
}

Stats summarize(QList<qint64> nanos)
{
    if (nanos.isEmpty())
        return {};
    std::sort(nanos.begin(), nanos.end());
    auto at = [&](double q) { return double(nanos.at(qsizetype(q * double(nanos.size() - 1)))) / 1e6; };
    const qsizetype n = nanos.size();
    const double median = n % 2 ? double(nanos.at(n / 2)) / 1e6 : double(nanos.at(n / 2 - 1) + nanos.at(n / 2)) / 2e6;
    return {median, at(0.95)};
}

QString workDir(int argc, char **argv)
{
    QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : qEnvironmentVariable("CERTDESK_BENCH_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral("/tmp/certdesk-bench");
    if (!QDir().mkpath(dir))
        return {};
    return QDir(dir).absolutePath();
}

namespace {

const QString kAdmin = QStringLiteral("bench");
const QString kPassword = QStringLiteral("bench-password");

} // namespace

Status createDatabase(const QString &dbPath, const Clock &clock)
{
    InitRequest init;
    init.dbPath = dbPath;
    init.center.code = QStringLiteral("BENCH01");
    init.center.name = QStringLiteral("基准测试街道劳动就业社会保障服务中心");
    init.center.policy = CyclePolicy::Rolling;
    init.adminUser = kAdmin;
    init.adminPassword = kPassword;
    init.kdfIterations = kBenchKdfIterations;
    auto recovery = Session::initialize(init, clock);
    if (!recovery)
        return recovery.error();
    return {};
}

Result<std::unique_ptr<Session>> openDatabase(const QString &dbPath, const Clock &clock)
{
    return Session::open(dbPath, kAdmin, kPassword, clock);
}

void removeDatabase(const QString &dbPath)
{
    for (const char *suffix : {"", "-wal", "-shm", ".keys"})
        QFile::remove(dbPath + QLatin1String(suffix));
}

bool verdict(bool pass, const QString &what)
{
    std::printf("%s  %s\n", pass ? "PASS" : "FAIL", qPrintable(what));
    std::fflush(stdout);
    return pass;
}

QString fmtMs(double ms)
{
    return QString::number(ms, 'f', ms < 1 ? 4 : 1);
}

} // namespace certdesk::bench
