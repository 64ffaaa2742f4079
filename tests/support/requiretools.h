#pragma once

#include <QTest>

namespace certdesk::test {

// scripts/setup.sh test installs every tool the suite drives (poppler, zbar, pcscd with vpcd, PostgreSQL, …) and
// sets CERTDESK_REQUIRE_TOOLS=1: there a test whose tool is missing fails. Elsewhere (a developer's machine) it
// skips, and says which tool.
inline bool toolsRequired()
{
    return qEnvironmentVariableIntValue("CERTDESK_REQUIRE_TOOLS") == 1;
}

} // namespace certdesk::test

// QSKIP where tools are optional, QFAIL where scripts/setup.sh test promised them. Returns from the test function.
#define CERTDESK_SKIP_UNLESS_REQUIRED(reason)                                                                          \
    do {                                                                                                               \
        if (certdesk::test::toolsRequired())                                                                           \
            QFAIL(qPrintable(QStringLiteral("required by CERTDESK_REQUIRE_TOOLS=1: ") + (reason)));                    \
        QSKIP(qPrintable(reason));                                                                                     \
    } while (false)
