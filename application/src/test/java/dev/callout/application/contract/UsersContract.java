package dev.callout.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.port.Users;
import dev.callout.application.port.Users.AddResult;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Profile;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Users} store must do, run against the in-memory maps and PostgreSQL alike. */
public abstract class UsersContract {

    protected abstract Users users();

    /** Empties the store before each test; stores created fresh per test need not override it. */
    protected void emptyStores() {
    }

    @BeforeEach
    void startEmpty() {
        emptyStores();
    }

    private static User copy(User user, UserId id, String email, String phone) {
        return new User(id, user.role(), user.name(), email, phone, user.passwordHash(), user.categories(),
                user.status(), user.createdAt());
    }

    @Test
    void a_customer_reads_back_by_id_email_and_phone() {
        User customer = ContractFixtures.customer();

        assertThat(users().add(customer)).isEqualTo(AddResult.ADDED);

        assertThat(users().byId(customer.id())).contains(customer);
        assertThat(users().byEmail(customer.email())).contains(customer);
        assertThat(users().byPhone(customer.phone())).contains(customer);
    }

    @Test
    void a_provider_keeps_their_categories_and_status() {
        User provider = ContractFixtures.provider(Set.of("towing", "repair", "moving_help"));
        User pending = new User(provider.id(), Role.PROVIDER, provider.name(), provider.email(), provider.phone(),
                provider.passwordHash(), provider.categories(), AccountStatus.PENDING_APPROVAL, provider.createdAt());

        assertThat(users().add(pending)).isEqualTo(AddResult.ADDED);

        User read = users().byId(pending.id()).orElseThrow();
        assertThat(read).isEqualTo(pending);
        assertThat(read.categories()).containsExactlyInAnyOrder("towing", "repair", "moving_help");
        assertThat(read.status()).isEqualTo(AccountStatus.PENDING_APPROVAL);
        assertThat(read.role()).isEqualTo(Role.PROVIDER);
    }

    @Test
    void an_admin_and_a_customer_have_no_categories() {
        User admin = ContractFixtures.admin();
        User customer = ContractFixtures.customer();

        users().add(admin);
        users().add(customer);

        assertThat(users().byId(admin.id())).contains(admin);
        assertThat(users().byId(admin.id()).orElseThrow().categories()).isEmpty();
        assertThat(users().byId(customer.id()).orElseThrow().categories()).isEmpty();
    }

    @Test
    void a_user_with_only_a_phone_reads_back_by_phone() {
        User template = ContractFixtures.customer();
        User phoneOnly = copy(template, template.id(), null, template.phone());

        assertThat(users().add(phoneOnly)).isEqualTo(AddResult.ADDED);

        assertThat(users().byId(phoneOnly.id())).contains(phoneOnly);
        assertThat(users().byPhone(phoneOnly.phone())).contains(phoneOnly);
        assertThat(users().byId(phoneOnly.id()).orElseThrow().email()).isNull();
    }

    @Test
    void a_user_with_only_an_email_reads_back_by_email() {
        User template = ContractFixtures.customer();
        User emailOnly = copy(template, template.id(), template.email(), null);

        assertThat(users().add(emailOnly)).isEqualTo(AddResult.ADDED);

        assertThat(users().byEmail(emailOnly.email())).contains(emailOnly);
        assertThat(users().byId(emailOnly.id()).orElseThrow().phone()).isNull();
    }

    @Test
    void many_users_may_lack_an_email_or_a_phone() {
        User a = ContractFixtures.customer();
        User b = ContractFixtures.customer();
        User c = ContractFixtures.customer();
        User d = ContractFixtures.customer();

        assertThat(users().add(copy(a, a.id(), null, a.phone()))).isEqualTo(AddResult.ADDED);
        assertThat(users().add(copy(b, b.id(), null, b.phone()))).isEqualTo(AddResult.ADDED);
        assertThat(users().add(copy(c, c.id(), c.email(), null))).isEqualTo(AddResult.ADDED);
        assertThat(users().add(copy(d, d.id(), d.email(), null))).isEqualTo(AddResult.ADDED);

        assertThat(users().byId(b.id())).isPresent();
        assertThat(users().byId(d.id())).isPresent();
    }

