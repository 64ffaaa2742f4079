#pragma once

#include "clirunner.h"
#include "core/clock.h"
#include "domain/types.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>

namespace certdesk {
class Session;
}

namespace certdesk::test {

// `count` fictitious forms for the county to import: form numbers PREFIX-000001…, valid and distinct ID
// numbers, due `dueInDays` after `today` (so a rolling-policy center may certify them today).
QList<Form> syncForms(const QString &prefix, int count, const QDate &today, int dueInDays = 60);
// The same forms as an import file (JSON, docs/formats.md).
QByteArray formsJson(const QList<Form> &forms);
QByteArray deathsJson(const QList<Form> &forms, const QDate &deathDate);

// A counter (center) database made in-process with cheap key slots (the CLI reads the iteration count from the
// slot, so certdesk-admin opens it in milliseconds), rolling policy on the real clock, and three accounts:
// admin, sup (supervisor) and clerk; password = name + "-password".
class SyncCenter
{
public:
    static constexpr int kIterations = 1000;

    SyncCenter(const QString &code, const QString &name);
    ~SyncCenter();

    static QString passwordOf(const QString &user) { return user + QStringLiteral("-password"); }
    bool valid() const { return m_valid; }
    const QString &code() const { return m_code; }
    const QString &dbPath() const { return m_dbPath; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // Imports forms locally (as if the center had received the county's file itself).
    bool importForms(const QList<Form> &forms);
    // Certifies each form in-process as the clerk (alive unless listed in `deceased`); false at the first refusal
    // (logged). Returns the record UUIDs in *uuids when given.
    bool certify(const QList<Form> &forms, bool alive = true, QStringList *uuids = nullptr);

    // This center's 工作量统计 rows as the supervisor sees them (ReportService), each as domain workloadRowJson.
    QJsonArray workloadJson(const QDate &from, const QDate &to);
    // The refusal code of certifying `form` now as the clerk (e.g. already_certified); empty when it was certified.
    QString refusalOf(const Form &form);

    // Runs every certdesk-admin command of this center behind `wrapper` (e.g. inside a network namespace).
    void setWrapper(const QStringList &wrapper) { m_wrapper = wrapper; }

    // certdesk-admin --db DB --user admin sync configure --server URL --p12 FILE (passwords on stdin).
    CliResult configure(const QString &serverUrl, const QString &p12Path, const QString &p12Password,
                        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // certdesk-admin --db DB --user admin ARGS…, the admin's password then `moreStdin` on stdin.
    CliResult admin(const QStringList &args, const QStringList &moreStdin = {});
    // certdesk-admin --db DB --user admin sync [--once] --json. Without --once the client drains the outbox and
    // the pull; with it, one push batch and one pull page.
    CliResult sync(bool once = false, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                   int timeoutMs = 120000);
    // The same, started without waiting (for a SIGKILL in the middle). The caller owns the process.
    QProcess *startSync(bool once = false, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // Syncs until one run pushes nothing and reports nothing pending (at most `rounds` runs); the sum of the
    // runs' counters in *total. False when a run fails or it does not settle.
    bool syncUntilSettled(int rounds, QJsonObject *total = nullptr, int timeoutMs = 120000);

    // Read in-process from the encrypted database: outbox rows per state (pending/sent/acked/conflict/rejected),
    // and the numbers of forms and death notices held (pull checks).
    QMap<QString, int> outboxStates();
    // Outbox rows the county flagged: state 'conflict' or a conflict notice recorded (conflict_with).
    int outboxConflicts();
    // Sets every outbox row back to 'pending' (as if all answers had been lost), for "sent twice" checks.
    bool resetOutbox();
    int formCount();
    int deathCount();

private:
    QStringList adminArgs() const;
    QStringList syncArgs(bool once) const;
    int scalar(const char *sql); // one integer from the center database, -1 on error

    SystemClock m_clock;
    QTemporaryDir m_dir;
    QString m_code;
    QString m_dbPath;
    bool m_valid = false;
    QStringList m_wrapper;
    // One connection kept open for the in-process reads: polling the outbox while certdesk-admin runs then never
    // opens/closes the database file concurrently with it.
    std::unique_ptr<Session> m_watch;
    Session *watch();
};

} // namespace certdesk::test
