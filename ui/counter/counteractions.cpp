#include "counteractions.h"

#include "counterstyle.h"

#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace certdesk {

using namespace counterstyle;

CounterActions::CounterActions(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("counterActions"));
    m_alive = button("aliveButton", tr("Alive (健在)"), QKeySequence(Qt::Key_F5), "alive");
    m_deceased = button("deceasedButton", tr("Deceased (不健在/死亡)"), QKeySequence(Qt::Key_F8), "deceased");
    m_change = button("changeInfoButton", tr("Change info (信息变更)"), QKeySequence(Qt::Key_F6), "change");
    m_print =
        button("printButton", tr("Print onto original (套打)"), QKeySequence(Qt::CTRL | Qt::Key_P), "secondary", false);
    m_reissue = button("reissueButton", tr("Whole form (补发)"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P),
                       "secondary", false);
    m_receipt = button("receiptButton", tr("Receipt (回执)"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                       "secondary", false);
    m_next = button("nextButton", tr("Next person (下一位)"), QKeySequence(Qt::Key_F12), "next");
    m_register = button("registerPaperButton", tr("Register paper form (登记)"), QKeySequence(Qt::CTRL | Qt::Key_R),
                        "secondary", false);
    m_retain = button("retainButton", tr("Original kept (留存)"), QKeySequence(Qt::Key_F7), "secondary", false);
    m_register->setToolTip(tr("The pensioner holds a paper form this center has no data for (always so for a "
                              "附表2): type it in from the paper."));
    m_retain->setToolTip(tr("Confirm that the 附表1 original was taken in and is kept by the center (留存)."));
    m_print->setToolTip(tr("Prints only what the center adds (the tick, 鉴证, date, seal, changes) onto the "
                           "pensioner's original form; the preview shows where each mark lands."));
    m_reissue->setToolTip(tr("The whole certification form (附表1/附表2), marked 补发, for a pensioner who lost the "
                             "original."));
    m_receipt->setToolTip(tr("Print preview of the pensioner's receipt."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_alive, 3);
    layout->addWidget(m_deceased, 2);
    layout->addSpacing(6);
    layout->addWidget(m_change, 2);
    layout->addWidget(m_print);
    layout->addWidget(m_reissue);
    layout->addWidget(m_receipt);
    layout->addWidget(m_register);
    layout->addWidget(m_retain);
    layout->addStretch(1);
    layout->addWidget(m_next, 2);
    setMinimumWidth(290);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred); // as wide as the longest label, never squeezed

    connect(m_alive, &QPushButton::clicked, this, &CounterActions::aliveClicked);
    connect(m_deceased, &QPushButton::clicked, this, &CounterActions::deceasedClicked);
    connect(m_change, &QPushButton::clicked, this, &CounterActions::changeInfoClicked);
    connect(m_next, &QPushButton::clicked, this, &CounterActions::nextClicked);
    connect(m_print, &QPushButton::clicked, this, &CounterActions::printClicked);
    connect(m_reissue, &QPushButton::clicked, this, &CounterActions::reissueClicked);
    connect(m_receipt, &QPushButton::clicked, this, &CounterActions::receiptClicked);
    connect(m_register, &QPushButton::clicked, this, &CounterActions::registerClicked);
    connect(m_retain, &QPushButton::clicked, this, &CounterActions::retainClicked);
    setCertifyEnabled(false);
    setPrintEnabled(false);
    setPaperEnabled(false, false);
}

QPushButton *CounterActions::button(const char *name, const QString &text, const QKeySequence &key, const char *role,
                                    bool big)
{
    auto *b = new QPushButton(this);
    b->setObjectName(QString::fromLatin1(name));
    // The key is printed on the button: the clerk learns it by looking, never from a manual. One line, big or not:
    // the column fits 1366×728 in Chinese; the big buttons grow into the height the screen has to spare.
    b->setText(text + QStringLiteral("  ") + key.toString(QKeySequence::NativeText));
    b->setProperty("role", QLatin1String(role)); // its colours: ui/theme/certdesk.qss
    b->setAutoDefault(false);
    setPointSize(b, big ? kButtonPt : kCaptionPt + 1, big);
    b->setMinimumHeight(QFontMetrics(b->font()).lineSpacing() + (big ? 26 : 18));
    b->setSizePolicy(QSizePolicy::Expanding, big ? QSizePolicy::Expanding : QSizePolicy::Fixed);
    // A shortcut owned by the button is live only while the button is visible and enabled. It clicks at
    // once (QAbstractButton::setShortcut would animate the click and deliver it later).
    auto *shortcut = new QShortcut(key, b);
    connect(shortcut, &QShortcut::activated, b, &QPushButton::click);
    return b;
}

void CounterActions::setCertifyEnabled(bool certify)
{
    for (QPushButton *b : {m_alive, m_deceased, m_change})
        b->setEnabled(certify);
}

void CounterActions::setPrintEnabled(bool print)
{
    m_print->setEnabled(print);
    m_reissue->setEnabled(print);
    m_receipt->setEnabled(print);
}

void CounterActions::setPaperEnabled(bool registerPaper, bool retain)
{
    m_register->setEnabled(registerPaper);
    m_retain->setEnabled(retain);
}

void CounterActions::setNextEnabled(bool next)
{
    m_next->setEnabled(next);
}

} // namespace certdesk
