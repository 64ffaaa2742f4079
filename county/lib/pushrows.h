#pragma once

// The rows a push stores (pushprocessor.cpp): a certification as the county keeps it, and the desk_record change
// that tells the center's other desks.

#include "protocol/protocol.h"

#include <QStringList>
#include <QVariantList>

namespace certdesk::county {

QVariantList rowFor(const protocol::PushRecord &r, const QString &center, const QString &name, const QString &status,
                    const QString &conflictWith, const QString &at, const QString &variant, const QVariant &review);
QString deskRecordPayload(const protocol::PushRecord &r, const QString &status);
// The columns of rowFor's values, in order.
extern const QStringList kCertColumns;

} // namespace certdesk::county
