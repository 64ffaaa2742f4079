// The PC/SC path end to end: pcscd with Debian's vsmartcard-vpcd driver, certdesk-vcard playing the card.
// Uses a running pcscd that offers the "Virtual PCD" reader, or starts one (needs root for /run/pcscd);
// when neither is possible every test skips and says why.

#include "counter/counterpage.h"
#include "devices/pcsccard.h"
#include "devices/pcscreader.h"
#include "fixture.h"
#include "requiretools.h"
#include "services/certification.h"
#include "testerrorcode.h"
#include "uiharness.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

#include <winscard.h>

using namespace certdesk;

namespace {

const QString VirtualReader = QStringLiteral("Virtual PCD 00 00"); // vpcd's first slot, TCP port 35963

bool virtualReaderListed()
{
    pcsc::Context context;
    if (!context.establish())
        return false;
    auto readers = context.readers();
    return readers.ok() && readers->contains(VirtualReader);
}

bool virtualCardPresent()
{
    pcsc::Context context;
    if (!context.establish())
        return false;
    const QByteArray name = VirtualReader.toUtf8();
    SCARD_READERSTATE state{};
    state.szReader = name.constData();
    state.dwCurrentState = SCARD_STATE_UNAWARE;
    if (SCardGetStatusChange(SCARDCONTEXT(context.handle()), 0, &state, 1) != SCARD_S_SUCCESS)
        return false;
    return state.dwEventState & SCARD_STATE_PRESENT;
}

} // namespace

class TestPcscReader : public QObject
{
    Q_OBJECT

private:
    QString m_skip;
    std::unique_ptr<QProcess> m_pcscd; // only when this test started it
    std::unique_ptr<QProcess> m_card;

    // Lays a card on the virtual reader; it stays there until removeCard().
    void insertCard(const QString &behaviour, const QStringList &extra = {})
    {
        m_card = std::make_unique<QProcess>();
        m_card->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_card->start(QStringLiteral(CERTDESK_VCARD_BIN), QStringList{QStringLiteral("--behaviour"), behaviour,
                                                                      QStringLiteral("--wait"), QStringLiteral("10")} +
                                                              extra);
        QVERIFY(m_card->waitForStarted(5000));
    }
    void removeCard()
    {
        if (!m_card)
            return;
        m_card->kill();
        m_card->waitForFinished(5000);
        m_card.reset();
        // vpcd notices a vanished card on its next poll; the next test must not find the old one.
        QTRY_VERIFY_WITH_TIMEOUT(!virtualCardPresent(), 10000);
    }

