// libFuzzer: the GA 467 frame parser over arbitrary byte streams, fed in arbitrary pieces.
#include "codec/samframe.h"
#include "codec/samtext.h"

#include <cstdlib>

using namespace certdesk::sam;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte chooses the piece size, so split frames are explored along with whole ones.
    const size_t piece = 1 + data[0] % 64;
    const QByteArray stream(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    FrameParser parser;
    for (qsizetype at = 0; at < stream.size(); at += qsizetype(piece)) {
        parser.feed(stream.mid(at, qsizetype(piece)));
        for (FrameParser::Event e = parser.next(); e != FrameParser::Event::NeedMore; e = parser.next()) {
            if (parser.buffered() > stream.size())
                std::abort(); // the buffer never holds more than was fed
            if (e != FrameParser::Event::Frame)
                continue;
            const QByteArray body = parser.body();
            // Every accepted frame re-encodes to a frame the parser accepts with the same body.
            FrameParser again;
            again.feed(encodeFrame(body));
            if (again.next() != FrameParser::Event::Frame || again.body() != body)
                std::abort();
            Reply reply;
            if (replyFromBody(body, &reply)) {
                (void)statusName(reply.sw3);
                TextPhoto parts;
                if (splitTextPhoto(reply.data, &parts)) {
                    const auto text = decodeText(parts.text);
                    if (text)
                        (void)text->birth();
                }
            }
            quint16 command = 0;
            QByteArray args;
            (void)commandFromBody(body, &command, &args);
        }
    }
    return 0;
}
