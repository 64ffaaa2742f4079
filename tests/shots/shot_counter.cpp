// Screenshots of the counter (CERTDESK_SHOTS=folder): a person with a change of information, certified, an ID
// mismatch, a death-notice match and its override, the empty counter. Not a test: `cmake --build build --target
// screenshots` runs it.

#include "counter/counterpage.h"
#include "counterharness.h"
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
