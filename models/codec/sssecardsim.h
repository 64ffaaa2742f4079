#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace certdesk::ssse {

// A virtual social security card: answers C-APDUs with the layout of sssecard.h. Pure, so the codec tests
// drive it in process and certdesk-vcard puts it behind the vpcd socket. Behaviours reproduce the card and
// reader quirks the reader must survive.
class CardSim
{
public:
    enum class Behaviour
    {
        Normal,    // data + 9000; a READ RECORD with the wrong Le gets 6Cxx
        Chained,   // T=0 style: every answer with data comes as 61xx, then GET RESPONSE in 8-byte pieces
        AskLength, // the first READ RECORD of each record is answered 6Cxx, the repeat with data
        Locked,    // EF06 records need a PSAM: 6982
        NotSsse,   // no SSSE application: 6A82 on SELECT
        Short,     // every answer is one byte (no status word)
        Endless,   // announces more data (61xx) forever
        BadName,   // name record is not GBK
        Mute       // answers nothing at all (the transport must time out)
    };

    struct Holder
    {
        QString ssn = QStringLiteral("110101195001011234");
        QString name = QStringLiteral("张三");
        QChar sex = QLatin1Char('M');
        QString nation = QStringLiteral("汉");
        QDate birth = QDate(1950, 1, 1);
        QDate issued = QDate(2018, 3, 1);
        QDate validTo = QDate(2028, 3, 1);
        QString cardNo = QStringLiteral("A12345678");
    };

    CardSim();
    CardSim(Holder holder, Behaviour behaviour);

    static bool behaviourFromName(const QString &name, Behaviour *out);

    QByteArray atr() const;
    void reset(); // power cycle: no application selected
    // Empty when the card stays silent (Mute).
    QByteArray respond(const QByteArray &apdu);

private:
    QByteArray answer(const QByteArray &data, quint16 sw);
    QByteArray recordValue(quint8 record) const;
    QByteArray readRecord(const QByteArray &apdu);

    Holder m_holder;
    Behaviour m_behaviour;
    bool m_appSelected = false;
    quint16 m_file = 0;
    QByteArray m_pending; // data waiting for GET RESPONSE
    int m_askedRecord = -1;
};

} // namespace certdesk::ssse
