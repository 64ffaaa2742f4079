#include "recoverypage.h"

#include "printing/printactions.h"
#include "theme/theme.h"
#include "wizardstyle.h"

#include <QCheckBox>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace certdesk {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

RecoveryPage::RecoveryPage(UiContext &context, std::function<QString()> code, std::function<QString()> admin,
                           QWidget *parent)
    : QWizardPage(parent), m_context(context), m_codeSource(std::move(code)), m_adminSource(std::move(admin)),
      m_account(new QLabel(this)), m_code(new QLabel(this)), m_save(new QPushButton(tr("&Save…"), this)),
      m_print(new QPushButton(tr("&Print…"), this)),
      m_stored(new QCheckBox(tr("I have &stored the recovery code"), this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("wizRecoveryPage"));
    setTitle(wizardstyle::heading(tr("Recovery code")));
    setSubTitle(tr("The database is ready. This code opens the administrator account if its password is lost. "
                   "It is shown only now: write it down or save it, and keep it locked away."));

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(24);
    mono.setBold(true);
    m_code->setObjectName(QStringLiteral("wizRecoveryCode"));
    m_code->setFont(mono);
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_save->setObjectName(QStringLiteral("wizSaveRecovery"));
    m_print->setObjectName(QStringLiteral("wizPrintRecovery"));
    m_print->setToolTip(tr("Print the code on paper; nothing is written to disk."));
    m_print->setEnabled(context.printDriver != nullptr);
    m_stored->setObjectName(QStringLiteral("wizRecoveryStored"));
    m_stored->setFont(wizardstyle::sized(font(), 14, true));
    m_status->setObjectName(QStringLiteral("wizRecoveryStatus"));
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignCenter);
    // Labels with their own style sheet do not follow the wizard's font: give it explicitly.
    m_status->setFont(wizardstyle::sized(font(), 13));

    m_account->setObjectName(QStringLiteral("wizRecoveryAccount"));
    m_account->setFont(wizardstyle::sized(font(), 14));
    m_account->setAlignment(Qt::AlignCenter);
    for (QPushButton *b : {m_save, m_print}) {
        b->setFont(wizardstyle::sized(font(), 14));
        b->setMinimumWidth(160);
    }

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_print);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addSpacing(8);
    layout->addWidget(m_account);
    layout->addWidget(m_code, 0, Qt::AlignHCenter);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addSpacing(16);
    layout->addWidget(m_stored, 0, Qt::AlignHCenter);
    layout->addStretch(1);

    connect(m_save, &QPushButton::clicked, this, &RecoveryPage::save);
    connect(m_print, &QPushButton::clicked, this, &RecoveryPage::print);
    connect(m_stored, &QCheckBox::toggled, this, &RecoveryPage::completeChanged);
}

void RecoveryPage::initializePage()
{
    m_account->setText(tr("Administrator account: %1").arg(m_adminSource()));
    m_code->setText(m_codeSource());
    m_stored->setChecked(false);
    m_status->clear();
    m_stored->setFocus();
}

bool RecoveryPage::isComplete() const
{
    return m_stored->isChecked();
}

bool RecoveryPage::isStored() const
{
    return m_stored->isChecked();
}

void RecoveryPage::forget()
{
    m_code->clear();
    m_account->clear();
}

void RecoveryPage::save()
{
    const QString path = m_context.prompter.saveFile(
        this, tr("Save the recovery code"), QStringLiteral("certdesk-recovery-code.txt"), tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    const QString text =
        tr("CertDesk recovery code\n"
           "Administrator account: %1\n"
           "Recovery code: %2\n"
           "Created: %3\n\n"
           "Sign in with the account name and this code in place of the password if the "
           "administrator password is lost. Keep this file away from the counter computer.\n")
            .arg(m_adminSource(), m_code->text(), m_context.clock.now().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    // Owner-only before the secret is written, so the temporary file is never readable by others.
    ok = ok && file.setPermissions(kOwnerOnly);
    ok = ok && file.write(text.toUtf8()) >= 0;
    ok = ok && file.commit();
    ok = ok && QFile::setPermissions(path, kOwnerOnly);
    theme::setTone(m_status, ok ? theme::Tone::Ok : theme::Tone::Error);
    m_status->setText(
        ok ? tr("Saved to %1. Move it to a safe place, away from this computer.").arg(QDir::toNativeSeparators(path))
           : tr("The code could not be saved to %1 (%2). Choose another place or write it down.")
                 .arg(QDir::toNativeSeparators(path), file.errorString()));
}

} // namespace certdesk

namespace certdesk {

void RecoveryPage::print()
{
    const Status s =
        printactions::printRecoverySheet(m_context, this, m_adminSource(), m_code->text(), m_context.clock.now());
    if (printactions::wasCancelled(s))
        return;
    theme::setTone(m_status, s ? theme::Tone::Ok : theme::Tone::Error);
    m_status->setText(s ? tr("Printed. Keep the sheet locked away, not at the counter.")
                        : tr("The code could not be printed (%1). Save it or write it down.").arg(s.error().message));
}

} // namespace certdesk
