#pragma once

// The desk under test of the sync client's suites: a center database with a clerk signed in, 40 seeded forms and
// an in-memory county (FakeCounty). Test classes derive from it and call setUpDesk()/tearDownDesk() from their
// init()/cleanup() slots.
#include "fakecounty.h"
#include "fixture.h"
#include "sessionaccess.h"

#include "io/importrows.h"
#include "services/certification.h"
#include "services/demo.h"
#include "store/syncstore.h"
#include "sync/backoff.h"
#include "sync/syncengine.h"

#include <QObject>
#include <QTest>

#include <memory>

namespace certdesk::test {

class SyncDeskTest : public QObject
{
protected:
    std::unique_ptr<TestCenter> m_center;
    std::unique_ptr<Session> m_clerk;
    QList<Form> m_forms;
    std::unique_ptr<FakeCounty> m_county;

    QString certify(int i)
    {
        CertifyRequest r;
        r.formNo = m_forms[i].formNo;
        r.checkCode = m_forms[i].checkCode;
        r.presentedId = m_forms[i].person.idNo;
        auto rec = CertificationService(*m_clerk).certify(r);
        if (!rec) {
            qWarning("certify failed: %s", qPrintable(rec.error().message));
            return {};
        }
        return rec->uuid;
    }

    QString state(const QString &uuid) { return outboxState(SessionAccess::db(*m_clerk), uuid).value(); }

    int count(const char *sql)
    {
        auto q = SessionAccess::db(*m_clerk).prepare(sql);
        if (!q || !q->step().value())
            return -1;
        return int(q->int64(0));
    }

    SyncReport run(bool once, BatchSizer *sizer = nullptr)
    {
        BatchSizer local;
        auto transport = m_county->transport();
        return SyncEngine(*m_clerk, *transport, sizer ? *sizer : local).run(once);
    }

    // Forms the county has for this center but the desk has not seen yet.
    QList<Form> newForms(int n, quint32 seed)
    {
        const QByteArray json = demoFormsJson(n, m_center->clock.today(), seed);
        auto parsed = parseFormRows(json, TextEncoding::Utf8, m_center->clock.today());
        if (!parsed)
            return {};
        QList<Form> forms = parsed->rows;
        for (int i = 0; i < forms.size(); ++i) // the demo numbers its forms from 1: make them new to this desk
            forms[i].formNo = QStringLiteral("PULL-%1-%2").arg(seed).arg(i);
        return forms;
    }

    void setUpDesk()
    {
        m_county = std::make_unique<FakeCounty>();
        m_center = std::make_unique<TestCenter>();
        m_center->addUser(QStringLiteral("clerk"), Role::Clerk);
        m_forms = m_center->seedForms(40);
        m_clerk = m_center->open(QStringLiteral("clerk"));
    }

    void tearDownDesk()
    {
        m_clerk.reset();
        m_center.reset();
    }
};

} // namespace certdesk::test
