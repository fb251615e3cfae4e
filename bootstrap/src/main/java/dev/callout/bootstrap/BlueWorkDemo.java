package dev.callout.bootstrap;

import dev.callout.application.account.RegisterUserUseCase;
import dev.callout.application.account.RegisterUserUseCase.RegisterCommand;
import dev.callout.application.account.RegisterUserUseCase.RegistrationResult;
import dev.callout.application.account.VerifyCodeUseCase;
import dev.callout.application.account.VerifyCodeUseCase.VerifyCodeCommand;
import dev.callout.domain.user.Role;
import dev.callout.persistence.RecordedCodes;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With --profile bluework --demo, beside the shared Metro Manila demo (already BlueWork's people and PHP): a
 * worker who verified their phone and waits for an admin's approval, for {@code GET /admin/workers}.
 */
final class BlueWorkDemo {

    private static final Logger LOG = LoggerFactory.getLogger("callout.demo");
    private static final DemoData.Person PENDING_WORKER = new DemoData.Person(Role.PROVIDER, "Jose Mercado",
            "jose@demo.callout.dev", "+639191110004", Set.of("plumber"));

    private BlueWorkDemo() {
    }

    static void addPendingWorker(RegisterUserUseCase register, VerifyCodeUseCase verify, RecordedCodes codes) {
        DemoData.Person worker = PENDING_WORKER;
        if (register.register(new RegisterCommand(worker.role(), worker.name(), worker.email(), worker.phone(), DemoData.PASSWORD,
                worker.categories())) instanceof RegistrationResult.Registered) {
            verify.verify(VerifyCodeCommand.of(worker.email(), codes.lastCode(worker.email()).orElseThrow()));
            LOG.info("BlueWork demo: worker {} ({}, {}) waits for approval", worker.name(), worker.email(), worker.phone());
        }
    }
}