    @Test
    void a_taken_email_is_refused_and_nothing_is_written() {
        User first = ContractFixtures.customer();
        users().add(first);
        User template = ContractFixtures.provider(Set.of("plumber"));
        User clash = copy(template, template.id(), first.email(), template.phone());

        assertThat(users().add(clash)).isEqualTo(AddResult.EMAIL_TAKEN);

        assertThat(users().byId(clash.id())).isEmpty();
        assertThat(users().byPhone(clash.phone())).isEmpty();
        assertThat(users().byEmail(first.email())).contains(first);
    }

    @Test
    void a_taken_phone_is_refused_and_nothing_is_written() {
        User first = ContractFixtures.customer();
        users().add(first);
        User template = ContractFixtures.customer();
        User clash = copy(template, template.id(), template.email(), first.phone());

        assertThat(users().add(clash)).isEqualTo(AddResult.PHONE_TAKEN);

        assertThat(users().byId(clash.id())).isEmpty();
        assertThat(users().byEmail(clash.email())).isEmpty();
        assertThat(users().byPhone(first.phone())).contains(first);
    }

    @Test
    void a_phone_only_user_clashing_on_phone_is_phone_taken() {
        User first = ContractFixtures.customer();
        users().add(first);
        User template = ContractFixtures.customer();
        User clash = copy(template, template.id(), null, first.phone());

        assertThat(users().add(clash)).isEqualTo(AddResult.PHONE_TAKEN);

        assertThat(users().byId(clash.id())).isEmpty();
    }

    @Test
    void after_a_refusal_the_same_person_can_register_with_free_details() {
        User first = ContractFixtures.customer();
        users().add(first);
        User template = ContractFixtures.customer();
        assertThat(users().add(copy(template, template.id(), first.email(), template.phone()))).isEqualTo(AddResult.EMAIL_TAKEN);

        assertThat(users().add(template)).isEqualTo(AddResult.ADDED);

        assertThat(users().byId(template.id())).contains(template);
    }

    @Test
    void unknown_id_email_and_phone_are_empty() {
        users().add(ContractFixtures.customer());

        assertThat(users().byId(new UserId("usr_" + ContractFixtures.unique()))).isEmpty();
        assertThat(users().byEmail("nobody." + ContractFixtures.unique().toLowerCase() + "@example.ph")).isEmpty();
        assertThat(users().byPhone(ContractFixtures.phone())).isEmpty();
    }

    @Test
    void an_update_replaces_the_account_and_keeps_addresses_unique() {
        User first = ContractFixtures.customer();
        User second = ContractFixtures.provider(Set.of("towing"));
        users().add(first);
        users().add(second);
        User details = new User(second.id(), second.role(), second.name(), second.email(), second.phone(),
                second.passwordHash(), second.categories(), AccountStatus.PENDING_APPROVAL, second.createdAt(),
                new dev.callout.domain.user.ProviderDetails("flatbed", "c", "N01-23", java.time.LocalDate.of(2031, 5, 1),
                        "ABC 1234"), null);

        assertThat(users().update(details)).isEqualTo(Users.UpdateResult.UPDATED);
        assertThat(users().update(first.withEmail(second.email()))).isEqualTo(Users.UpdateResult.EMAIL_TAKEN);
        assertThat(users().update(first.withPhone(second.phone()))).isEqualTo(Users.UpdateResult.PHONE_TAKEN);
        assertThat(users().update(ContractFixtures.customer())).isEqualTo(Users.UpdateResult.NOT_FOUND);

        assertThat(users().byId(second.id())).contains(details);
        assertThat(users().byId(first.id())).contains(first);
    }

