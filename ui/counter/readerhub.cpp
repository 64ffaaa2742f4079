#include "readerhub.h"

namespace certdesk {

ReaderHub::ReaderHub(const Factory &factory, QObject *parent) : QObject(parent), m_factory(factory) {}

ReaderHub::~ReaderHub()
{
    stop();
}

void ReaderHub::stop()
{
    for (auto &source : m_sources) {
        source->disconnect(this);
        source->stop();
    }
    m_sources.clear();
}

void ReaderHub::reload()
{
    stop();
    if (m_factory)
        m_sources = m_factory();
    for (auto &source : m_sources) {
        connect(source.get(), &IdentitySource::cardRead, this, &ReaderHub::cardRead);
        connect(source.get(), &IdentitySource::cardRemoved, this, &ReaderHub::cardRemoved);
        connect(source.get(), &IdentitySource::stateChanged, this, &ReaderHub::statusChanged);
        source->start();
    }
    Q_EMIT statusChanged();
}

QString ReaderHub::statusText() const
{
    if (m_sources.empty())
        return tr("No card reader configured: type or scan ID numbers (Settings → Card readers).");
    QStringList lines;
    for (const auto &source : m_sources) {
        QString state;
        switch (source->state()) {
        case ReaderState::Absent:
            state = tr("not found");
            break;
        case ReaderState::Idle:
            state = tr("ready");
            break;
        case ReaderState::CardRead:
            state = tr("card read");
            break;
        case ReaderState::Error:
            state = tr("error");
            break;
        }
        lines << tr("%1 (%2): %3").arg(source->deviceName(), state, source->message());
    }
    return lines.join(QLatin1Char('\n'));
}

bool ReaderHub::anyError() const
{
    for (const auto &source : m_sources)
        if (source->state() == ReaderState::Error)
            return true;
    return false;
}

} // namespace certdesk
