#include "signindialog.h"
#include "core/workstationsettings.h"
#include "theme/theme.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk::console {

SignInDialog::SignInDialog(WorkstationSettings &settings, const QString &server, const QString &bundle, QWidget *parent)
    : QDialog(parent), m_settings(settings),
      m_server(new QLineEdit(server.isEmpty() ? settings.consoleServer() : server, this)),
      m_bundle(new QLineEdit(bundle.isEmpty() ? settings.consoleBundle() : bundle, this)),
      m_password(new QLineEdit(this)), m_error(new QLabel(this))
{
    m_server->setObjectName(QStringLiteral("server"));
    m_bundle->setObjectName(QStringLiteral("bundle"));
    m_password->setObjectName(QStringLiteral("password"));
    setWindowTitle(tr("Sign in to the county console"));
    m_server->setPlaceholderText(QStringLiteral("https://county.example:8443"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setWordWrap(true);
    theme::setTone(m_error, theme::Tone::Error);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *bundleRow = new QHBoxLayout;
    bundleRow->addWidget(m_bundle, 1);
    bundleRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("County &server"), m_server);
    form->addRow(tr("Supervisor &certificate"), bundleRow);
    form->addRow(tr("&Password"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign &in"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Supervisor certificate"), m_bundle->text(),
                                                       tr("Certificate bundles (*.p12)"));
        if (!f.isEmpty())
            m_bundle->setText(f);
    });
    (m_server->text().isEmpty() ? m_server : m_bundle->text().isEmpty() ? m_bundle : m_password)->setFocus();
}

QString SignInDialog::server() const
{
    return m_server->text().trimmed();
}

QString SignInDialog::bundle() const
{
    return m_bundle->text().trimmed();
}

void SignInDialog::accept()
{
    auto client = ConsoleClient::open(QUrl(server()), bundle(), m_password->text());
    m_password->clear(); // not kept, even in the widget
    if (!client) {
        m_error->setText(client.error().message);
        m_password->setFocus();
        return;
    }
    m_client = std::move(client).value();
    // Only what worked is remembered: a mistyped address must not be offered again.
    m_settings.setConsoleServer(server());
    m_settings.setConsoleBundle(bundle());
    QDialog::accept();
}

} // namespace certdesk::console
