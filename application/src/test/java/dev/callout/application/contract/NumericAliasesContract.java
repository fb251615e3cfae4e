package dev.callout.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.port.NumericAliases;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link NumericAliases} store must do: one stable, positive, distinct number per id, even under races. */
public abstract class NumericAliasesContract {

    protected abstract NumericAliases aliases();

    @Test
    void an_id_keeps_its_number_and_the_number_leads_back_to_it() {
        String user = ContractFixtures.customer().id().value();
        long alias = aliases().aliasOf(user);

        assertThat(alias).isPositive();
        assertThat(aliases().aliasOf(user)).isEqualTo(alias);
        assertThat(aliases().idOf(alias)).contains(user);
    }

    @Test
    void different_ids_get_different_numbers_and_unknown_numbers_lead_nowhere() {
        long first = aliases().aliasOf("job_" + ContractFixtures.unique());
        long second = aliases().aliasOf("job_" + ContractFixtures.unique());

        assertThat(first).isNotEqualTo(second);
        assertThat(aliases().idOf(Long.MAX_VALUE)).isEmpty();
        assertThat(aliases().idOf(0)).isEmpty();
    }

    @Test
    void concurrent_first_uses_of_one_id_agree_on_its_number() throws Exception {
        String id = "usr_" + ContractFixtures.unique();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> answers = IntStream.range(0, 16).mapToObj(i -> pool.submit(() -> aliases().aliasOf(id))).toList();
            Set<Long> distinct = new HashSet<>();
            for (Future<Long> answer : answers) {
                distinct.add(answer.get());
            }
            assertThat(distinct).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
