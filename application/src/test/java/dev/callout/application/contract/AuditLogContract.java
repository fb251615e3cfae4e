package dev.callout.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.PageRequest;
import dev.callout.application.port.AuditLog;
import dev.callout.application.port.Users;
import dev.callout.domain.user.AuditEntry;
import dev.callout.domain.user.User;
import org.junit.jupiter.api.Test;

/** What every {@link AuditLog} must do. */
public abstract class AuditLogContract {

    protected abstract AuditLog audit();

    protected abstract Users users();

    /** Empties the log before a test that counts entries; fresh stores need not override it. */
    protected void emptyLog() {
    }

    @Test
    void entries_list_newest_first_in_pages() {
        emptyLog();
        User admin = ContractFixtures.admin();
        users().add(admin);
        AuditEntry first = new AuditEntry("aud_" + ContractFixtures.unique(), admin.id(), "user.approved", "usr_x", "ok",
                ContractFixtures.at(0));
        AuditEntry second = new AuditEntry("aud_" + ContractFixtures.unique(), null, "admin.created", admin.id().value(),
                null, ContractFixtures.at(10));
        AuditEntry third = new AuditEntry("aud_" + ContractFixtures.unique(), admin.id(), "user.suspended", "usr_y",
                "no-shows", ContractFixtures.at(20));
        audit().record(first);
        audit().record(second);
        audit().record(third);

        var page1 = audit().list(new PageRequest(1, 2));
        var page2 = audit().list(new PageRequest(2, 2));

        assertThat(page1.items()).containsExactly(third, second);
        assertThat(page2.items()).containsExactly(first);
        assertThat(page1.total()).isEqualTo(3);
    }
}
