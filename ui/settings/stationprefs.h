#pragma once

#include <QString>

class QPagedPaintDevice;

namespace certdesk {

// This workstation's overlay calibration is kept per printer (WorkstationSettings::overlayOffset); which printer a
// device prints on is a question for QPrinter, so it lives here, in ui/.
namespace stationprefs {

// The printer `device` prints on (a QPrinter with a native printer), else empty (PDF writer, print to file).
QString printerOf(QPagedPaintDevice &device);

} // namespace stationprefs

} // namespace certdesk
