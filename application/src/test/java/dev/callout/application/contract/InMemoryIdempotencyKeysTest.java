package dev.callout.application.contract;

import dev.callout.application.idempotency.IdempotencyKeys;
import dev.callout.application.inmemory.InMemoryIdempotencyKeys;

class InMemoryIdempotencyKeysTest extends IdempotencyKeysContract {

    private final IdempotencyKeys keys = new InMemoryIdempotencyKeys();

    @Override
    protected IdempotencyKeys keys() {
        return keys;
    }
}