    // Starts pcscd in the foreground (owned by this test); empty when it runs and lists the virtual reader, else
    // why not.
    QString startPcscd()
    {
        const QString pcscd = QStandardPaths::findExecutable(QStringLiteral("pcscd"),
                                                             {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
        if (pcscd.isEmpty())
            return QStringLiteral("pcscd is not installed");
        m_pcscd = std::make_unique<QProcess>();
        m_pcscd->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_pcscd->setStandardOutputFile(QProcess::nullDevice());
        m_pcscd->start(pcscd, {QStringLiteral("--foreground")});
        if (!m_pcscd->waitForStarted(5000)) {
            m_pcscd.reset();
            return QStringLiteral("pcscd could not be started here");
        }
        QDeadlineTimer deadline(10000);
        while (!virtualReaderListed() && m_pcscd->state() == QProcess::Running && !deadline.hasExpired())
            QTest::qWait(50);
        if (!virtualReaderListed()) {
            m_pcscd.reset();
            return QStringLiteral("pcscd did not start (no permission for /run/pcscd, or socket in use)");
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(QStringLiteral("/usr/lib/pcsc/drivers/serial/libifdvpcd.so"))) {
            m_skip = QStringLiteral("vsmartcard-vpcd is not installed (apt-get install vsmartcard-vpcd)");
            return;
        }
        if (virtualReaderListed())
            return; // a pcscd with vpcd is already running: use it
        pcsc::Context probe;
        if (probe.establish()) {
            m_skip = QStringLiteral("a pcscd is running without the vpcd reader; cannot start a second one");
            return;
        }
        m_skip = startPcscd();
    }

    void cleanupTestCase()
    {
        removeCard();
        if (m_pcscd) {
            m_pcscd->terminate();
            if (!m_pcscd->waitForFinished(5000))
                m_pcscd->kill();
        }
    }

    void init()
    {
        if (!m_skip.isEmpty())
            CERTDESK_SKIP_UNLESS_REQUIRED(m_skip);
    }

    void cleanup() { removeCard(); }

    void readsLaidCardAndFollowsRemoval()
    {
        PcscReader reader;
        QSignalSpy read(&reader, &IdentitySource::cardRead);
        QSignalSpy removed(&reader, &IdentitySource::cardRemoved);
        reader.start();
        QTRY_COMPARE_WITH_TIMEOUT(reader.state(), ReaderState::Idle, 10000);

        insertCard(QStringLiteral("normal"),
                   {QStringLiteral("--name"), QStringLiteral("王五"), QStringLiteral("--ssn"),
                    QStringLiteral("110101195001011234"), QStringLiteral("--sex"), QStringLiteral("F"),
                    QStringLiteral("--nation"), QStringLiteral("满"), QStringLiteral("--birth"),
                    QStringLiteral("1950-01-01"), QStringLiteral("--valid-to"), QStringLiteral("2026-01-31")});
        QTRY_COMPARE_WITH_TIMEOUT(read.size(), 1, 15000);
        const auto identity = read.first().first().value<CardIdentity>();
        QCOMPARE(identity.name, QStringLiteral("王五"));
        QCOMPARE(identity.idNo, QStringLiteral("110101195001011234"));
        QCOMPARE(identity.sex, QLatin1Char('F'));
        QCOMPARE(identity.nation, QStringLiteral("满"));
        QCOMPARE(identity.birth, QDate(1950, 1, 1));
        QCOMPARE(identity.validTo, QDate(2026, 1, 31));
        QVERIFY(identity.isExpiredOn(QDate(2026, 5, 10)));
        QCOMPARE(identity.cardType, CardType::SocialSecurity);
        QCOMPARE(identity.method, IdentityMethod::SsCard);
        QCOMPARE(identity.source, VirtualReader);
        QCOMPARE(reader.state(), ReaderState::CardRead);
        QVERIFY(!reader.message().contains(QStringLiteral("王五")));

        removeCard();
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 10000);
        QTRY_COMPARE(reader.state(), ReaderState::Idle);
        QCOMPARE(read.size(), 1); // one read per laying-on

        insertCard(QStringLiteral("chained")); // T=0 card: 61xx + GET RESPONSE
        QTRY_COMPARE_WITH_TIMEOUT(read.size(), 2, 15000);
        QCOMPARE(read.last().first().value<CardIdentity>().name, QStringLiteral("张三"));
        reader.stop();
        QCOMPARE(reader.state(), ReaderState::Absent);
        QCoreApplication::processEvents(); // news the worker posted before it stopped must not revive the state
        QCOMPARE(reader.state(), ReaderState::Absent);
        QCOMPARE(read.size(), 2);
    }

    void cardThatAsksForLengthIsRead()
    {
        insertCard(QStringLiteral("asklength"));
        QTRY_VERIFY_WITH_TIMEOUT(pcsc::readFirstCard().ok(), 15000);
        QCOMPARE(pcsc::readFirstCard()->name, QStringLiteral("张三"));
    }

    void badCardsGiveMessagesNotHangs_data()
    {
        QTest::addColumn<QString>("behaviour");
        QTest::addColumn<QString>("words");
        QTest::newRow("needs PSAM") << QStringLiteral("locked") << QStringLiteral("PSAM");
        QTest::newRow("not social security") << QStringLiteral("notssse") << QStringLiteral("not a social security");
        QTest::newRow("one-byte answers") << QStringLiteral("short") << QStringLiteral("status word");
        QTest::newRow("endless 61xx") << QStringLiteral("endless") << QStringLiteral("never ends");
        QTest::newRow("name not GBK") << QStringLiteral("badname") << QStringLiteral("malformed");
    }

    void badCardsGiveMessagesNotHangs()
    {
        QFETCH(QString, behaviour);
        QFETCH(QString, words);
        PcscReader reader;
        QSignalSpy read(&reader, &IdentitySource::cardRead);
        reader.start();
        QTRY_COMPARE_WITH_TIMEOUT(reader.state(), ReaderState::Idle, 10000);
        insertCard(behaviour);
        QTRY_COMPARE_WITH_TIMEOUT(reader.state(), ReaderState::Error, 15000);
        QVERIFY2(reader.message().contains(words), qPrintable(reader.message()));
        QCOMPARE(read.size(), 0);

        // The reader is not stuck: the next good card reads.
        removeCard();
        QTRY_COMPARE_WITH_TIMEOUT(reader.state(), ReaderState::Idle, 10000);
        insertCard(QStringLiteral("normal"));
        QTRY_COMPARE_WITH_TIMEOUT(read.size(), 1, 15000);
    }

    // The counter with the PC/SC reader: the social security card finds the person's form; certified as sscard.
    void socialSecurityCardAtCounter()
    {
        test::TestCenter center;
        center.addUser(QStringLiteral("clerk"), Role::Clerk);
        const Form form = center.seedForms(2).at(1);
        test::UiHarness ui(center);
        ui.context.identitySources = [] {
            std::vector<std::unique_ptr<IdentitySource>> sources;
            sources.push_back(std::make_unique<PcscReader>(VirtualReader));
            return sources;
        };
        auto *page = ui.find<CounterPage>("counterPage");
        page->reloadReaders();
        QVERIFY(ui.signIn(QStringLiteral("clerk")));
        insertCard(QStringLiteral("chained"),
                   {QStringLiteral("--ssn"), form.person.idNo, QStringLiteral("--name"), form.person.name});
        auto *idInput = ui.find<QLineEdit>("idInput");
        QTRY_COMPARE_WITH_TIMEOUT(idInput->text(), form.person.idNo, 15000);
        QCOMPARE(page->identityMethod(), IdentityMethod::SsCard);
        QVERIFY(ui.find<QLabel>("presentedCard")->text().contains(QStringLiteral("社会保障卡")));
        auto *checkCode = ui.find<QLineEdit>("checkCodeInput");
        QCOMPARE(QApplication::focusWidget(), checkCode);
        ui.typeSlowly(form.checkCode, checkCode);
        QTest::keyClick(checkCode, Qt::Key_Return);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F5);
        auto view = CertificationService(*ui.window->session()).lookupForm(form.formNo, form.checkCode);
        QVERIFY(view.ok());
        QVERIFY(view->current.has_value());
        QCOMPARE(view->current->method, IdentityMethod::SsCard);
    }

