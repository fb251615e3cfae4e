package dev.callout.application.inmemory;

import dev.callout.application.port.NumericAliases;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

public final class InMemoryNumericAliases implements NumericAliases {

    private final Map<String, Long> byId = new ConcurrentHashMap<>();
    private final Map<Long, String> byAlias = new ConcurrentHashMap<>();
    private final AtomicLong last = new AtomicLong();

    @Override
    public long aliasOf(String id) {
        return byId.computeIfAbsent(id, absent -> {
            long alias = last.incrementAndGet();
            byAlias.put(alias, absent);
            return alias;
        });
    }

    @Override
    public Optional<String> idOf(long alias) {
        return Optional.ofNullable(byAlias.get(alias));
    }
}
