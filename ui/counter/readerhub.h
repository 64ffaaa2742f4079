#pragma once

#include "devices/identitysource.h"

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace certdesk {

// The counter's identity readers behind one object: builds them from the workstation's factory, starts them,
// forwards what they read, and sums their states up in one line for the reader status label.
class ReaderHub : public QObject
{
    Q_OBJECT

public:
    using Factory = std::function<std::vector<std::unique_ptr<IdentitySource>>()>;

    // Keeps a reference: the factory (UiContext::identitySources) may be set after the counter is built.
    explicit ReaderHub(const Factory &factory, QObject *parent = nullptr);
    ~ReaderHub() override;

    // Stops and drops the readers, then builds and starts them again (the settings changed).
    void reload();
    void stop();
    int count() const { return int(m_sources.size()); }
    // One line per reader: "device: message"; a hint when none is configured.
    QString statusText() const;
    bool anyError() const;

Q_SIGNALS:
    void cardRead(const certdesk::CardIdentity &identity);
    void cardRemoved();
    void statusChanged();

private:
    const Factory &m_factory;
    std::vector<std::unique_ptr<IdentitySource>> m_sources;
};

} // namespace certdesk
