// The language of a workstation (issue 17 §3): chosen in Settings (stored with this PC's settings, not in the
// center's database), used from the next start; automatic = Chinese unless the system locale is English.

#include "fixture.h"
#include "settings/settingsdialog.h"
#include "translator.h"
#include "uiharness.h"

#include <QComboBox>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace certdesk;
using namespace certdesk::test;

class TestUiLanguage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        // This PC's settings go to a private folder (QSettings reads XDG_CONFIG_HOME on first use).
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    }

    void automaticIsChineseUnlessTheSystemIsEnglish()
    {
        const QLocale zh(QLocale::Chinese, QLocale::China);
        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        const QLocale fr(QLocale::French, QLocale::France);
        QCOMPARE(startupLocale(QString(), zh).language(), QLocale::Chinese);
        QCOMPARE(startupLocale(QString(), fr).language(), QLocale::Chinese);
        QCOMPARE(startupLocale(QString(), en).language(), QLocale::English);
        QCOMPARE(startupLocale(QString(), QLocale::c()).language(), QLocale::English);
        // A choice wins over the system.
        QCOMPARE(startupLocale(QStringLiteral("en"), zh).language(), QLocale::English);
        QCOMPARE(startupLocale(QStringLiteral("zh_CN"), en).language(), QLocale::Chinese);
        // Anything else stored counts as automatic.
        QCOMPARE(startupLocale(QStringLiteral("xx"), en).language(), QLocale::English);
    }

    void settingsStoreTheChoiceForTheNextStart()
    {
        TestCenter center;
        UiHarness h(center);
        h.context.settings.setLanguage(QString());
        QVERIFY(h.signIn(QStringLiteral("admin")));
        {
            SettingsDialog dialog(h.context, *h.window->session(), h.window.get());
            dialog.show();
            auto *choice = dialog.findChild<QComboBox *>(QStringLiteral("languageChoice"));
            auto *note = dialog.findChild<QLabel *>(QStringLiteral("languageNote"));
            QVERIFY(choice && note);
            QCOMPARE(choice->currentIndex(), 0); // automatic
            QVERIFY(note->text().isEmpty());
            choice->setCurrentIndex(choice->findData(QStringLiteral("en")));
            QCOMPARE(h.context.settings.language(), QStringLiteral("en"));
            QVERIFY(note->text().contains(QStringLiteral("next start")));
        }
        {
            // Opened again, the dialog shows the stored choice; the next start would run in English on a Chinese PC.
            SettingsDialog dialog(h.context, *h.window->session(), h.window.get());
            auto *choice = dialog.findChild<QComboBox *>(QStringLiteral("languageChoice"));
            QCOMPARE(choice->currentData().toString(), QStringLiteral("en"));
            QCOMPARE(startupLocale(h.context.settings.language(), QLocale(QLocale::Chinese, QLocale::China)).language(),
                     QLocale::English);
            choice->setCurrentIndex(choice->findData(QStringLiteral("zh_CN")));
            QCOMPARE(h.context.settings.language(), QStringLiteral("zh_CN"));
            // Back to automatic removes the key.
            choice->setCurrentIndex(0);
            QCOMPARE(h.context.settings.language(), QString());
        }
    }

    void chineseChoiceLoadsTheChineseCatalogue()
    {
        QCOMPARE(installTranslations(startupLocale(QStringLiteral("zh_CN"), QLocale::c())), QStringLiteral("zh_CN"));
        QCOMPARE(QCoreApplication::translate("certdesk::ChangePasswordDialog", "Change my password"),
                 QStringLiteral("修改我的密码"));
    }
};

QTEST_MAIN(TestUiLanguage)
#include "tst_ui_language.moc"
