package dev.callout.application.admin;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.DeadLetter;
import dev.callout.application.port.DeadLetters;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import java.util.Optional;

public final class ListDeadLettersService implements ListDeadLettersUseCase {

    private final DeadLetters deadLetters;

    public ListDeadLettersService(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public Optional<Page<DeadLetter>> list(Actor caller, DeadLetter.Kind kind, PageRequest page) {
        return caller.is(Role.ADMIN) ? Optional.of(deadLetters.list(kind, page)) : Optional.empty();
    }
}
