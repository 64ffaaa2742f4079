#pragma once

#include "core/result.h"
#include "domain/types.h"

#include <QList>

#include <optional>

namespace certdesk {

class Database;

struct StoredForm
{
    qint64 id = 0;
    Form form;
    bool withdrawn = false;
};

Result<std::optional<StoredForm>> findFormByNo(Database &db, const QString &formNo);
Result<QList<StoredForm>> findFormsByIdNo(Database &db, const QString &idNo);
Result<std::optional<DeathNotice>> findDeathNotice(Database &db, const QString &idNo);

// Both run inside the importer's transaction.
Status insertForm(Database &db, const Form &form, qint64 importId);
Status insertDeathNotice(Database &db, const DeathNotice &notice, qint64 importId);

} // namespace certdesk
