package dev.callout.application.inmemory;

import dev.callout.application.contract.RateLimitCountersContract;
import dev.callout.application.port.RateLimitCounters;

class InMemoryRateLimitCountersTest extends RateLimitCountersContract {

    private final InMemoryRateLimitCounters counters = new InMemoryRateLimitCounters();

    @Override
    protected RateLimitCounters counters() {
        return counters;
    }
}
