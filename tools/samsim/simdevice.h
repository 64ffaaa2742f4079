#pragma once

#include "codec/samframe.h"
#include "codec/samtext.h"

#include <QObject>
#include <QSocketNotifier>

#include <memory>
#include <optional>

namespace certdesk::samsim {

// What the simulated reader does wrong, on purpose.
enum class Fault
{
    None,
    NoCard,     // find card always answers 80
    BadCheck,   // every reply's check byte is inverted
    Split,      // replies go out in six or more pieces, 15 ms apart
    Stall,      // commands are read and never answered
    Garbage,    // noise (including false preambles) before every reply
    SelectFail, // select answers 81
    ReadFail,   // read answers 41
    Truncated,  // the read reply announces more text than it carries
    Partial,    // only the first half of every reply frame is sent
    Noise,      // bytes that never form a frame instead of every reply
    Status      // find answers with statusCode
};

bool faultFromText(const QString &text, Fault *fault, quint8 *statusCode);

// One simulated SAM reader on a pseudo-terminal. `link` (optional) is a symlink kept pointing at the current
// slave, so a reader configured with the link survives unplug/replug like a udev name.
class SimDevice : public QObject
{
    Q_OBJECT

public:
    explicit SimDevice(QString link, QObject *parent = nullptr);
    ~SimDevice() override;

    bool plug(QString *error); // new pty, link re-pointed
    void unplug();             // master closed, link removed
    QString path() const;      // the link, or the slave name without one
    void place(const sam::CardText &card) { m_card = card; }
    void remove() { m_card.reset(); }
    void setFault(Fault fault, quint8 status = 0)
    {
        m_fault = fault;
        m_status = status;
    }
    QString stats() const;

private:
    void onReadable();
    void handle(quint16 command);
    void reply(quint8 sw3, const QByteArray &data = {});
    void writeOut(const QByteArray &bytes);
    void writeSplit(const QByteArray &bytes, int from, int piece);

    QString m_link;
    QString m_slaveName;
    int m_master = -1;
    int m_slave = -1; // held open so the master never sees a hang-up between reader sessions
    std::unique_ptr<QSocketNotifier> m_notifier;
    sam::FrameParser m_parser;
    std::optional<sam::CardText> m_card;
    Fault m_fault = Fault::None;
    quint8 m_status = 0;
    int m_generation = 0; // drops split pieces of a reply that outlived an unplug
    int m_samIds = 0, m_finds = 0, m_selects = 0, m_reads = 0, m_other = 0;
};

} // namespace certdesk::samsim