    void withoutServiceSaysSoAndComesBack()
    {
        if (!m_pcscd)
            CERTDESK_SKIP_UNLESS_REQUIRED(
                QStringLiteral("pcscd was already running here; this test stops only a pcscd it started"));
        PcscReader reader;
        reader.start();
        QTRY_COMPARE_WITH_TIMEOUT(reader.state(), ReaderState::Idle, 10000);
        m_pcscd->terminate();
        QVERIFY(m_pcscd->waitForFinished(10000));
        m_pcscd.reset();
        QTRY_COMPARE_WITH_TIMEOUT(reader.state(), ReaderState::Absent, 10000);
        QVERIFY2(reader.message().contains(QStringLiteral("pcscd")), qPrintable(reader.message()));
        QCOMPARE(pcsc::readFirstCard().error().code, ErrorCode::NoService);

        // The service (and with it every reader) comes back: the same source finds the reader again without a
        // restart and reads the next card. vpcd cannot unplug its reader, so this stands in for a replugged one.
        QSignalSpy reads(&reader, &IdentitySource::cardRead);
        const QString why = startPcscd();
        if (!why.isEmpty()) {
            m_skip = why;
            QFAIL(qPrintable(QStringLiteral("pcscd did not come back: ") + why));
        }
        QTRY_COMPARE_WITH_TIMEOUT(reader.state(), ReaderState::Idle, 10000);
        insertCard(QStringLiteral("normal"));
        QTRY_COMPARE_WITH_TIMEOUT(reads.count(), 1, 15000);
        QCOMPARE(reads.at(0).at(0).value<CardIdentity>().method, IdentityMethod::SsCard);
    }
};

QTEST_MAIN(TestPcscReader)
#include "tst_pcscreader.moc"
