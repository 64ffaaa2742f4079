#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "domain/account.h"
#include "domain/types.h"

#include <QList>
#include <QString>

namespace certdesk {

struct DemoAccount
{
    QString username;
    QString password;
    Role role;
    QString fullName;
};

struct DemoInfo
{
    QString recoveryCode;
    QList<DemoAccount> accounts;
    QList<Form> samples;  // a few forms to try at the counter
    QList<Form> deceased; // forms of people on the demo death-notice list
    int forms = 0;
    int deaths = 0;
};

// Generates reproducible, clearly fictitious data: center 演示街道劳动就业社会保障服务中心 (rolling policy, so
// the demo can certify on any day), one account per role with published passwords, `people` persons with
// valid-looking ID numbers whose forms fall due in the coming months, and a few death notices.
Result<DemoInfo> createDemo(const QString &dbPath, const Clock &clock, int people = 300, int kdfIterations = 1000000);

// The same generated forms as import JSON (also used by benchmarks and tests).
QByteArray demoFormsJson(int people, const QDate &today, quint32 seed);
QByteArray demoDeathsJson(const QList<Form> &forms);

} // namespace certdesk
