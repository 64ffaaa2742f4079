// The counter with a card reader attached: the serial ID card reader simulator (certdesk-samsim on a pty, read
// by the real SamReader) gets a card laid on it; the identity panel fills, the person's pending form is found,
// and certifying records method idcard. Also: an expired card is flagged and recorded as manual, a card laid
// while the counter is locked leaves nothing behind, the reader status line, and the reader settings tab.

#include "core/workstationsettings.h"
#include "counter/counterpage.h"
#include "counter/readerhub.h"
#include "devices/samreader.h"
#include "devices/wedgescanner.h"
#include "domain/citizenid.h"
#include "fixture.h"
#include "io/importrows.h"
#include "qt/todaymodel.h"
#include "samsimprocess.h"
#include "services/certification.h"
#include "services/demo.h"
#include "settings/readersettings.h"
#include "settings/readerstab.h"
#include "uiharness.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QString kClerk = QStringLiteral("clerk");

SamReader::Timing fastTiming()
{
    SamReader::Timing t;
    t.pollMs = 100;
    t.replyMs = 300;
    t.readMs = 1500;
    t.reopenMs = 200;
    return t;
}

// The counter of tst_ui_counter with the simulated serial reader as its only identity source.
struct Desk
{
    Desk()
    {
        center.addUser(kClerk, Role::Clerk, QStringLiteral("李经办"));
        forms = center.seedForms(3);
        ok = sim.start({});
        ui = std::make_unique<UiHarness>(center);
        ui->context.identitySources = [this] {
            std::vector<std::unique_ptr<IdentitySource>> sources;
            auto reader = std::make_unique<SamReader>(sim.link());
            reader->setTiming(fastTiming());
            reader->setClock(&center.clock);
            sources.push_back(std::move(reader));
            return sources;
        };
        page()->reloadReaders();
    }

    // A card file for the person of `form`, as the chip would carry it.
    QString cardFor(const Form &form, const QString &validTo)
    {
        const auto id = parseCitizenId(form.person.idNo, center.clock.today());
        QJsonObject card{{QStringLiteral("card_type"), QStringLiteral("resident")},
                         {QStringLiteral("name"), form.person.name},
                         {QStringLiteral("sex"), QString(id->sex)},
                         {QStringLiteral("nation"), QStringLiteral("汉")},
                         {QStringLiteral("birth"), id->birth.toString(Qt::ISODate)},
                         {QStringLiteral("address"), QStringLiteral("演示省演示市幸福路1号")},
                         {QStringLiteral("id_no"), form.person.idNo},
                         {QStringLiteral("issuer"), QStringLiteral("演示市公安局")},
                         {QStringLiteral("valid_from"), QStringLiteral("2016-04-01")},
                         {QStringLiteral("valid_to"), validTo}};
        const QString path = center.dir.filePath(form.formNo + QStringLiteral(".json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QJsonDocument(card).toJson());
        return path;
    }

    CounterPage *page() const { return ui->find<CounterPage>("counterPage"); }
    QLabel *label(const char *name) const { return ui->find<QLabel>(name); }
    QLineEdit *edit(const char *name) const { return ui->find<QLineEdit>(name); }
    QString message() const { return label("counterMessage")->text(); }
    void press(int key)
    {
        ui->nowMs += 400;
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : ui->window.get();
        QTest::keyClick(target, Qt::Key(key));
    }
    void typeInto(const char *name, const QString &text)
    {
        edit(name)->clear();
        edit(name)->setFocus();
        ui->typeSlowly(text);
        press(Qt::Key_Return);
    }
    std::optional<CertificationRecord> current(const Form &f) const
    {
        auto v = CertificationService(*ui->window->session()).lookupForm(f.formNo, f.checkCode);
        return v ? v->current : std::nullopt;
    }
    bool place(const QString &file)
    {
        return sim.command(QStringLiteral("place ") + file) == QStringLiteral("ok place");
    }

    TestCenter center;
    QList<Form> forms;
    SamSimProcess sim{QStringLiteral(CERTDESK_SAMSIM_BIN)}; // outlives the window and its reader
    bool ok = false;
    std::unique_ptr<UiHarness> ui;
};

} // namespace

class TestUiCardReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cardOnReaderServesThePerson()
    {
        Desk d;
        QVERIFY(d.ok);
        QVERIFY(d.ui->signIn(kClerk));
        QTRY_VERIFY_WITH_TIMEOUT(d.label("readerStatus")->text().contains(QStringLiteral("ready")), 10000);

