#pragma once

#include "core/clock.h"
#include "core/result.h"

#include <QString>

namespace certdesk::bench {

// What the lookup benchmark's database holds. Certifications and death notices are there so that the product
// lookup's two extra queries (current certification, death list) search real, non-empty indexes.
struct StoreSpec
{
    QString dbPath;
    int forms = 1'000'000;
    int certifyEvery = 10; // every 10th form already certified this cycle
    int deathEvery = 100;  // every 100th person on the death-notice list
    bool sealed = false;   // each certification also gets its sealing audit entry, so `verify` passes
};

// Reuses the database when a previous fill of the same spec completed (a marker file next to it says so);
// otherwise deletes any leftover and fills it anew. Prints what it did to stdout.
Status ensureStore(const StoreSpec &spec, const Clock &clock);

} // namespace certdesk::bench
