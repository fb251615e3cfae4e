package dev.callout.application.contract;

import dev.callout.application.inmemory.InMemoryIdempotencyKeys;
import dev.callout.application.port.IdempotencyKeys;

class InMemoryIdempotencyKeysTest extends IdempotencyKeysContract {

    private final IdempotencyKeys keys = new InMemoryIdempotencyKeys();

    @Override
    protected IdempotencyKeys keys() {
        return keys;
    }
}
