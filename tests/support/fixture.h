#pragma once

#include "core/clock.h"
#include "domain/center.h"
#include "domain/types.h"
#include "services/session.h"

#include <QTemporaryDir>

#include <memory>

namespace certdesk::test {

// A fresh encrypted counter database in a temporary folder, with a fixed clock and cheap key slots
// (low KDF iterations: the real count is exercised by tst_keyslots and the CLI tests).
class TestCenter
{
public:
    static constexpr int kIterations = 1000;

    // Default "now": 2026-05-10 10:00 local, inside the seed's 04-01..06-30 window.
    explicit TestCenter(CyclePolicy policy = CyclePolicy::Fixed,
                        const QDateTime &now = QDateTime(QDate(2026, 5, 10), QTime(10, 0)));

    static QString passwordOf(const QString &user) { return user + QStringLiteral("-password"); }

    // Opens a session as `user` (password passwordOf(user)); QFAIL-friendly: returns nullptr on error.
    std::unique_ptr<Session> open(const QString &user);
    // Adds an account through the admin (AccountService), password passwordOf(name).
    void addUser(const QString &name, Role role, const QString &fullName = QString());
    // Imports `count` generated forms (valid IDs, due in 30..180 days) and returns them as parsed.
    QList<Form> seedForms(int count, quint32 seed = 7);
    // Puts the people of `forms` on the death-notice list.
    void seedDeaths(const QList<Form> &forms);

    FixedClock clock;
    QTemporaryDir dir;
    QString dbPath;
    QString recoveryCode;
};

} // namespace certdesk::test
