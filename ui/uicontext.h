#pragma once

#include "core/clock.h"
#include "prompter.h"

#include <QString>

#include <functional>

namespace certdesk {

class PrintDriver;

// What every screen needs from the outside world; tests build one with a FixedClock, a scripted
// Prompter, a fake millisecond source for the scanner and low KDF iterations.
struct UiContext
{
    QString dbPath;
    const Clock &clock;
    Prompter &prompter;
    // Monotonic milliseconds for key-burst timing (QElapsedTimer in the program, scripted in tests).
    std::function<qint64()> msecs;
    int kdfIterations = 1000000;
    // Printers and print previews (ui/printing/printdriver.h); nullptr: printing is not available.
    PrintDriver *printDriver = nullptr;
};

} // namespace certdesk
