// Screenshots of the counter (CERTDESK_SHOTS=folder): a person with a change of information, certified, an ID
// mismatch, a death-notice match and its override, the empty counter. Not a test: `cmake --build build --target
// screenshots` runs it.

#include "counter/counterpage.h"
#include "fixture.h"
#include "services/certification.h"
#include "uiharness.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

const QString kClerk = QStringLiteral("clerk");
const QString kSuper = QStringLiteral("super");

// A center with six pending forms, a clerk and a supervisor; signed in as `user`.
struct Counter
{
    explicit Counter(bool deathOfSecond = false)
    {
        center.addUser(kClerk, Role::Clerk, QStringLiteral("李经办"));
        center.addUser(kSuper, Role::Supervisor, QStringLiteral("王主管"));
        center.addUser(QStringLiteral("clerk2"), Role::Clerk, QStringLiteral("赵经办"));
        forms = center.seedForms(6);
        if (deathOfSecond)
            center.seedDeaths({forms[1]});
        ui = std::make_unique<UiHarness>(center);
    }

    CounterPage *page() const { return ui->find<CounterPage>("counterPage"); }
    QLineEdit *edit(const char *name) const { return ui->find<QLineEdit>(name); }
    QLabel *label(const char *name) const { return ui->find<QLabel>(name); }
    QPushButton *button(const char *name) const { return ui->find<QPushButton>(name); }
    QString message() const { return label("counterMessage")->text(); }

    // A key to whatever has the focus, as the clerk's keyboard would send it.
    void press(int key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        ui->nowMs += 400;
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : ui->window.get();
        QTest::keyClick(target, Qt::Key(key), mods);
    }
    // Human typing into `name`, then Enter.
    void typeInto(const char *name, const QString &text)
    {
        edit(name)->clear();
        edit(name)->setFocus();
        ui->typeSlowly(text);
        press(Qt::Key_Return);
    }
    void typeForm(const Form &f)
    {
        typeInto("formInput", f.formNo);
        QCOMPARE(QApplication::focusWidget(), edit("checkCodeInput"));
        typeInto("checkCodeInput", f.checkCode);
    }
    // Form + matching ID, typed; the form is shown afterwards.
    void load(const Form &f, const QString &presentedId = QString())
    {
        typeForm(f);
        typeInto("idInput", presentedId.isEmpty() ? f.person.idNo : presentedId);
    }
    std::optional<CertificationRecord> current(const Form &f) const
    {
        auto v = CertificationService(*ui->window->session()).lookupForm(f.formNo, f.checkCode);
        if (!v)
            qWarning("lookup failed: %s", qPrintable(v.error().message));
        return v ? v->current : std::nullopt;
    }

    TestCenter center;
    QList<Form> forms;
    std::unique_ptr<UiHarness> ui;
};

} // namespace

class ShotCounter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render();
};

// Renders the counter with a person on it, for a look (CERTDESK_SHOTS=<dir>).
void ShotCounter::render()
{
    const QString dir = qEnvironmentVariable("CERTDESK_SHOTS");
    QVERIFY2(!dir.isEmpty(), "set CERTDESK_SHOTS to a folder (the screenshots target does)");
    Counter c(true);
    QVERIFY(c.ui->signIn(kClerk));
    c.ui->window->resize(1366, 768);
    const auto shot = [&](const char *name) {
        QApplication::processEvents(); // pending layout requests, as the event loop would run them
        return c.ui->window->grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
    };
    c.load(c.forms[0]);
    c.press(Qt::Key_F6);
    UiHarness::typeChinese(c.edit("newAddress"), QStringLiteral("广州市天河区体育西路103号"));
    c.edit("newPostcode")->setFocus();
    c.ui->typeSlowly(QStringLiteral("51062x"));
    QVERIFY(shot("counter.png"));
    c.edit("newPostcode")->clear();
    c.press(Qt::Key_F5);
    QVERIFY(shot("counter-done.png"));
    c.press(Qt::Key_F12);
    c.load(c.forms[1], c.forms[2].person.idNo);
    QVERIFY(shot("counter-mismatch.png"));
    c.typeInto("idInput", c.forms[1].person.idNo);
    c.press(Qt::Key_F5);
    QVERIFY(shot("counter-death.png"));
    c.button("overrideButton")->click();
    QVERIFY(shot("counter-override.png"));
    c.press(Qt::Key_F12);
    QVERIFY(shot("counter-empty.png"));
}

QTEST_MAIN(ShotCounter)
#include "shot_counter.moc"
