#pragma once

#include <QString>

namespace certdesk::test {

// Absolute path of a file under tests/data.
inline QString dataPath(const QString &name)
{
    return QStringLiteral(CERTDESK_TEST_DATA "/") + name;
}

} // namespace certdesk::test
