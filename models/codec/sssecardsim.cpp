#include "sssecardsim.h"

#include "sssecard.h"

namespace certdesk::ssse {

namespace {

QByteArray sw(quint16 word)
{
    QByteArray out;
    out.append(char(word >> 8));
    out.append(char(word & 0xff));
    return out;
}

constexpr int ChunkSize = 8;

} // namespace

CardSim::CardSim() : CardSim(Holder(), Behaviour::Normal) {}

CardSim::CardSim(Holder holder, Behaviour behaviour) : m_holder(std::move(holder)), m_behaviour(behaviour) {}

bool CardSim::behaviourFromName(const QString &name, Behaviour *out)
{
    static const QList<QPair<QString, Behaviour>> names = {{QStringLiteral("normal"), Behaviour::Normal},
                                                           {QStringLiteral("chained"), Behaviour::Chained},
                                                           {QStringLiteral("asklength"), Behaviour::AskLength},
                                                           {QStringLiteral("locked"), Behaviour::Locked},
                                                           {QStringLiteral("notssse"), Behaviour::NotSsse},
                                                           {QStringLiteral("short"), Behaviour::Short},
                                                           {QStringLiteral("endless"), Behaviour::Endless},
                                                           {QStringLiteral("badname"), Behaviour::BadName},
                                                           {QStringLiteral("mute"), Behaviour::Mute}};
    for (const auto &[key, value] : names) {
        if (key == name) {
            *out = value;
            return true;
        }
    }
    return false;
}

QByteArray CardSim::atr() const
{
    return QByteArray::fromHex("3B025353"); // T=0, two historical bytes "SS"
}

void CardSim::reset()
{
    m_appSelected = false;
    m_file = 0;
    m_pending.clear();
    m_askedRecord = -1;
}

QByteArray CardSim::answer(const QByteArray &data, quint16 status)
{
    const bool chaining = m_behaviour == Behaviour::Chained || m_behaviour == Behaviour::Endless;
    if (chaining && !data.isEmpty() && status == 0x9000) {
        m_pending = data;
        return sw(quint16(0x6100 | qMin(int(m_pending.size()), ChunkSize)));
    }
    return data + sw(status);
}

QByteArray CardSim::recordValue(quint8 record) const
{
    switch (record) {
    case RecIssued:
        return encodeBcdDate(m_holder.issued);
    case RecValidTo:
        return encodeBcdDate(m_holder.validTo);
    case RecCardNo:
        return m_holder.cardNo.toLatin1().leftJustified(9, ' ', true);
    case RecSsn:
        return m_holder.ssn.toLatin1().leftJustified(18, ' ', true);
    case RecName:
        return m_behaviour == Behaviour::BadName ? QByteArray::fromHex("FF30FF31") + QByteArray(26, '\0')
                                                 : encodeName(m_holder.name);
    case RecSex:
        return QByteArray(1, m_holder.sex == QLatin1Char('M') ? '1' : m_holder.sex == QLatin1Char('F') ? '2' : '0');
    case RecNation: {
        const int code = nationCode(m_holder.nation);
        return QByteArray(1, char(((code / 10) << 4) | (code % 10)));
    }
    case RecBirth:
        return encodeBcdDate(m_holder.birth);
    default:
        break;
    }
    return {};
}

QByteArray CardSim::readRecord(const QByteArray &apdu)
{
    const quint8 record = quint8(apdu.at(2));
    const bool inCard = m_file == FileCard && record >= RecIssued && record <= RecCardNo;
    const bool inHolder = m_file == FileHolder && record >= RecSsn && record <= RecBirth && record != 0x0C;
    if (!inCard && !inHolder)
        return sw(0x6A83);
    if (m_file == FileHolder && m_behaviour == Behaviour::Locked)
        return sw(0x6982);
    const QByteArray tlv = encodeRecord(record, recordValue(record));
    const int le = apdu.size() >= 5 ? quint8(apdu.at(4)) : 0;
    if (m_behaviour == Behaviour::AskLength && m_askedRecord != record) {
        m_askedRecord = record;
        return sw(quint16(0x6C00 | tlv.size()));
    }
    if (le != 0 && le != tlv.size())
        return sw(quint16(0x6C00 | tlv.size()));
    return answer(tlv, 0x9000);
}

QByteArray CardSim::respond(const QByteArray &apdu)
{
    if (m_behaviour == Behaviour::Mute)
        return {};
    if (m_behaviour == Behaviour::Short)
        return QByteArray(1, char(0x90));
    if (apdu.size() < 4)
        return sw(0x6700);
    const quint8 cla = quint8(apdu.at(0)), ins = quint8(apdu.at(1));
    if (cla != 0x00)
        return sw(0x6E00);
    switch (ins) {
    case 0xA4: {
        const int lc = apdu.size() >= 5 ? quint8(apdu.at(4)) : 0;
        const QByteArray body = apdu.mid(5, lc);
        if (quint8(apdu.at(2)) == 0x04) {
            if (m_behaviour == Behaviour::NotSsse || body != applicationId())
                return sw(0x6A82);
            m_appSelected = true;
            m_file = 0;
            // A short FCI naming the application, so chained mode has something to chain.
            return answer(QByteArray::fromHex("6F11") + char(0x84) + char(body.size()) + body, 0x9000);
        }
        if (!m_appSelected || body.size() != 2)
            return sw(0x6A82);
        const quint16 fid = quint16((quint8(body.at(0)) << 8) | quint8(body.at(1)));
        if (fid != FileCard && fid != FileHolder)
            return sw(0x6A82);
        m_file = fid;
        return sw(0x9000);
    }
    case 0xB2:
        if (m_file == 0)
            return sw(0x6985);
        return readRecord(apdu);
    case 0xC0: {
        if (m_behaviour == Behaviour::Endless)
            return QByteArray(2, '\x11') + sw(0x6110);
        if (m_pending.isEmpty())
            return sw(0x6985);
        const QByteArray chunk = m_pending.left(ChunkSize);
        m_pending.remove(0, chunk.size());
        if (!m_pending.isEmpty())
            return chunk + sw(quint16(0x6100 | qMin(int(m_pending.size()), ChunkSize)));
        return chunk + sw(0x9000);
    }
    default:
        break;
    }
    return sw(0x6D00);
}

} // namespace certdesk::ssse
