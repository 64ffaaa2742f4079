#pragma once

#include <QByteArray>
#include <QString>

// GA 467 SAM serial framing (resident ID card readers). Pure functions and a byte-stream parser: no I/O, no Qt
// event loop, so the fuzz harness and the simulator share exactly the code the reader runs.
//
// Frame: AA AA AA 96 69 | len (2, big-endian) | body | check
//   len counts body + check; check = XOR of the len bytes and the body.
//   Command body: cmd, param, data.   Reply body: SW1, SW2, SW3, data.
namespace certdesk::sam {

inline constexpr char kPreamble[] = {'\xAA', '\xAA', '\xAA', '\x96', '\x69'};
inline constexpr int kPreambleSize = 5;
// No command or reply of the protocol is longer (text + photo + fingerprint is < 2.5 KiB); a larger length is
// taken as garbage so one corrupted length byte cannot make the parser wait for 64 KiB.
inline constexpr int kMaxLength = 4096;

enum Command : quint16
{
    SamId = 0x12FF,    // SAM identity: reply 90 + 16 bytes
    FindCard = 0x2001, // reply 9F (card found) or 80 (no card)
    SelectCard = 0x2002,
    ReadText = 0x3001 // text + photo: 2-byte text length, 2-byte photo length, text, photo
};

enum Sw3 : quint8
{
    Ok = 0x90,
    CardFound = 0x9F,
    NoCard = 0x80,
    SelectFailed = 0x81,
    ReadFailed = 0x41
};

QString statusName(quint8 sw3); // "ok", "card found", … ; unknown codes as "status 0xNN"

quint8 xorCheck(const QByteArray &bytes, int from, int count);
QByteArray encodeFrame(const QByteArray &body); // preamble + len + body + check
QByteArray encodeCommand(quint16 command, const QByteArray &data = {});
QByteArray encodeReply(quint8 sw3, const QByteArray &data = {}, quint8 sw1 = 0, quint8 sw2 = 0);

struct Reply
{
    quint8 sw1 = 0, sw2 = 0, sw3 = 0;
    QByteArray data;
};
// A frame body read as a reply; false when it is shorter than the three status bytes.
bool replyFromBody(const QByteArray &body, Reply *out);
// A frame body read as a command; false when it is shorter than cmd + param.
bool commandFromBody(const QByteArray &body, quint16 *command, QByteArray *data);

// The read text+photo reply data: 2-byte BE text length, 2-byte BE photo length, text, photo.
struct TextPhoto
{
    QByteArray text;
    QByteArray photo; // the wlt-compressed photo, kept opaque
};
bool splitTextPhoto(const QByteArray &data, TextPhoto *out);
QByteArray joinTextPhoto(const QByteArray &text, const QByteArray &photo);

// Incremental parser over a byte stream that may carry garbage, split frames or corrupt frames. feed() appends
// bytes; next() returns one event at a time until NeedMore. The buffer never grows beyond one frame plus the
// current chunk: garbage before a preamble is dropped as soon as it is seen.
class FrameParser
{
public:
    enum class Event
    {
        NeedMore, // no complete frame buffered
        Frame,    // body() holds a frame's body (check verified)
        Garbage,  // discarded() bytes were dropped while looking for a preamble
        BadCheck, // a complete frame whose check byte is wrong; dropped, parser resynchronised
        BadLength // the length field is impossible (too short or > kMaxLength); dropped, resynchronised
    };

    void feed(const QByteArray &bytes);
    Event next();
    void reset();

    const QByteArray &body() const { return m_body; }
    int discarded() const { return m_discarded; }
    int buffered() const { return int(m_buffer.size()); }
    // True when a preamble has been seen and the rest of its frame is still missing.
    bool inFrame() const;

private:
    bool completeFrameAt(qsizetype at) const;

    QByteArray m_buffer;
    QByteArray m_body;
    int m_discarded = 0;
};

} // namespace certdesk::sam
