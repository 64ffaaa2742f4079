#include "samframe.h"

namespace certdesk::sam {

namespace {

const QByteArray &preamble()
{
    static const QByteArray p(kPreamble, kPreambleSize);
    return p;
}

constexpr int kMinLength = 3; // the shortest body (cmd + param) plus the check byte

quint16 be16(const QByteArray &b, int at)
{
    return quint16((quint8(b.at(at)) << 8) | quint8(b.at(at + 1)));
}

void appendBe16(QByteArray &b, quint16 v)
{
    b.append(char(v >> 8));
    b.append(char(v & 0xFF));
}

} // namespace

QString statusName(quint8 sw3)
{
    switch (sw3) {
    case Ok:
        return QStringLiteral("ok");
    case CardFound:
        return QStringLiteral("card found");
    case NoCard:
        return QStringLiteral("no card");
    case SelectFailed:
        return QStringLiteral("select failed");
    case ReadFailed:
        return QStringLiteral("read failed");
    case 0x10:
        return QStringLiteral("checksum error reported by SAM");
    case 0x11:
        return QStringLiteral("length error reported by SAM");
    case 0x21:
        return QStringLiteral("command not accepted");
    case 0x23:
        return QStringLiteral("unauthorised");
    case 0x24:
        return QStringLiteral("unknown error");
    case 0x31:
        return QStringLiteral("card authentication failed");
    case 0x32:
        return QStringLiteral("random number error");
    case 0x33:
        return QStringLiteral("re-authentication");
    case 0x40:
        return QStringLiteral("unknown card");
    case 0x47:
        return QStringLiteral("card not authorised");
    case 0x60:
        return QStringLiteral("SAM self-test failed");
    case 0x66:
        return QStringLiteral("SAM not authorised");
    case 0x91:
        return QStringLiteral("no content");
    default:
        break;
    }
    return QStringLiteral("status 0x") + QString::number(sw3, 16).rightJustified(2, QLatin1Char('0')).toUpper();
}

quint8 xorCheck(const QByteArray &bytes, int from, int count)
{
    quint8 x = 0;
    for (int i = from; i < from + count; ++i)
        x ^= quint8(bytes.at(i));
    return x;
}

QByteArray encodeFrame(const QByteArray &body)
{
    QByteArray f = preamble();
    appendBe16(f, quint16(body.size() + 1));
    f.append(body);
    f.append(char(xorCheck(f, kPreambleSize, int(f.size()) - kPreambleSize)));
    return f;
}

QByteArray encodeCommand(quint16 command, const QByteArray &data)
{
    QByteArray body;
    appendBe16(body, command);
    body.append(data);
    return encodeFrame(body);
}

QByteArray encodeReply(quint8 sw3, const QByteArray &data, quint8 sw1, quint8 sw2)
{
    QByteArray body;
    body.append(char(sw1));
    body.append(char(sw2));
    body.append(char(sw3));
    body.append(data);
    return encodeFrame(body);
}

bool replyFromBody(const QByteArray &body, Reply *out)
{
    if (body.size() < 3)
        return false;
    out->sw1 = quint8(body.at(0));
    out->sw2 = quint8(body.at(1));
    out->sw3 = quint8(body.at(2));
    out->data = body.mid(3);
    return true;
}

bool commandFromBody(const QByteArray &body, quint16 *command, QByteArray *data)
{
    if (body.size() < 2)
        return false;
    *command = be16(body, 0);
    *data = body.mid(2);
    return true;
}

bool splitTextPhoto(const QByteArray &data, TextPhoto *out)
{
    if (data.size() < 4)
        return false;
    const int textLen = be16(data, 0);
    const int photoLen = be16(data, 2);
    if (data.size() < 4 + textLen + photoLen)
        return false;
    out->text = data.mid(4, textLen);
    out->photo = data.mid(4 + textLen, photoLen);
    return true;
}

QByteArray joinTextPhoto(const QByteArray &text, const QByteArray &photo)
{
    QByteArray d;
    appendBe16(d, quint16(text.size()));
    appendBe16(d, quint16(photo.size()));
    return d + text + photo;
}

void FrameParser::feed(const QByteArray &bytes)
{
    m_buffer.append(bytes);
}

void FrameParser::reset()
{
    m_buffer.clear();
    m_body.clear();
    m_discarded = 0;
}

bool FrameParser::inFrame() const
{
    return m_buffer.startsWith(preamble());
}

bool FrameParser::completeFrameAt(qsizetype at) const
{
    if (m_buffer.size() < at + kPreambleSize + 2)
        return false;
    const int length = be16(m_buffer, int(at) + kPreambleSize);
    if (length < kMinLength || length > kMaxLength || m_buffer.size() < at + kPreambleSize + 2 + length)
        return false;
    const int end = int(at) + kPreambleSize + 2 + length;
    return xorCheck(m_buffer, int(at) + kPreambleSize, 2 + length - 1) == quint8(m_buffer.at(end - 1));
}

FrameParser::Event FrameParser::next()
{
    m_discarded = 0;
    // Drop everything before the first preamble; keep a tail that may be the start of one.
    const qsizetype at = m_buffer.indexOf(preamble());
    if (at != 0) {
        qsizetype drop = at;
        if (at < 0) {
            // Keep the longest suffix that is a prefix of the preamble.
            qsizetype keep = qMin<qsizetype>(m_buffer.size(), kPreambleSize - 1);
            while (keep > 0 && !preamble().startsWith(m_buffer.right(keep)))
                --keep;
            drop = m_buffer.size() - keep;
        }
        if (drop > 0) {
            m_buffer.remove(0, drop);
            m_discarded = int(drop);
            return Event::Garbage;
        }
        return Event::NeedMore;
    }
    if (m_buffer.size() < kPreambleSize + 2)
        return Event::NeedMore;
    const int length = be16(m_buffer, kPreambleSize);
    if (length < kMinLength || length > kMaxLength) {
        // Skip one preamble byte so the search resumes just after this false start.
        m_buffer.remove(0, 1);
        return Event::BadLength;
    }
    const int total = kPreambleSize + 2 + length;
    if (m_buffer.size() < total) {
        // Noise can hold a false preamble whose length swallows the real frame behind it: a later preamble that
        // starts a complete frame with a good check proves the earlier start false.
        for (qsizetype later = m_buffer.indexOf(preamble(), 1); later > 0;
             later = m_buffer.indexOf(preamble(), later + 1)) {
            if (completeFrameAt(later)) {
                m_buffer.remove(0, later);
                m_discarded = int(later);
                return Event::Garbage;
            }
        }
        return Event::NeedMore;
    }
    const quint8 check = xorCheck(m_buffer, kPreambleSize, 2 + length - 1);
    if (check != quint8(m_buffer.at(total - 1))) {
        m_buffer.remove(0, 1);
        return Event::BadCheck;
    }
    m_body = m_buffer.mid(kPreambleSize + 2, length - 1);
    m_buffer.remove(0, total);
    return Event::Frame;
}

} // namespace certdesk::sam
