#include "settingsdialog.h"

#include "accountstab.h"
#include "backuptab.h"
#include "centertab.h"
#include "core/workstationsettings.h"
#include "printingtab.h"
#include "readerstab.h"
#include "synctab.h"
#include "theme/scrollpanel.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace certdesk {

SettingsDialog::SettingsDialog(UiContext &context, Session &session, QWidget *parent)
    : QDialog(parent), m_context(context), m_session(session), m_center(new CenterTab(session, context.settings, this)),
      m_accounts(new AccountsTab(session, context.prompter, this)), m_readers(new ReadersTab(context.settings, this)),
      m_sync(new SyncTab(session, context.prompter, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    resize(1100, 660); // within 1366×728 with its title bar
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("settingsTabs"));
    // Each tab scrolls when it is taller than a 1366×768 screen leaves the dialog (the Center tab in Chinese is).
    tabs->addTab(scrollPanel(m_center, tabs), tr("Center (Alt+1)"));
    tabs->addTab(scrollPanel(m_accounts, tabs), tr("Accounts (Alt+2)"));
    tabs->addTab(scrollPanel(new PrintingTab(context, session, this), tabs), tr("Printing (Alt+3)"));
    tabs->addTab(scrollPanel(m_readers, tabs), tr("Card readers (Alt+4)"));
    connect(m_readers, &ReadersTab::readersChanged, this, &SettingsDialog::readersChanged);
    tabs->addTab(scrollPanel(m_sync, tabs), tr("County sync (Alt+5)"));
    m_backup = new BackupTab(session, context.prompter, this);
    tabs->addTab(scrollPanel(m_backup, tabs), tr("Backup (Alt+6)"));
    for (int i = 0; i < tabs->count(); ++i) {
        auto *go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::ALT | (Qt::Key_1 + i)));
        connect(go, &QAction::triggered, tabs, [tabs, i] { tabs->setCurrentIndex(i); });
        addAction(go);
    }
    // The language of this PC (not of the center): stored with the workstation's settings, used from the next start.
    auto *language = new QComboBox(this);
    language->setObjectName(QStringLiteral("languageChoice"));
    language->addItem(tr("Automatic (中文 unless the system is English)"), QString());
    language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language->setCurrentIndex(qMax(0, language->findData(m_context.settings.language())));
    auto *languageNote = new QLabel(this);
    languageNote->setObjectName(QStringLiteral("languageNote"));
    connect(language, &QComboBox::currentIndexChanged, this, [this, language, languageNote] {
        m_context.settings.setLanguage(language->currentData().toString());
        languageNote->setText(tr("Applies from the next start of CertDesk."));
    });
    auto *languageLabel = new QLabel(tr("&Language of this PC:"), this);
    languageLabel->setBuddy(language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeSettingsButton"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(languageLabel);
    bottom->addWidget(language);
    bottom->addWidget(languageNote, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
}

void SettingsDialog::setScanner(ScannerDetector *scanner)
{
    m_readers->setScanner(scanner);
}

} // namespace certdesk
