package dev.callout.bootstrap;

import dev.callout.application.account.CreateAdminUseCase;
import dev.callout.application.account.CreateAdminUseCase.CreateAdminCommand;
import dev.callout.application.account.CreateAdminUseCase.CreateAdminResult;
import dev.callout.application.port.Users;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configuration route to the first admin: with CALLOUT_ADMIN_EMAIL and CALLOUT_ADMIN_PASSWORD
 * (callout.admin.email / callout.admin.password) set, an admin with them is created at startup when
 * the deployment has no admin yet. Once one exists the settings are ignored.
 */
@Singleton
@Requires(property = "callout.admin.email")
class FirstAdmin implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger("callout.admin");

    private final Users users;
    private final CreateAdminUseCase createAdmin;
    private final String email;
    private final String password;
    private final String name;

    FirstAdmin(Users users, CreateAdminUseCase createAdmin, AdminSettings settings) {
        this.users = users;
        this.createAdmin = createAdmin;
        this.email = settings.getEmail();
        this.password = settings.getPassword();
        this.name = settings.getName();
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (users.anyAdmin()) {
            return;
        }
        CreateAdminResult result = createAdmin.create(new CreateAdminCommand(name, email, null, password));
        switch (result) {
            case CreateAdminResult.Created created -> LOG.info("Created the first admin, {} ({})", email, created.admin().id());
            case CreateAdminResult.EmailTaken taken -> LOG.warn("No admin created: {} belongs to another account", email);
            case CreateAdminResult.PhoneTaken taken -> LOG.warn("No admin created: the phone belongs to another account");
        }
    }
}
