#include "domain/account.h"

#include <QCoreApplication>

namespace certdesk {

namespace {

// The translation context of this file's messages (lupdate files them under it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Role)
};

} // namespace

QString roleKey(Role r)
{
    switch (r) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        break;
    }
    return QStringLiteral("admin");
}

QString roleDisplayName(Role r)
{
    switch (r) {
    case Role::Clerk:
        return Tr::tr("clerk");
    case Role::Supervisor:
        return Tr::tr("supervisor");
    case Role::Admin:
        break;
    }
    return Tr::tr("administrator");
}

bool roleFromKey(const QString &key, Role *out)
{
    if (key == QLatin1String("clerk"))
        *out = Role::Clerk;
    else if (key == QLatin1String("supervisor"))
        *out = Role::Supervisor;
    else if (key == QLatin1String("admin"))
        *out = Role::Admin;
    else
        return false;
    return true;
}

bool roleAllows(Role role, Permission p)
{
    switch (role) {
    case Role::Clerk:
        return p == Permission::Lookup || p == Permission::Certify || p == Permission::Correct || p == Permission::Sync;
    case Role::Supervisor:
        return p != Permission::ManageAccounts && p != Permission::Settings;
    case Role::Admin:
        // Admins run the system but do not stand at the counter: no certifying, correcting or overriding.
        return p != Permission::Certify && p != Permission::Correct && p != Permission::Override;
    }
    return false;
}

} // namespace certdesk
