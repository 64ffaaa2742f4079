// GA 467 framing from byte-exact frames written out here (the encoder is checked against them, never trusted).
#include "codec/samframe.h"

#include <QtTest>

using namespace certdesk;
using namespace certdesk::sam;
using Event = FrameParser::Event;

namespace {

QByteArray hex(const char *h)
{
    return QByteArray::fromHex(h);
}

} // namespace

class TestSamCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandFrames()
    {
        QCOMPARE(encodeCommand(FindCard), hex("aaaaaa96690003200122"));
        QCOMPARE(encodeCommand(SelectCard), hex("aaaaaa96690003200221"));
        QCOMPARE(encodeCommand(ReadText), hex("aaaaaa96690003300132"));
        QCOMPARE(encodeCommand(SamId), hex("aaaaaa9669000312ffee"));
    }

    void replyFrames_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<int>("sw3");
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("no card") << hex("aaaaaa9669000400008084") << 0x80 << QByteArray();
        QTest::newRow("card found") << hex("aaaaaa9669000800009f0000000097") << 0x9F << hex("00000000");
        QTest::newRow("select ok") << hex("aaaaaa9669000c00009000000000000000009c") << 0x90 << hex("0000000000000000");
        QTest::newRow("select failed") << hex("aaaaaa9669000400008185") << 0x81 << QByteArray();
        QTest::newRow("read failed") << hex("aaaaaa9669000400004145") << 0x41 << QByteArray();
    }
    void replyFrames()
    {
        QFETCH(QByteArray, frame);
        QFETCH(int, sw3);
        QFETCH(QByteArray, data);
        FrameParser p;
        p.feed(frame);
        QCOMPARE(p.next(), Event::Frame);
        Reply r;
        QVERIFY(replyFromBody(p.body(), &r));
        QCOMPARE(int(r.sw3), sw3);
        QCOMPARE(r.data, data);
        QCOMPARE(p.next(), Event::NeedMore);
        QCOMPARE(p.buffered(), 0);
        QCOMPARE(encodeReply(quint8(sw3), data), frame); // and the encoder agrees byte for byte
    }

    void statusNames()
    {
        QCOMPARE(statusName(0x90), QStringLiteral("ok"));
        QCOMPARE(statusName(0x9F), QStringLiteral("card found"));
        QCOMPARE(statusName(0x80), QStringLiteral("no card"));
        QCOMPARE(statusName(0x81), QStringLiteral("select failed"));
        QCOMPARE(statusName(0x41), QStringLiteral("read failed"));
        QCOMPARE(statusName(0x24), QStringLiteral("unknown error"));
        QCOMPARE(statusName(0x7E), QStringLiteral("status 0x7E"));
        QCOMPARE(statusName(0x05), QStringLiteral("status 0x05"));
    }

    void splitByteByByte()
    {
        const QByteArray frame = hex("aaaaaa9669000800009f0000000097");
        FrameParser p;
        for (int i = 0; i < frame.size() - 1; ++i) {
            p.feed(frame.mid(i, 1));
            QCOMPARE(p.next(), Event::NeedMore);
        }
        QVERIFY(p.inFrame());
        p.feed(frame.right(1));
        QCOMPARE(p.next(), Event::Frame);
        QCOMPARE(p.body(), hex("00009f00000000"));
    }

    void garbageBeforeFrame()
    {
        FrameParser p;
        p.feed(hex("0102aa03aaaa") + hex("aaaaaa9669000400008084"));
        QCOMPARE(p.next(), Event::Garbage);
        QCOMPARE(p.discarded(), 6);
        QCOMPARE(p.next(), Event::Frame);
        QCOMPARE(p.body(), hex("000080"));
    }

    void partialPreambleKept()
    {
        FrameParser p;
        p.feed(hex("1234aaaaaa96"));
        QCOMPARE(p.next(), Event::Garbage);
        QCOMPARE(p.discarded(), 2);
        QCOMPARE(p.buffered(), 4); // aa aa aa 96 may start a frame
        QCOMPARE(p.next(), Event::NeedMore);
        p.feed(hex("69000400008084"));
        QCOMPARE(p.next(), Event::Frame);
    }

    void badCheckThenGoodFrame()
    {
        FrameParser p;
        p.feed(hex("aaaaaa9669000400008085") + hex("aaaaaa9669000400008185"));
        QCOMPARE(p.next(), Event::BadCheck);
        Event e = p.next();
        while (e == Event::Garbage)
            e = p.next();
        QCOMPARE(e, Event::Frame);
        QCOMPARE(p.body(), hex("000081"));
    }

    void impossibleLengths()
    {
        FrameParser p;
        p.feed(hex("aaaaaa96690002"));
        QCOMPARE(p.next(), Event::BadLength);
        FrameParser q;
        q.feed(hex("aaaaaa96691001")); // 4097 > kMaxLength
        QCOMPARE(q.next(), Event::BadLength);
        q.feed(hex("aaaaaa9669000400008084"));
        Event e = q.next();
        while (e == Event::Garbage || e == Event::BadLength)
            e = q.next();
        QCOMPARE(e, Event::Frame);
    }

    void falsePreambleSwallowsRealFrame()
    {
        // The noise's length (16) reaches into the real reply; resynchronising must still find it.
        FrameParser p;
        p.feed(hex("aaaaaa96690010") + hex("aaaaaa9669000800009f0000000097"));
        int frames = 0;
        for (Event e = p.next(); e != Event::NeedMore; e = p.next())
            if (e == Event::Frame) {
                ++frames;
                QCOMPARE(p.body(), hex("00009f00000000"));
            }
        QCOMPARE(frames, 1);
        QCOMPARE(p.buffered(), 0);
    }

    void shortBodies()
    {
        Reply r;
        QVERIFY(!replyFromBody(hex("0000"), &r));
        quint16 cmd = 0;
        QByteArray data;
        QVERIFY(!commandFromBody(hex("20"), &cmd, &data));
        QVERIFY(commandFromBody(hex("2001"), &cmd, &data));
        QCOMPARE(cmd, quint16(FindCard));
    }

    void readReplyFrame()
    {
        QByteArray text(256, 0);
        for (int i = 0; i < 256; ++i)
            text[i] = char(i); // every byte value, so nothing in the text can upset the framing
        const QByteArray photo(1024, '\x11');
        QByteArray frame = hex("aaaaaa96690508000090"
                               "0100"
                               "0400") +
                           text + photo;
        frame.append(char(xorCheck(frame, 5, int(frame.size()) - 5)));
        QCOMPARE(frame.size(), 5 + 2 + 1288);
        FrameParser p;
        p.feed(frame);
        QCOMPARE(p.next(), Event::Frame);
        Reply r;
        QVERIFY(replyFromBody(p.body(), &r));
        QCOMPARE(int(r.sw3), 0x90);
        TextPhoto parts;
        QVERIFY(splitTextPhoto(r.data, &parts));
        QCOMPARE(parts.text, text);
        QCOMPARE(parts.photo, photo);
        QCOMPARE(encodeReply(Ok, joinTextPhoto(text, photo)), frame);
    }

    void textPhotoRefusals()
    {
        TextPhoto parts;
        QVERIFY(!splitTextPhoto(hex("0100"), &parts));
        QVERIFY(!splitTextPhoto(hex("01000400") + QByteArray(256 + 1023, 'x'), &parts));
        QVERIFY(splitTextPhoto(hex("00020000") + hex("4100"), &parts));
        QCOMPARE(parts.text, hex("4100"));
    }
};

QTEST_GUILESS_MAIN(TestSamCodec)
#include "tst_samcodec.moc"
