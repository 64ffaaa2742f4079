#include "joindialog.h"
#include "theme/theme.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk {

JoinDialog::JoinDialog(UiContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_server(new QLineEdit(this)), m_file(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_desk(new QLineEdit(this)),
      m_connect(new QPushButton(tr("&Connect and join"), this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("joinDialog"));
    setWindowTitle(tr("Join an existing center"));
    auto *intro = new QLabel(tr("For a second counter of a center that already works with the county. The county "
                                "enrols this desk under the center's code (certdesk-county enroll) and hands over its "
                                "own .p12 bundle; the center's name, window and details then come from the county."),
                             this);
    intro->setWordWrap(true);
    m_server->setObjectName(QStringLiteral("joinServer"));
    m_server->setPlaceholderText(QStringLiteral("https://county.example:8443"));
    m_file->setObjectName(QStringLiteral("joinBundle"));
    m_password->setObjectName(QStringLiteral("joinPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_desk->setObjectName(QStringLiteral("joinDesk"));
    m_desk->setMaxLength(64);
    m_desk->setPlaceholderText(tr("e.g. 窗口2"));
    m_connect->setObjectName(QStringLiteral("joinConnectButton"));
    m_connect->setDefault(true);
    m_message->setObjectName(QStringLiteral("joinMessage"));
    m_message->setWordWrap(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("joinBrowseButton"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("County &server:"), m_server);
    // A row holding a layout gets no buddy from QFormLayout: without one the label would show its '&'.
    auto *bundleLabel = new QLabel(tr("This desk's &bundle (.p12):"), this);
    bundleLabel->setBuddy(m_file);
    form->addRow(bundleLabel, fileRow);
    form->addRow(tr("Bundle &password:"), m_password);
    form->addRow(tr("&Desk name:"), m_desk);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(browse, &QPushButton::clicked, this, &JoinDialog::chooseFile);
    connect(m_connect, &QPushButton::clicked, this, &JoinDialog::connectToCounty);
    connect(buttons, &QDialogButtonBox::rejected, this, &JoinDialog::reject);
    resize(640, 360);
}

// A running job is a child of the dialog: it is cancelled and waited out with it.
JoinDialog::~JoinDialog() = default;

void JoinDialog::chooseFile()
{
    const QString file =
        m_context.prompter.openFile(this, tr("This desk's certificate bundle"), tr("PKCS#12 bundle (*.p12 *.pfx)"));
    if (!file.isEmpty())
        m_file->setText(file);
}

void JoinDialog::showMessage(const QString &text, bool error)
{
    theme::setTone(m_message, error ? theme::Tone::Error : theme::Tone::Info);
    m_message->setText(text);
}

void JoinDialog::connectToCounty()
{
    if (isBusy())
        return;
    if (m_server->text().trimmed().isEmpty() || m_file->text().trimmed().isEmpty() || m_password->text().isEmpty() ||
        m_desk->text().trimmed().isEmpty()) {
        showMessage(tr("Fill in the county server, the bundle, its password and a name for this desk."), true);
        return;
    }
    QFile file(m_file->text().trimmed());
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()), true);
        return;
    }
    JoinRequest request{m_server->text().trimmed(), file.readAll(), m_password->text(), m_desk->text().trimmed()};
    const QDateTime now = m_context.clock.now();
    showMessage(tr("Asking the county for the center's details…"), false);
    m_connect->setEnabled(false);
    m_job = runInBackground(
        this, [request, now](JobControl &) { return fetchCenterProfile(request, now); },
        [this, request](Result<protocol::HelloResponse> outcome) {
            m_job = nullptr;
            m_connect->setEnabled(true);
            if (!outcome) {
                showMessage(outcome.error().message, true);
                return;
            }
            m_request = request;
            m_profile = outcome.value();
            QDialog::accept();
        });
}

void JoinDialog::reject()
{
    if (isBusy())
        return;
    QDialog::reject();
}

} // namespace certdesk
