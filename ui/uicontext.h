#pragma once

#include "core/clock.h"
#include "prompter.h"

#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace certdesk {

class PrintDriver;
class WorkstationSettings;
class IdentitySource;

// What every screen needs from the outside world; tests build one with a FixedClock, a scripted
// Prompter, a fake millisecond source for the scanner and low KDF iterations.
struct UiContext
{
    QString dbPath;
    const Clock &clock;
    Prompter &prompter;
    // This PC's settings (readers, scanner framing, printer, overlay offsets): the one place they are read.
    WorkstationSettings &settings;
    // Monotonic milliseconds for key-burst timing (QElapsedTimer in the program, scripted in tests).
    std::function<qint64()> msecs;
    int kdfIterations = 1000000;
    // Printers and print previews (ui/printing/printdriver.h); nullptr: printing is not available.
    PrintDriver *printDriver = nullptr;
    // The identity readers of this workstation (serial ID card, PC/SC social security card), built from its reader
    // settings, not started. Called again whenever those settings change; unset or empty: no readers.
    std::function<std::vector<std::unique_ptr<IdentitySource>>()> identitySources;
};

} // namespace certdesk