        // The clerk is on another tab: laying a card brings the counter back.
        auto *tabs = d.ui->find<QTabWidget>("workspaceTabs");
        tabs->setCurrentIndex(1);
        const Form &f = d.forms[0];
        QVERIFY(d.place(d.cardFor(f, QStringLiteral("2036-04-01"))));
        // The chip's ID number is looked up like a scanned one: the pending form is found and asks its check code.
        QTRY_COMPARE_WITH_TIMEOUT(d.edit("idInput")->text(), f.person.idNo, 10000);
        QCOMPARE(tabs->currentWidget(), d.page());
        QLabel *card = d.label("presentedCard");
        QVERIFY(card->isVisibleTo(d.page()));
        QVERIFY(card->text().contains(f.person.name));
        QVERIFY(!card->property("expired").toBool());
        QVERIFY2(d.message().contains(f.formNo), qPrintable(d.message()));
        QCOMPARE(QApplication::focusWidget(), d.edit("checkCodeInput"));
        QCOMPARE(d.page()->identityMethod(), IdentityMethod::IdCard);

        d.typeInto("checkCodeInput", f.checkCode);
        QCOMPARE(d.label("formName")->text(), f.person.name);
        QCOMPARE(d.label("presentedId")->text(), f.person.idNo);
        QVERIFY(!d.label("presentedId")->property("mismatch").toBool());
        if (const QByteArray dir = qgetenv("CERTDESK_SCREENSHOT_DIR"); !dir.isEmpty())
            d.page()->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("counter-card.png")));

        d.press(Qt::Key_F5);
        const auto record = d.current(f);
        QVERIFY(record.has_value());
        QVERIFY(record->alive);
        QCOMPARE(record->method, IdentityMethod::IdCard);

        // 下一位: the card's data leaves the screen with the person; the method is manual again.
        d.press(Qt::Key_F12);
        QVERIFY(!card->isVisibleTo(d.page()));
        QVERIFY(card->text().isEmpty());
        QCOMPARE(d.page()->identityMethod(), IdentityMethod::Manual);
    }

    void typingOverTheChipNumberMakesItManual()
    {
        Desk d;
        QVERIFY(d.ok);
        QVERIFY(d.ui->signIn(kClerk));
        QVERIFY(d.place(d.cardFor(d.forms[0], QStringLiteral("2036-04-01"))));
        QTRY_COMPARE_WITH_TIMEOUT(d.page()->identityMethod(), IdentityMethod::IdCard, 10000);
        d.typeInto("idInput", d.forms[1].person.idNo);
        QCOMPARE(d.page()->identityMethod(), IdentityMethod::Manual);
        QVERIFY(!d.label("presentedCard")->isVisibleTo(d.page()));
        QVERIFY(d.label("presentedCard")->text().isEmpty());
    }

    void scannedIdTakesTheIdentityPathAndStaysManual()
    {
        // The keyboard-wedge scanner is an identity source too: a scanned ID number reaches the counter through
        // WedgeScannerSource::cardRead, like a card on a reader, but nothing vouches for it beyond the clerk's eye.
        TestCenter center;
        center.addUser(kClerk, Role::Clerk);
        const QList<Form> forms = center.seedForms(2);
        UiHarness ui(center);
        auto *page = ui.find<CounterPage>("counterPage");
        QSignalSpy presented(page->scannerSource(), &IdentitySource::cardRead);
        QVERIFY(ui.signIn(kClerk));
        const Form &f = forms[0];
        ui.scanBurst(f.person.idNo);
        QCOMPARE(presented.count(), 1);
        const auto card = presented.at(0).at(0).value<CardIdentity>();
        QCOMPARE(card.idNo, f.person.idNo);
        QCOMPARE(card.method, IdentityMethod::Manual);
        QCOMPARE(ui.find<QLineEdit>("idInput")->text(), f.person.idNo);
        QCOMPARE(ui.find<QLineEdit>("formInput")->text(), f.formNo);   // the pending form was found
        QVERIFY(!ui.find<QLabel>("presentedCard")->isVisibleTo(page)); // no chip data to show
        QCOMPARE(page->identityMethod(), IdentityMethod::Manual);
        ui.typeSlowly(f.checkCode);
        ui.nowMs += 400;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(ui.find<QLabel>("formName")->text(), f.person.name);
        ui.nowMs += 400;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F5);
        auto v = CertificationService(*ui.window->session()).lookupForm(f.formNo, f.checkCode);
        QVERIFY(v && v->current);
        QCOMPARE(v->current->method, IdentityMethod::Manual);

        // A form QR or number is no identity: the source lets it pass to the scan routing.
        ui.nowMs += 400;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F12);
        ui.scanBurst(forms[1].formNo);
        QCOMPARE(presented.count(), 1);
        QCOMPARE(ui.find<QLineEdit>("formInput")->text(), forms[1].formNo);
    }

    void scannedNumberAfterTheChip()
    {
        Desk d;
        QVERIFY(d.ok);
        QVERIFY(d.ui->signIn(kClerk));
        const Form &f = d.forms[0];
        QVERIFY(d.place(d.cardFor(f, QStringLiteral("2036-04-01"))));
        QTRY_COMPARE_WITH_TIMEOUT(d.page()->identityMethod(), IdentityMethod::IdCard, 10000);
        // The same number scanned again adds nothing: the chip's check stands.
        d.ui->scanBurst(f.person.idNo);
        QCOMPARE(d.page()->identityMethod(), IdentityMethod::IdCard);
        QVERIFY(d.label("presentedCard")->isVisibleTo(d.page()));
        d.typeInto("checkCodeInput", f.checkCode);
        QCOMPARE(d.label("formName")->text(), f.person.name);
        // Another number scanned with the form loaded is compared with it, by eye: the chip's data goes.
        d.ui->scanBurst(d.forms[1].person.idNo);
        QCOMPARE(d.page()->identityMethod(), IdentityMethod::Manual);
        QVERIFY(!d.label("presentedCard")->isVisibleTo(d.page()));
        QCOMPARE(d.label("formName")->text(), f.person.name);
        QVERIFY(d.label("presentedId")->property("mismatch").toBool());
    }

    void expiredCardIsFlaggedAndRecordedManual()
    {
        Desk d;
        QVERIFY(d.ok);
        QVERIFY(d.ui->signIn(kClerk));
        const Form &f = d.forms[1];
        QVERIFY(d.place(d.cardFor(f, QStringLiteral("2026-05-09")))); // the day before the test's today
        QTRY_VERIFY_WITH_TIMEOUT(d.label("presentedCard")->property("expired").toBool(), 10000);
        QVERIFY(d.message().contains(QStringLiteral("expired")));
        QVERIFY(d.label("presentedCard")->text().contains(QStringLiteral("EXPIRED")));
        QCOMPARE(d.page()->identityMethod(), IdentityMethod::Manual);
        d.typeInto("checkCodeInput", f.checkCode);
        if (const QByteArray dir = qgetenv("CERTDESK_SCREENSHOT_DIR"); !dir.isEmpty())
            d.page()->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("counter-expired.png")));
        QVERIFY2(d.message().contains(QStringLiteral("expired")), qPrintable(d.message())); // still said with the form
        d.press(Qt::Key_F5);
        const auto record = d.current(f);
        QVERIFY(record.has_value());
        QCOMPARE(record->method, IdentityMethod::Manual);
    }

    void cardWhileLockedLeavesNothing()
    {
        Desk d;
        QVERIFY(d.ok);
        QTRY_VERIFY_WITH_TIMEOUT(d.label("readerStatus")->text().contains(QStringLiteral("ready")), 10000);
        QVERIFY(d.place(d.cardFor(d.forms[2], QStringLiteral("2036-04-01"))));
        QTRY_VERIFY_WITH_TIMEOUT(d.label("readerStatus")->text().contains(QStringLiteral("card read")), 10000);
        QVERIFY(d.edit("idInput")->text().isEmpty());
        QVERIFY(d.label("presentedCard")->text().isEmpty());
        // Signing in afterwards does not bring the card's data back.
        QVERIFY(d.ui->signIn(kClerk));
        QVERIFY(d.edit("idInput")->text().isEmpty());
    }

    void readerStatusSaysWhenNoneIsConfigured()
    {
        TestCenter center;
        center.addUser(kClerk, Role::Clerk);
        UiHarness ui(center);
        QVERIFY(ui.find<QLabel>("readerStatus")->text().contains(QStringLiteral("No card reader")));
        QCOMPARE(ui.find<CounterPage>("counterPage")->readers()->count(), 0);
    }

    void settingsTabStoresThisWorkstationsReaders()
    {
        QTemporaryDir dir;
        WorkstationSettings workstation(dir.filePath(QStringLiteral("workstation.ini")));
        QCOMPARE(ReaderSettings::load(workstation).serial, QStringLiteral("auto"));
        QVERIFY(ReaderSettings::load(workstation).pcsc);
        QCOMPARE(makeReaders(ReaderSettings::load(workstation)).size(), size_t(2));

        ReadersTab tab(workstation);
        QSignalSpy changed(&tab, &ReadersTab::readersChanged);
        auto *serial = tab.findChild<QComboBox *>(QStringLiteral("serialReaderPort"));
        auto *pcsc = tab.findChild<QCheckBox *>(QStringLiteral("pcscEnabled"));
        auto *message = tab.findChild<QLabel *>(QStringLiteral("readersMessage"));
        serial->setEditText(QStringLiteral("ttyUSB0"));
        tab.save();
        QVERIFY(message->text().contains(QStringLiteral("/dev/ttyUSB0")));
        QCOMPARE(changed.size(), 0);

        serial->setEditText(QStringLiteral("/dev/ttyS3"));
        pcsc->setChecked(false);
        tab.save();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(ReaderSettings::load(workstation).serial, QStringLiteral("/dev/ttyS3"));
        QVERIFY(!ReaderSettings::load(workstation).pcsc);
        auto sources = makeReaders(ReaderSettings::load(workstation));
        QCOMPARE(sources.size(), size_t(1));
        QCOMPARE(sources.front()->deviceName(), QStringLiteral("/dev/ttyS3"));

        serial->setCurrentIndex(serial->findData(QStringLiteral("off")));
        tab.save();
        QVERIFY(makeReaders(ReaderSettings::load(workstation)).empty());
        tab.save();
        QCOMPARE(changed.size(), 2); // saving the same settings again changes nothing
        QCOMPARE(ReaderSettings::load(workstation).serial, QStringLiteral("off"));
        serial->setCurrentIndex(serial->findData(QStringLiteral("auto")));
        tab.save();
        QCOMPARE(ReaderSettings::load(workstation).serial, QStringLiteral("auto"));
    }
};

QTEST_MAIN(TestUiCardReader)
#include "tst_ui_cardreader.moc"
