#include "fakecounty.h"

namespace certdesk::test {

namespace {

class Handle final : public SyncTransport
{
public:
    explicit Handle(FakeCounty &county) : m_county(county) {}
    Result<protocol::PushResponse> push(const protocol::PushRequest &r) override { return m_county.push(r); }
    Result<protocol::PullResponse> pull(const protocol::PullRequest &r) override { return m_county.pull(r); }
    Result<protocol::HelloResponse> hello() override { return protocol::HelloResponse{}; }

private:
    FakeCounty &m_county;
};

QString formKey(const QString &formNo, int cycle)
{
    return formNo + QLatin1Char('|') + QString::number(cycle);
}

} // namespace

std::unique_ptr<SyncTransport> FakeCounty::transport()
{
    return std::make_unique<Handle>(*this);
}

void FakeCounty::addForm(const Form &form)
{
    QMutexLocker lock(&m_mutex);
    protocol::Change c;
    c.seq = m_log.size() + 1;
    c.kind = protocol::ChangeKind::Form;
    c.form = form;
    c.formNo = form.formNo;
    m_log.append(c);
}

void FakeCounty::addWithdrawal(const QString &formNo)
{
    QMutexLocker lock(&m_mutex);
    protocol::Change c;
    c.seq = m_log.size() + 1;
    c.kind = protocol::ChangeKind::Withdrawal;
    c.formNo = formNo;
    m_log.append(c);
}

void FakeCounty::addDeath(const DeathNotice &death)
{
    QMutexLocker lock(&m_mutex);
    protocol::Change c;
    c.seq = m_log.size() + 1;
    c.kind = protocol::ChangeKind::Death;
    c.death = death;
    m_log.append(c);
}

void FakeCounty::addConflictNotice(const protocol::ConflictNotice &notice)
{
    QMutexLocker lock(&m_mutex);
    protocol::Change c;
    c.seq = m_log.size() + 1;
    c.kind = protocol::ChangeKind::Conflict;
    c.formNo = notice.formNo;
    c.conflict = notice;
    m_log.append(c);
}

void FakeCounty::certifiedElsewhere(const QString &formNo, int cycle, const QString &center, const QString &uuid)
{
    QMutexLocker lock(&m_mutex);
    m_first.insert(formKey(formNo, cycle), center + QLatin1Char(':') + uuid);
}

int FakeCounty::pushCalls() const
{
    QMutexLocker lock(&m_mutex);
    return m_pushCalls;
}

int FakeCounty::pullCalls() const
{
    QMutexLocker lock(&m_mutex);
    return m_pullCalls;
}

QList<int> FakeCounty::batchSizes() const
{
    QMutexLocker lock(&m_mutex);
    return m_batchSizes;
}

int FakeCounty::storedCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_stored.size());
}

int FakeCounty::timesReceived(const QString &uuid) const
{
    QMutexLocker lock(&m_mutex);
    return m_received.value(uuid);
}

Result<protocol::PushResponse> FakeCounty::push(const protocol::PushRequest &request)
{
    QMutexLocker lock(&m_mutex);
    ++m_pushCalls;
    m_batchSizes.append(int(request.records.size()));
    if (!failNextPushes.isEmpty())
        return failNextPushes.takeFirst();
    if (timeoutAbove > 0 && request.records.size() > timeoutAbove)
        return Error::io(ErrorCode::Timeout, QStringLiteral("timed out"));
    for (const protocol::PushRecord &r : request.records)
        if (poisonUuids.contains(r.uuid))
            return Error::io(ErrorCode::ServerError, QStringLiteral("HTTP 500"));
    protocol::PushResponse response;
    for (const protocol::PushRecord &r : request.records) {
        ++m_received[r.uuid];
        protocol::PushResult result;
        result.uuid = r.uuid;
        if (m_stored.contains(r.uuid)) {
            result.status = protocol::PushStatus::Duplicate;
            result.original = m_stored.value(r.uuid).status;
            result.otherCenter = m_stored.value(r.uuid).otherCenter;
            result.otherUuid = m_stored.value(r.uuid).otherUuid;
        } else if (rejectFormNos.contains(r.formNo)) {
            result.status = protocol::PushStatus::Rejected;
            result.reason = rejectFormNos.value(r.formNo);
            result.message = QStringLiteral("refused by the fake county");
            result.retryAfter = retryAfter;
        } else if (!r.supersedes.isEmpty()) {
            // A correction keeps the standing of the record it corrects (accepted, or a conflict with the same
            // other record); only one correction per record.
            const auto target = m_stored.constFind(r.supersedes);
            result.status = protocol::PushStatus::Rejected;
            if (target == m_stored.constEnd()) {
                result.reason = errorCodeWord(ErrorCode::UnknownSupersedes);
            } else if (m_corrected.contains(r.supersedes)) {
                result.reason = errorCodeWord(ErrorCode::SupersededTwice);
            } else {
                result.status = target->status;
                result.otherCenter = target->otherCenter;
                result.otherUuid = target->otherUuid;
                m_corrected.insert(r.supersedes);
                m_stored.insert(r.uuid, result);
            }
            if (result.status == protocol::PushStatus::Rejected)
                result.message = QStringLiteral("refused by the fake county");
        } else {
            const QString key = formKey(r.formNo, r.cycle);
            const QString first = m_first.value(key);
            if (!first.isEmpty()) {
                result.status = protocol::PushStatus::Conflict;
                result.otherCenter = first.section(QLatin1Char(':'), 0, 0);
                result.otherUuid = first.section(QLatin1Char(':'), 1);
            } else {
                result.status = protocol::PushStatus::Accepted;
                m_first.insert(key, centerCode + QLatin1Char(':') + r.uuid);
            }
            m_stored.insert(r.uuid, result);
        }
        response.results.append(result);
    }
    return response;
}

Result<protocol::PullResponse> FakeCounty::pull(const protocol::PullRequest &request)
{
    QMutexLocker lock(&m_mutex);
    ++m_pullCalls;
    if (!failNextPulls.isEmpty())
        return failNextPulls.takeFirst();
    protocol::PullResponse response;
    response.nextCursor = request.cursor;
    const int limit = qMin(request.limit, pageSize);
    for (const protocol::Change &c : m_log) {
        if (c.seq <= request.cursor)
            continue;
        if (response.changes.size() == limit) {
            response.more = true;
            break;
        }
        response.changes.append(c);
        response.nextCursor = c.seq;
    }
    return response;
}

} // namespace certdesk::test
