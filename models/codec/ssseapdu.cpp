#include "ssseapdu.h"

#include <QCoreApplication>

namespace certdesk::ssse {

namespace {

// The translation context of this file's messages (lupdate files them under it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SsseCard)
};

} // namespace

namespace {

constexpr int MaxResponseRounds = 16;

} // namespace

QByteArray applicationId()
{
    return QByteArray::fromHex("7378312E73682EC9E7BBE1B1A3D5CF");
}

QByteArray selectApplication()
{
    const QByteArray aid = applicationId();
    return QByteArray::fromHex("00A40400") + char(aid.size()) + aid;
}

QByteArray selectFile(quint16 fileId)
{
    QByteArray apdu = QByteArray::fromHex("00A4020002");
    apdu.append(char(fileId >> 8));
    apdu.append(char(fileId & 0xff));
    return apdu;
}

QByteArray readRecord(quint8 record, quint8 le)
{
    QByteArray apdu = QByteArray::fromHex("00B2");
    apdu.append(char(record));
    apdu.append(char(0x04));
    apdu.append(char(le));
    return apdu;
}

QByteArray getResponse(quint8 le)
{
    QByteArray apdu = QByteArray::fromHex("00C00000");
    apdu.append(char(le));
    return apdu;
}

Result<Response> splitResponse(const QByteArray &raw)
{
    if (raw.size() < 2)
        return Error::invalid(ErrorCode::MalformedResponse,
                              Tr::tr("The card gave an answer too short to carry a status word."));
    Response r;
    r.data = raw.left(raw.size() - 2);
    r.sw = quint16((quint8(raw.at(raw.size() - 2)) << 8) | quint8(raw.at(raw.size() - 1)));
    return r;
}

ErrorCode statusCode(quint16 sw)
{
    switch (sw) {
    case 0x6281:
        return ErrorCode::CardDataCorrupted;
    case 0x6700:
        return ErrorCode::CardWrongLength;
    case 0x6982:
        return ErrorCode::CardSecurityStatus;
    case 0x6983:
        return ErrorCode::CardAuthBlocked;
    case 0x6985:
        return ErrorCode::CardConditionsNotSatisfied;
    case 0x6A81:
        return ErrorCode::CardFunctionNotSupported;
    case 0x6A82:
        return ErrorCode::CardFileNotFound;
    case 0x6A83:
        return ErrorCode::CardRecordNotFound;
    case 0x6A86:
        return ErrorCode::CardWrongP1P2;
    case 0x6D00:
        return ErrorCode::CardInsNotSupported;
    case 0x6E00:
        return ErrorCode::CardClaNotSupported;
    default:
        break;
    }
    return ErrorCode::CardStatus; // statusText() names the status word
}

QString statusText(quint16 sw)
{
    switch (sw) {
    case 0x9000:
        return Tr::tr("Done.");
    case 0x6281:
        return Tr::tr("The card reports that the data it returned may be corrupted.");
    case 0x6700:
        return Tr::tr("The card refused the command length.");
    case 0x6982:
        return Tr::tr(
            "The card needs a PSAM or a PIN to release these files; this reader cannot read them without one.");
    case 0x6983:
        return Tr::tr("The card's authentication is blocked.");
    case 0x6985:
        return Tr::tr("The card refused: conditions of use not satisfied.");
    case 0x6A81:
        return Tr::tr("The card does not support this function.");
    case 0x6A82:
        return Tr::tr("The card has no such application or file; it is not a social security card.");
    case 0x6A83:
        return Tr::tr("The card has no such record.");
    case 0x6A86:
        return Tr::tr("The card refused the command parameters.");
    case 0x6D00:
        return Tr::tr("The card does not know this command.");
    case 0x6E00:
        return Tr::tr("The card does not support this command class.");
    default:
        break;
    }
    return Tr::tr("The card answered with status %1.").arg(sw, 4, 16, QLatin1Char('0')).toUpper();
}

Result<Response> transceive(const Transmit &transmit, const QByteArray &apdu)
{
    auto first = transmit(apdu);
    if (!first)
        return first.error();
    auto split = splitResponse(first.value());
    if (!split)
        return split.error();
    Response response = split.value();

    if ((response.sw >> 8) == 0x6C && apdu.size() >= 5) {
        // Wrong Le: the card tells the right one; ask once more with it.
        QByteArray again = apdu;
        again[again.size() - 1] = char(response.sw & 0xff);
        auto second = transmit(again);
        if (!second)
            return second.error();
        auto resplit = splitResponse(second.value());
        if (!resplit)
            return resplit.error();
        response = resplit.value();
        if ((response.sw >> 8) == 0x6C)
            return Error::invalid(ErrorCode::MalformedResponse,
                                  Tr::tr("The card keeps asking for a different length."));
    }

    QByteArray data = response.data;
    for (int round = 0; (response.sw >> 8) == 0x61; ++round) {
        if (round == MaxResponseRounds)
            return Error::invalid(ErrorCode::MalformedResponse,
                                  Tr::tr("The card keeps announcing more data and never ends."));
        auto more = transmit(getResponse(quint8(response.sw & 0xff)));
        if (!more)
            return more.error();
        auto moreSplit = splitResponse(more.value());
        if (!moreSplit)
            return moreSplit.error();
        response = moreSplit.value();
        data += response.data;
    }
    response.data = data;
    return response;
}

} // namespace certdesk::ssse
