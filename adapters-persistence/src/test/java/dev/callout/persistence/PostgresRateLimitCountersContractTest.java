package dev.callout.persistence;

import dev.callout.application.contract.RateLimitCountersContract;
import dev.callout.application.port.RateLimitCounters;

class PostgresRateLimitCountersContractTest extends RateLimitCountersContract {

    @Override
    protected RateLimitCounters counters() {
        return IdentityDatabase.get().bean(PostgresRateLimitCounters.class);
    }
}
