#include "pcsccard.h"

#include "codec/sssecard.h"

#include <QCoreApplication>

#include <winscard.h>

namespace certdesk::pcsc {

namespace {

// The translation context of this file's messages (lupdate files them under it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Pcsc)
};

} // namespace

namespace {

SCARDCONTEXT ctx(const Context &context)
{
    return SCARDCONTEXT(context.handle());
}

CardIdentity toIdentity(const ssse::CardData &card, const QString &reader)
{
    CardIdentity identity;
    identity.name = card.name;
    identity.sex = card.sex;
    identity.nation = card.nation;
    identity.birth = card.birth;
    identity.idNo = card.ssn;
    identity.validFrom = card.issued;
    identity.validTo = card.validTo;
    identity.cardType = CardType::SocialSecurity;
    identity.method = IdentityMethod::SsCard;
    identity.source = reader;
    return identity;
}

} // namespace

Error pcscError(long rv)
{
    switch (rv) {
    case SCARD_E_NO_SERVICE:
    case SCARD_E_SERVICE_STOPPED:
    case SCARD_F_COMM_ERROR: // the daemon went away under an open context
        return Error::io(
            ErrorCode::NoService,
            Tr::tr("The PC/SC service (pcscd) is not running; start it to use social security card readers."));
    case SCARD_E_NO_READERS_AVAILABLE:
        return Error::io(ErrorCode::NoReader, Tr::tr("No PC/SC card reader is connected."));
    case SCARD_E_NO_SMARTCARD:
        return Error::io(ErrorCode::NoCard, Tr::tr("No card is on the reader."));
    case SCARD_W_REMOVED_CARD:
    case SCARD_E_READER_UNAVAILABLE:
    case SCARD_E_UNKNOWN_READER:
        return Error::io(ErrorCode::CardRemoved, Tr::tr("The card or reader went away while it was being read."));
    case SCARD_W_UNRESPONSIVE_CARD:
    case SCARD_W_UNPOWERED_CARD:
    case SCARD_E_PROTO_MISMATCH:
        return Error::io(ErrorCode::CardUnresponsive,
                         Tr::tr("The card does not answer; put it on the reader again the right way up."));
    case SCARD_E_TIMEOUT:
        return Error::io(ErrorCode::Timeout, Tr::tr("The card reader did not answer in time."));
    default:
        break;
    }
    return Error::io(ErrorCode::Pcsc, Tr::tr("PC/SC error: %1.").arg(QString::fromLatin1(pcsc_stringify_error(rv))));
}

Context::~Context()
{
    if (m_valid)
        SCardReleaseContext(SCARDCONTEXT(m_handle));
}

Status Context::establish()
{
    SCARDCONTEXT handle = 0;
    const LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &handle);
    if (rv != SCARD_S_SUCCESS)
        return pcscError(rv);
    m_handle = quintptr(handle);
    m_valid = true;
    return {};
}

Result<QStringList> Context::readers() const
{
    DWORD size = 0;
    LONG rv = SCardListReaders(ctx(*this), nullptr, nullptr, &size);
    if (rv == SCARD_E_NO_READERS_AVAILABLE)
        return QStringList();
    if (rv != SCARD_S_SUCCESS)
        return pcscError(rv);
    QByteArray buffer(int(size), '\0');
    rv = SCardListReaders(ctx(*this), nullptr, buffer.data(), &size);
    if (rv == SCARD_E_NO_READERS_AVAILABLE)
        return QStringList();
    if (rv != SCARD_S_SUCCESS)
        return pcscError(rv);
    QStringList names;
    for (const QByteArray &name : buffer.left(int(size)).split('\0'))
        if (!name.isEmpty())
            names << QString::fromUtf8(name);
    return names;
}

void Context::cancel() const
{
    if (m_valid)
        SCardCancel(ctx(*this));
}

Result<CardIdentity> readCard(const Context &context, const QString &reader)
{
    SCARDHANDLE card = 0;
    DWORD protocol = 0;
    const QByteArray readerName = reader.toUtf8();
    LONG rv = SCardConnect(ctx(context), readerName.constData(), SCARD_SHARE_SHARED,
                           SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &card, &protocol);
    if (rv != SCARD_S_SUCCESS)
        return pcscError(rv);
    rv = SCardBeginTransaction(card);
    if (rv != SCARD_S_SUCCESS) {
        SCardDisconnect(card, SCARD_LEAVE_CARD);
        return pcscError(rv);
    }
    const SCARD_IO_REQUEST *pci = protocol == SCARD_PROTOCOL_T1 ? SCARD_PCI_T1 : SCARD_PCI_T0;
    int exchanges = 0;
    const ssse::Transmit transmit = [&](const QByteArray &apdu) -> Result<QByteArray> {
        // A card that chats forever must not keep the reader: the whole read fits in far fewer exchanges.
        if (++exchanges > 200)
            return Error::invalid(ErrorCode::MalformedResponse, Tr::tr("The card never finishes answering."));
        QByteArray answer(MAX_BUFFER_SIZE_EXTENDED, '\0');
        DWORD length = DWORD(answer.size());
        const LONG sent = SCardTransmit(card, pci, reinterpret_cast<const BYTE *>(apdu.constData()), DWORD(apdu.size()),
                                        nullptr, reinterpret_cast<BYTE *>(answer.data()), &length);
        if (sent != SCARD_S_SUCCESS)
            return pcscError(sent);
        answer.truncate(int(length));
        return answer;
    };
    auto data = ssse::readCard(transmit);
    SCardEndTransaction(card, SCARD_LEAVE_CARD);
    // Leave, not reset: a reset shows up in pcscd as the card leaving and coming back, which would read it twice.
    SCardDisconnect(card, SCARD_LEAVE_CARD);
    if (!data)
        return data.error();
    return toIdentity(data.value(), reader);
}

Result<CardIdentity> readFirstCard()
{
    Context context;
    if (auto established = context.establish(); !established)
        return established.error();
    auto readers = context.readers();
    if (!readers)
        return readers.error();
    if (readers->isEmpty())
        return pcscError(SCARD_E_NO_READERS_AVAILABLE);
    std::optional<Error> lastError;
    for (const QString &reader : readers.value()) {
        auto identity = readCard(context, reader);
        if (identity)
            return identity;
        if (identity.error().code != ErrorCode::NoCard || !lastError)
            lastError = identity.error();
    }
    return *lastError;
}

} // namespace certdesk::pcsc
