package dev.callout.application.admin;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.DeadLetter;
import dev.callout.domain.user.Actor;
import java.util.Optional;

/** Background work given up on (of one kind, or all when {@code kind} is null), newest first; for admins only (empty for anyone else). */
public interface ListDeadLettersUseCase {

    Optional<Page<DeadLetter>> list(Actor caller, DeadLetter.Kind kind, PageRequest page);
}
