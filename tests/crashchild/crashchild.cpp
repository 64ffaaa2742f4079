// certdesk-crashchild: the child process of tst_crashpoints (test-only, never installed). It runs one operation of
// the counter in-process, exactly through the services the products use, and dies by SIGKILL at the Nth named
// fault point (models/core/faultpoint.h) when --kill-at N is given; the parent kills it at a random moment
// instead when --kill-at is 0. At a normal end it prints "points N" (how many points the run passed).
//
//   certdesk-crashchild --db FILE --op certify|import|useradd|passwd|migrate|pull [--kill-at N] [--file F]
//                       [--name NAME] [--password P]
//
// Accounts and passwords follow tests/support/syncfixture.h (NAME-password, cheap key slots).

#include "core/clock.h"
#include "core/faultpoint.h"
#include "crypto/keyslots.h"
#include "domain/types.h"
#include "io/textdecode.h"
#include "services/accounts.h"
#include "services/certification.h"
#include "services/importer.h"
#include "services/session.h"
#include "store/database.h"
#include "store/schema.h"
#include "sync/httptransport.h"
#include "sync/syncengine.h"
#include "sync/syncsettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>
#include <cstdio>

using namespace certdesk;

namespace {

int g_killAt = 0;
int g_points = 0;
bool g_locked = false;
constexpr int kLockedExit = 75; // tests/tst_crashpoints.cpp knows it

// A kill inside a sign-in counts as a failed attempt (the lockout fails closed), so enough kills lock the account.
// A locked run exits with kLockedExit and the parent runs it again with the clock past the lockout.
class LaterClock final : public Clock
{
public:
    explicit LaterClock(qint64 seconds) : m_seconds(seconds) {}
    QDateTime now() const override { return QDateTime::currentDateTime().addSecs(m_seconds); }

private:
    qint64 m_seconds;
};

void onFaultPoint(const char *)
{
    if (++g_points == g_killAt)
        std::raise(SIGKILL);
}

QString password(const QString &user)
{
    return user + QStringLiteral("-password");
}

int fail(const QString &what)
{
    std::fprintf(stderr, "crashchild: %s\n", qPrintable(what));
    return 1;
}

std::unique_ptr<Session> signIn(const QString &db, const QString &user, const Clock &clock)
{
    auto s = Session::open(db, user, password(user), clock);
    if (!s) {
        g_locked = s.error().code == ErrorCode::Locked;
        fail(s.error().message);
        return nullptr;
    }
    s.value()->setKdfIterations(1000);
    return std::move(s).value();
}

// Certifies every form of the file that has no record yet (the refusal of a form certified before is expected).
int certifyAll(const QString &db, const QString &file, const Clock &clock)
{
    auto clerk = signIn(db, QStringLiteral("clerk"), clock);
    QFile f(file);
    if (!clerk || !f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("certify: set-up"));
    CertificationService service(*clerk);
    const QJsonArray forms = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("forms")).toArray();
    for (const QJsonValue &v : forms) {
        const QJsonObject o = v.toObject();
        CertifyRequest request;
        request.formNo = o.value(QStringLiteral("form_no")).toString();
        request.checkCode = o.value(QStringLiteral("check_code")).toString();
        request.presentedId = o.value(QStringLiteral("id_no")).toString();
        request.alive = true;
        (void)service.certify(request);
    }
    return 0;
}

int migrateOld(const QString &db, const Clock &clock)
{
    auto keys = KeySlotFile::load(KeySlotFile::pathForDatabase(db));
    if (!keys)
        return fail(keys.error().message);
    auto key = keys->unlock(QStringLiteral("admin"), password(QStringLiteral("admin")), clock);
    if (!key)
        return fail(key.error().message);
    auto database = Database::open(db, key.value(), false);
    if (!database)
        return fail(database.error().message);
    auto s = migrate(*database.value());
    return s ? 0 : fail(s.error().message);
}

int pull(const QString &db, const Clock &clock)
{
    auto admin = signIn(db, QStringLiteral("admin"), clock);
    if (!admin)
        return 1;
    auto credentials = SyncSettings(*admin).credentials();
    if (!credentials || !credentials->has_value())
        return fail(QStringLiteral("pull: not configured"));
    HttpTransport transport(credentials->value());
    BatchSizer batch;
    const SyncReport r = SyncEngine(*admin, transport, batch).run(false);
    return r.error ? fail(r.error->message) : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("db"), QStringLiteral("Database."), QStringLiteral("FILE")},
         {QStringLiteral("op"), QStringLiteral("Operation."), QStringLiteral("OP")},
         {QStringLiteral("kill-at"), QStringLiteral("Fault point to die at."), QStringLiteral("N")},
         {QStringLiteral("file"), QStringLiteral("Input file."), QStringLiteral("F")},
         {QStringLiteral("name"), QStringLiteral("Account."), QStringLiteral("NAME")},
         {QStringLiteral("password"), QStringLiteral("New password."), QStringLiteral("P")},
         {QStringLiteral("seconds-later"), QStringLiteral("Run with the clock this far ahead."), QStringLiteral("S")}});
    parser.process(app);
    g_killAt = parser.value(QStringLiteral("kill-at")).toInt();
    setFaultHook(onFaultPoint);
    const LaterClock clock(parser.value(QStringLiteral("seconds-later")).toLongLong());
    const QString db = parser.value(QStringLiteral("db"));
    const QString op = parser.value(QStringLiteral("op"));
    int code = 2;
    if (op == QLatin1String("certify")) {
        code = certifyAll(db, parser.value(QStringLiteral("file")), clock);
    } else if (op == QLatin1String("import")) {
        auto sup = signIn(db, QStringLiteral("sup"), clock);
        auto r = sup ? ImportService(*sup).importFile(ImportKind::Forms, parser.value(QStringLiteral("file")),
                                                      TextEncoding::Utf8)
                     : Result<ImportReport>(Error::internal(QStringLiteral("sign-in")));
        code = r && r->accepted() ? 0 : fail(QStringLiteral("import failed"));
    } else if (op == QLatin1String("useradd") || op == QLatin1String("passwd")) {
        auto admin = signIn(db, QStringLiteral("admin"), clock);
        if (admin) {
            AccountService accounts(*admin);
            const QString name = parser.value(QStringLiteral("name"));
            const QString secret = parser.value(QStringLiteral("password"));
            if (op == QLatin1String("useradd")) {
                auto added = accounts.add(name, Role::Clerk, name, secret);
                code = added ? 0 : fail(added.error().message);
            } else {
                const Status s = accounts.changePassword(name, secret);
                code = s ? 0 : fail(s.error().message);
            }
        } else {
            code = 1;
        }
    } else if (op == QLatin1String("migrate")) {
        code = migrateOld(db, clock);
    } else if (op == QLatin1String("pull")) {
        code = pull(db, clock);
    }
    std::printf("points %d\n", g_points);
    return g_locked ? kLockedExit : code;
}
