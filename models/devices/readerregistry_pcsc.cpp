#include "readerregistry.h"

#include "devices/pcsccard.h"
#include "devices/pcscreader.h"

#include <QCoreApplication>

// PC/SC half of the reader registry (social security cards through pcsc-lite).
namespace certdesk::readers {

namespace {

// The translation context of this file's messages (lupdate files them under it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Readers)
};

} // namespace

QList<ReaderInfo> listPcscReaders()
{
    pcsc::Context context;
    if (auto established = context.establish(); !established)
        return {}; // no pcscd: no PC/SC readers (`reader read` reports the service error itself)
    auto names = context.readers();
    if (!names)
        return {};
    QList<ReaderInfo> list;
    for (const QString &name : names.value())
        list.append({kPcsc, name, Tr::tr("PC/SC smart card reader"), true, Tr::tr("present (social security cards)")});
    return list;
}

std::unique_ptr<IdentitySource> createPcscReader(const QString &readerName)
{
    return std::make_unique<PcscReader>(readerName);
}

} // namespace certdesk::readers
