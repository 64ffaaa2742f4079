#include "stationprefs.h"

#include <QPrinter>

namespace certdesk::stationprefs {

QString printerOf(QPagedPaintDevice &device)
{
    auto *printer = dynamic_cast<QPrinter *>(&device);
    if (!printer || printer->outputFormat() != QPrinter::NativeFormat)
        return QString();
    return printer->printerName();
}

} // namespace certdesk::stationprefs
