package dev.callout.bootstrap;

import dev.callout.application.port.Users;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/** Every account change goes through the session cache, which forgets the account's remembered copies. */
@Singleton
class AccountChanges implements BeanCreatedEventListener<Users> {

    private final BeanProvider<LiveSessionCache> cache;

    AccountChanges(BeanProvider<LiveSessionCache> cache) {
        this.cache = cache;
    }

    @Override
    public Users onCreated(BeanCreatedEvent<Users> event) {
        return cache.get().watching(event.getBean());
    }
}
