// Structured records (what the sync client pulls) meet exactly the importer's rules: checkFormRecords /
// checkDeathRecords give the same rows, the same skipped indexes and the same reasons as parseFormRows /
// parseDeathRows on the JSON file those records would make.
#include "io/importrows.h"
#include "protocol/codec.h"

#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace certdesk;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 11, 27);

QList<Form> fileForms()
{
    QFile f(test::dataPath(u"forms_utf8.csv"_s));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open forms_utf8.csv");
    auto parsed = parseFormRows(f.readAll(), TextEncoding::Utf8, kToday);
    if (!parsed || parsed->rows.size() < 2)
        qFatal("forms_utf8.csv does not parse");
    return parsed->rows;
}

QByteArray asJsonFile(const QList<Form> &forms)
{
    QJsonArray a;
    for (const Form &f : forms) {
        QJsonObject o = protocol::encodeForm(f);
        o.remove(u"protocol"_s);
        a.append(o);
    }
    return QJsonDocument(QJsonObject{{u"forms"_s, a}}).toJson(QJsonDocument::Compact);
}

QByteArray asJsonFile(const QList<DeathNotice> &notices)
{
    QJsonArray a;
    for (const DeathNotice &d : notices)
        a.append(QJsonObject{{u"id_no"_s, d.idNo},
                             {u"name"_s, d.name},
                             {u"death_date"_s, d.deathDate.toString(Qt::ISODate)},
                             {u"source"_s, d.source}});
    return QJsonDocument(QJsonObject{{u"deaths"_s, a}}).toJson(QJsonDocument::Compact);
}

template<class T> void compareParsed(const ParsedRows<T> &direct, const ParsedRows<T> &viaFile)
{
    QCOMPARE(direct.rows.size(), viaFile.rows.size());
    QVERIFY(direct.rows == viaFile.rows);
    QCOMPARE(direct.lines, viaFile.lines);
    QCOMPARE(direct.errors.size(), viaFile.errors.size());
    for (int i = 0; i < direct.errors.size(); ++i) {
        QCOMPARE(direct.errors[i].line, viaFile.errors[i].line);
        QCOMPARE(direct.errors[i].reason, viaFile.errors[i].reason);
    }
}

} // namespace

class TestImportRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formsMeetTheFileRules()
    {
        const QList<Form> base = fileForms();
        QList<Form> forms;
        forms << base[0]; // 1: valid
        Form f = base[1];
        f.person.idNo.chop(1);
        f.person.idNo += f.person.idNo.endsWith(u'1') ? u"2"_s : u"1"_s; // 2: check digit wrong
        forms << f;
        f = base[0];
        f.formNo = u"RC-3"_s;
        f.person.sex = f.person.sex == u'M' ? u'F' : u'M'; // 3: sex against the ID number
        forms << f;
        f = base[0];
        f.formNo = u"RC-4"_s;
        f.variant = FormVariant::Mail;
        f.reply = {}; // 4: a mail form without its reply block
        forms << f;
        f = base[0];
        f.formNo = u"RC-5"_s;
        f.checkCode.clear(); // 5: online without 校验码
        forms << f;
        forms << base[0]; // 6: the same 编号 twice in one page
        f = base[0];
        f.formNo = u"RC-7"_s;
        f.cycle = 0;         // 7: no year
        f.dueDate = QDate(); // and no due date
        forms << f;
        f = base[0];
        f.formNo = u"  RC-8 "_s;
        f.person.name = u" 测试丙 "_s; // 8: valid once trimmed, as from a file
        forms << f;
        f = base[0];
        f.formNo = u"RC-9"_s;
        f.person.postcode = u"12"_s; // 9: bad postcode
        f.person.phone = u"x"_s;     // and phone
        forms << f;

        const ParsedRows<Form> direct = checkFormRecords(forms, kToday);
        auto viaFile = parseFormRows(asJsonFile(forms), TextEncoding::Utf8, kToday);
        QVERIFY(viaFile);
        compareParsed(direct, viaFile.value());
        QCOMPARE(direct.lines, (QList<int>{1, 8}));
        QCOMPARE(direct.rows[1].formNo, u"RC-8"_s);
        QCOMPARE(direct.rows[1].person.name, u"测试丙"_s);
        QCOMPARE(direct.errors.size(), 7);
    }

    void deathsMeetTheFileRules()
    {
        const Form person = fileForms().first();
        QList<DeathNotice> notices;
        notices << DeathNotice{person.person.idNo, person.person.name, QDate(2026, 3, 1), u"公安"_s}; // valid
        notices << DeathNotice{person.person.idNo, person.person.name, kToday.addDays(1), {}};        // in the future
        notices << DeathNotice{u"123"_s, u"某人"_s, QDate(2026, 3, 1), {}};                           // bad ID number
        notices << DeathNotice{person.person.idNo, {}, QDate(), {}}; // no name, no date
        const ParsedRows<DeathNotice> direct = checkDeathRecords(notices, kToday);
        auto viaFile = parseDeathRows(asJsonFile(notices), TextEncoding::Utf8, kToday);
        QVERIFY(viaFile);
        compareParsed(direct, viaFile.value());
        QCOMPARE(direct.lines, QList<int>{1});
        QCOMPARE(direct.errors.size(), 3);
    }

    void emptyListsAreEmpty()
    {
        QVERIFY(checkFormRecords({}, kToday).rows.isEmpty());
        QVERIFY(checkDeathRecords({}, kToday).errors.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportRecords)
#include "tst_importrecords.moc"