    @Test
    void lists_filter_by_role_and_status_oldest_first() {
        User customer = ContractFixtures.customer();
        User provider = ContractFixtures.provider(Set.of("plumber"));
        User pending = new User(ContractFixtures.provider(Set.of("plumber")).id(), Role.PROVIDER, "Pending",
                null, ContractFixtures.phone(), "hash", Set.of("plumber"), AccountStatus.PENDING_APPROVAL, ContractFixtures.at(5));
        users().add(customer);
        users().add(provider);
        users().add(pending);

        var providers = users().list(Role.PROVIDER, null, new dev.callout.application.PageRequest(1, 10));
        var waiting = users().list(Role.PROVIDER, AccountStatus.PENDING_APPROVAL, new dev.callout.application.PageRequest(1, 10));
        var secondPage = users().list(null, null, new dev.callout.application.PageRequest(2, 2));

        assertThat(providers.items()).containsExactly(provider, pending);
        assertThat(providers.total()).isEqualTo(2);
        assertThat(waiting.items()).containsExactly(pending);
        assertThat(secondPage.items()).containsExactly(pending);
        assertThat(secondPage.total()).isEqualTo(3);
    }

    @Test
    void deleted_accounts_come_due_for_purging_after_the_cutoff_and_purged_ones_stay_readable() {
        User early = ContractFixtures.customer();
        User late = ContractFixtures.customer();
        users().add(early);
        users().add(late);
        users().update(early.deleted(ContractFixtures.at(100)));
        users().update(late.deleted(ContractFixtures.at(200)));

        assertThat(users().deletedBefore(ContractFixtures.at(150), 10)).extracting(User::id).containsExactly(early.id());

        User purged = early.deleted(ContractFixtures.at(100)).purged();
        assertThat(users().update(purged)).isEqualTo(Users.UpdateResult.UPDATED);
        assertThat(users().byId(early.id())).contains(purged);
        assertThat(users().byEmail(early.email())).isEmpty();
        assertThat(users().deletedBefore(ContractFixtures.at(150), 10)).isEmpty();
    }

    @Test
    void a_bio_and_an_address_read_back_change_and_clear() {
        User customer = ContractFixtures.customer();
        users().add(customer.withProfile(new Profile("Dog walker, weekends only.\nAsk about cats.", "12 Soi Ari, Bangkok",
                null)));
        assertThat(users().byId(customer.id()).orElseThrow().profile())
                .isEqualTo(new Profile("Dog walker, weekends only.\nAsk about cats.", "12 Soi Ari, Bangkok", null));

        User changed = users().byId(customer.id()).orElseThrow().withProfile(new Profile(null, "Ari, Bangkok", null));
        assertThat(users().update(changed)).isEqualTo(Users.UpdateResult.UPDATED);
        assertThat(users().byId(customer.id())).contains(changed);
        assertThat(users().byEmail(customer.email()).orElseThrow().profile().addressText()).isEqualTo("Ari, Bangkok");
    }

    @Test
    void purging_a_deleted_account_clears_its_profile() {
        User provider = ContractFixtures.provider(Set.of("cleaning"));
        users().add(provider.withProfile(new Profile("Ten years of cleaning", "Makati", null)));
        users().update(users().byId(provider.id()).orElseThrow().deleted(ContractFixtures.at(100)));
        assertThat(users().byId(provider.id()).orElseThrow().profile().bio()).as("kept through the grace period")
                .isEqualTo("Ten years of cleaning");

        users().update(users().byId(provider.id()).orElseThrow().purged());

        assertThat(users().byId(provider.id()).orElseThrow().profile()).isEqualTo(Profile.EMPTY);
    }

    @Test
    void knows_whether_any_admin_exists() {
        users().add(ContractFixtures.customer());
        assertThat(users().anyAdmin()).isFalse();

        users().add(ContractFixtures.admin());

        assertThat(users().anyAdmin()).isTrue();
    }
}
