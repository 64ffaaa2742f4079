#pragma once

#include "core/errorcode.h"

#include <QMetaType>
#include <QtTest>

// QCOMPARE on ErrorCode prints the stable word on failure (found by argument-dependent lookup), and ErrorCode
// can be a data-driven test column.
namespace certdesk {
inline char *toString(ErrorCode code)
{
    return qstrdup(errorCodeInfo(code).word);
}
} // namespace certdesk

Q_DECLARE_METATYPE(certdesk::ErrorCode)
