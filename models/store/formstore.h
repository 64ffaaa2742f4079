#pragma once

#include "core/result.h"
#include "domain/types.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace certdesk {

class Database;

struct StoredForm
{
    qint64 id = 0;
    Form form;
    bool withdrawn = false;
    // Read in the same statement, because the counter needs them on every scan:
    std::optional<DeathNotice> death; // the person on the death-notice list
    QString currentUuid;              // the newest certification of the form's cycle, if any
    bool paper = false;               // registered at the counter from the paper original (source 'paper')
    QDateTime linkedAt;               // a paper form whose list data arrived later for the same person
};

Result<std::optional<StoredForm>> findFormByNo(Database &db, const QString &formNo);
Result<QList<StoredForm>> findFormsByIdNo(Database &db, const QString &idNo);
Result<std::optional<DeathNotice>> findDeathNotice(Database &db, const QString &idNo);

// Both run inside the importer's transaction.
Status insertForm(Database &db, const Form &form, qint64 importId);
Status insertDeathNotice(Database &db, const DeathNotice &notice, qint64 importId);

} // namespace certdesk
