package dev.callout.persistence;

import static dev.callout.application.contract.ContractFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.contract.ContractFixtures;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobEvent;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.money.Money;
import dev.callout.domain.pricing.Category;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresCategoriesAndOutboxTest {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    @Test
    void the_seeded_catalogue_is_priced_in_pesos() {
        PostgresCategories categories = database.bean(PostgresCategories.class);

        assertThat(categories.all()).extracting(Category::code)
                .containsExactly("cleaning", "electrician", "moving_help", "plumber", "repair", "towing");
        Category towing = categories.byCode("towing").orElseThrow();
        assertThat(towing.requiresVehicle()).isTrue();
        assertThat(towing.pricing().baseFare()).isEqualTo(Money.parse("1500.00", "PHP"));
        assertThat(towing.pricing().perKm()).isEqualTo(Money.parse("80.00", "PHP"));
        assertThat(towing.pricing().immediateSurchargeBps()).isEqualTo(2000);
        assertThat(towing.pricing().platformFee().basisPoints()).isEqualTo(500);
        assertThat(categories.byCode("repair").orElseThrow().pricing().baseFare()).isEqualTo(Money.parse("800.00", "PHP"));
        assertThat(categories.all()).allSatisfy(category -> {
            assertThat(category.pricing().currency().getCurrencyCode()).isEqualTo("PHP");
            assertThat(category.pricing().platformFee().basisPoints()).isEqualTo(500);
        });
        assertThat(categories.byCode("massage")).isEmpty();
    }

    @Test
    void each_event_becomes_one_unpublished_row_with_a_snake_case_payload() {
        PostgresUsers users = database.bean(PostgresUsers.class);
        PostgresOutbox outbox = database.bean(PostgresOutbox.class);
        User customer = ContractFixtures.customer();
        User provider = ContractFixtures.provider(Set.of("towing"));
        users.add(customer);
        users.add(provider);
        Job job = ContractFixtures.requested(customer.id(), "towing", at(0));

        outbox.record(List.of(
                new JobEvent.JobAccepted(job.id(), customer.id(), provider.id(), at(10)),
                new JobEvent.JobStatusChanged(job.id(), customer.id(), provider.id(), JobStatus.ACCEPTED,
                        JobStatus.EN_ROUTE, Role.PROVIDER, null, at(20)),
                new JobEvent.ProviderWithdrew(job.id(), customer.id(), provider.id(), "flat tyre on the way", at(30))));
        outbox.record(List.of());

        String id = job.id().value();
        assertThat(database.number("SELECT count(*) FROM outbox WHERE subject_id = ? AND published_at IS NULL", id)).isEqualTo(3);
        assertThat(database.text("SELECT string_agg(event_type, ',' ORDER BY id) FROM outbox WHERE subject_id = ?", id))
                .isEqualTo("job.accepted,job.status_changed,job.provider_withdrew");
        assertThat(database.text("SELECT payload->>'provider_id' FROM outbox WHERE subject_id = ? AND event_type = 'job.accepted'", id))
                .isEqualTo(provider.id().value());
        assertThat(database.text("SELECT payload->>'from' || '>' || (payload->>'to') || ' by ' || (payload->>'changed_by') "
                + "FROM outbox WHERE subject_id = ? AND event_type = 'job.status_changed'", id))
                .isEqualTo("accepted>en_route by provider");
        assertThat(database.text("SELECT payload->>'reason' FROM outbox WHERE subject_id = ? AND event_type = 'job.provider_withdrew'", id))
                .isEqualTo("flat tyre on the way");
        assertThat(database.text("SELECT payload->>'occurred_at' FROM outbox WHERE subject_id = ? AND event_type = 'job.accepted'", id))
                .isEqualTo(at(10).toString());
        assertThat(database.number("SELECT count(*) FROM outbox WHERE subject_id = ? AND occurred_at = ?", id,
                java.sql.Timestamp.from(at(20)))).isEqualTo(1);
    }
}
