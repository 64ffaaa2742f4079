#include "aboutdialog.h"

#include "core/version.h"
#include "store/schema.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace certdesk {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About CertDesk"));
    m_text = tr("CertDesk — pension eligibility certification\nVersion %1\nDatabase schema version %2")
                 .arg(versionString())
                 .arg(latestSchemaVersion());
    auto *label = new QLabel(m_text, this);
    label->setObjectName(QStringLiteral("aboutText"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse); // a support call can copy it
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(buttons);
}

} // namespace certdesk
