// The sync protocol codec (models/protocol): round trips, the version check, limits and per-record validation.
#include "countytest.h"
#include "testerrorcode.h"

#include <QTest>

using namespace certdesk;
using namespace certdesk::protocol;
using namespace certdesk::countytest;

class TestCountyProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pushRecordRoundTrip()
    {
        PushRecord r = makeRecord(QStringLiteral("F1"), 7);
        r.name = QStringLiteral("测试七");
        r.change.address = QStringLiteral("新地址");
        r.change.phone = QStringLiteral("13800000000");
        r.supersedes = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.correctionReason = QStringLiteral("录入错误");
        r.method = IdentityMethod::SsCard;
        auto back = decodePushRecord(encodePushRecord(r));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back->uuid, r.uuid);
        QCOMPARE(back->idNo, r.idNo);
        QCOMPARE(back->name, r.name);
        QCOMPARE(back->certifiedAt, r.certifiedAt);
        QCOMPARE(back->localDate, r.localDate);
        QCOMPARE(back->change.address, r.change.address);
        QVERIFY(back->change.postcode.isNull()); // unchanged stays "unchanged", not ""
        QCOMPARE(back->change.phone, r.change.phone);
        QCOMPARE(back->supersedes, r.supersedes);
        QCOMPARE(back->method, IdentityMethod::SsCard);
        QCOMPARE(back->source, QStringLiteral("list"));
        QVERIFY(!encodePushRecord(r).contains(QStringLiteral("source"))); // v1 servers see what they always saw
    }

    void paperRecordRoundTrip()
    {
        PushRecord r = makeRecord(QStringLiteral("P1"), 8);
        r.source = QString::fromLatin1(kSourcePaper);
        r.variant = FormVariant::Mail;
        r.insuredAgency = QStringLiteral("某市社会保险基金管理局");
        r.dueDate = QDate(2026, 6, 30);
        r.reply = ReplyBlock{QStringLiteral("某市社保局"), QStringLiteral("某路1号"), QStringLiteral("510000"),
                             QStringLiteral("020-12345678")};
        auto back = decodePushRecord(encodePushRecord(r));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back->source, QStringLiteral("paper"));
        QCOMPARE(back->variant, FormVariant::Mail);
        QCOMPARE(back->insuredAgency, r.insuredAgency);
        QCOMPARE(back->dueDate, r.dueDate);
        QCOMPARE(back->reply, r.reply);
    }

    void pushRecordValidation_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("uuid shape") << "uuid" << QJsonValue(QStringLiteral("{not-a-uuid}"));
        QTest::newRow("uuid missing") << "uuid" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("form_no empty") << "form_no" << QJsonValue(QStringLiteral(" "));
        QTest::newRow("cycle string") << "cycle" << QJsonValue(QStringLiteral("2026"));
        QTest::newRow("cycle range") << "cycle" << QJsonValue(1999);
        QTest::newRow("id_no check digit") << "id_no" << QJsonValue(QStringLiteral("110101195003150010"));
        QTest::newRow("alive text") << "alive" << QJsonValue(QStringLiteral("yes"));
        QTest::newRow("method") << "method" << QJsonValue(QStringLiteral("photo"));
        QTest::newRow("certified_at no zone") << "certified_at" << QJsonValue(QStringLiteral("2026-05-10T02:00:00"));
        QTest::newRow("local_date") << "local_date" << QJsonValue(QStringLiteral("2026-02-30"));
        QTest::newRow("change not object") << "change" << QJsonValue(QStringLiteral("x"));
        QTest::newRow("supersedes shape") << "supersedes" << QJsonValue(QStringLiteral("abc"));
        QTest::newRow("source word") << "source" << QJsonValue(QStringLiteral("fax"));
        QTest::newRow("source paper without agency") << "source" << QJsonValue(QStringLiteral("paper"));
        QTest::newRow("variant word") << "variant" << QJsonValue(QStringLiteral("附表3"));
        QTest::newRow("due_date") << "due_date" << QJsonValue(QStringLiteral("2026-13-01"));
        QTest::newRow("reply not object") << "reply" << QJsonValue(42);
    }
    void pushRecordValidation()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QJsonObject o = encodePushRecord(makeRecord(QStringLiteral("F1"), 1));
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        auto r = decodePushRecord(o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::BadRequest);
        QVERIFY2(r.error().message.contains(key), qPrintable(r.error().message));
    }

    void envelope()
    {
        QCOMPARE(parseEnvelope("{").error().code, ErrorCode::BadJson);
        QCOMPARE(parseEnvelope("[1]").error().code, ErrorCode::BadJson);
        QCOMPARE(parseEnvelope("{}").error().code, ErrorCode::BadRequest);
        QCOMPARE(parseEnvelope(R"({"protocol":2})").error().code, ErrorCode::UnsupportedProtocol);
        QVERIFY(parseEnvelope(R"({"protocol":1})").ok());
        QByteArray big(kMaxBodyBytes + 1, ' ');
        QCOMPARE(parseEnvelope(big).error().code, ErrorCode::TooLarge);
    }

    void pushRequestLimits()
    {
        QJsonObject o{{QStringLiteral("protocol"), 1}, {QStringLiteral("records"), QJsonArray()}};
        QVERIFY(!pushRecordValues(o).ok());
        QJsonArray many;
        const QJsonObject one = encodePushRecord(makeRecord(QStringLiteral("F1"), 1));
        for (int i = 0; i <= kMaxPushRecords; ++i)
            many.append(one);
        o.insert(QStringLiteral("records"), many);
        QVERIFY(!pushRecordValues(o).ok());
        many.removeLast();
        o.insert(QStringLiteral("records"), many);
        QCOMPARE(pushRecordValues(o)->size(), kMaxPushRecords);
        // The strict decoder fails the whole request on one bad record; the lenient one keeps the uuid.
        QJsonObject bad = one;
        bad.insert(QStringLiteral("alive"), QStringLiteral("maybe"));
        QJsonObject req{{QStringLiteral("protocol"), 1}, {QStringLiteral("records"), QJsonArray{one, bad}}};
        QVERIFY(!decodePushRequest(req).ok());
        QCOMPARE(uuidOf(bad), one.value(QStringLiteral("uuid")).toString());
    }

    void pullRoundTrip()
    {
        PullResponse r;
        Change f;
        f.seq = 3;
        f.kind = ChangeKind::Form;
        f.form = makeForm(QStringLiteral("F9"), 9);
        f.form.variant = FormVariant::Mail;
        f.form.reply = {QStringLiteral("单位"), QStringLiteral("地址"), QStringLiteral("100010"), QString()};
        Change w;
        w.seq = 4;
        w.kind = ChangeKind::Withdrawal;
        w.formNo = QStringLiteral("F8");
        Change d;
        d.seq = 5;
        d.kind = ChangeKind::Death;
        d.death = {idNumber(3), QStringLiteral("某"), QDate(2026, 4, 1), QStringLiteral("民政")};
        Change k;
        k.seq = 6;
        k.kind = ChangeKind::Conflict;
        k.conflict = {QStringLiteral("u1"),    QStringLiteral("F9"), 2026,
                      QStringLiteral("first"), QStringLiteral("C2"), QStringLiteral("u2")};
        r.changes = {f, w, d, k};
        r.nextCursor = 6;
        r.more = true;
        auto back = decodePullResponse(parseEnvelope(serialize(encodePullResponse(r))).value());
        QVERIFY(back.ok());
        QCOMPARE(back->changes.size(), 4);
        QCOMPARE(back->nextCursor, 6);
        QVERIFY(back->more);
        QCOMPARE(back->changes[0].form.person.idNo, f.form.person.idNo);
        QCOMPARE(back->changes[0].form.variant, FormVariant::Mail);
        QCOMPARE(back->changes[0].form.reply.unit, QStringLiteral("单位"));
        QCOMPARE(back->changes[1].formNo, QStringLiteral("F8"));
        QCOMPARE(back->changes[2].death.deathDate, QDate(2026, 4, 1));
        QCOMPARE(back->changes[3].conflict.role, QStringLiteral("first"));
        QCOMPARE(back->changes[3].conflict.otherCenter, QStringLiteral("C2"));
    }

    void pullRequestClamps()
    {
        auto r = decodePullRequest(QJsonObject{{QStringLiteral("cursor"), 10}, {QStringLiteral("limit"), 1000000}});
        QVERIFY(r.ok());
        QCOMPARE(r->limit, kMaxPullLimit);
        QVERIFY(!decodePullRequest(QJsonObject{{QStringLiteral("cursor"), -1}}).ok());
        QVERIFY(!decodePullRequest(QJsonObject{{QStringLiteral("limit"), 0}}).ok());
        QVERIFY(!decodePullRequest(QJsonObject{{QStringLiteral("cursor"), 1.5}}).ok());
    }

    void pushResultRoundTrip()
    {
        PushResponse r;
        PushResult dup;
        dup.uuid = QStringLiteral("a");
        dup.status = PushStatus::Duplicate;
        dup.original = PushStatus::Conflict;
        dup.otherCenter = QStringLiteral("C1");
        PushResult rej;
        rej.uuid = QStringLiteral("b");
        rej.status = PushStatus::Rejected;
        rej.reason = QStringLiteral("id_mismatch");
        r.results = {dup, rej};
        auto back = decodePushResponse(encodePushResponse(r));
        QVERIFY(back.ok());
        QCOMPARE(back->results[0].status, PushStatus::Duplicate);
        QCOMPARE(back->results[0].original, PushStatus::Conflict);
        QCOMPARE(back->results[0].otherCenter, QStringLiteral("C1"));
        QCOMPARE(back->results[1].reason, QStringLiteral("id_mismatch"));
        // Unknown members are ignored (additive evolution).
        QJsonObject withExtra = encodePushResult(dup);
        withExtra.insert(QStringLiteral("future_member"), 42);
        QVERIFY(decodePushResult(withExtra).ok());
    }
};

QTEST_GUILESS_MAIN(TestCountyProtocol)
#include "tst_county_protocol.moc"
