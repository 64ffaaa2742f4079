#pragma once

#include <QString>

namespace certdesk {

enum class Role
{
    Clerk,      // certifies at the counter
    Supervisor, // also approves overrides, imports, sees workload
    Admin       // settings and accounts
};

enum class Permission
{
    Lookup,
    Certify,
    Correct,
    Override,
    Import,
    Export,
    Workload,
    Verify,
    ManageAccounts,
    Settings,
    Sync // run the county sync and put a set-aside record back in the queue (every role)
};

QString roleKey(Role r);         // "clerk" / "supervisor" / "admin"
QString roleDisplayName(Role r); // for people: 经办人 / 主管 / 系统管理员 in zh_CN
bool roleFromKey(const QString &key, Role *out);
bool roleAllows(Role role, Permission permission);

struct Account
{
    qint64 id = 0;
    QString username;
    QString fullName; // printed as 经办人
    Role role = Role::Clerk;
    bool active = true;
};

} // namespace certdesk
