package dev.callout.persistence;

import static dev.callout.application.contract.ContractFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callout.application.contract.WebhooksContract;
import dev.callout.application.port.Webhooks;
import dev.callout.application.port.Webhooks.Claim;
import dev.callout.application.webhook.WebhookEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresWebhooksContractTest extends WebhooksContract {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    @Override
    protected Webhooks webhooks() {
        return database.bean(PostgresWebhooks.class);
    }

    @Override
    protected void empty() {
        database.truncate("webhook_endpoints", "webhook_deliveries");
    }

    @Test
    void theSecretIsStoredSealedAndOpensOnlyForItsOwnRow() {
        WebhookEndpoint endpoint = added("*");
        WebhookEndpoint other = added("*");

        String sealed = database.text("SELECT sealed_secret FROM webhook_endpoints WHERE id = ?", endpoint.id());
        assertThat(sealed).startsWith("v1:").doesNotContain(endpoint.secret()).doesNotContain(endpoint.secret().substring(6));
        assertThat(webhooks().endpoint(endpoint.id()).orElseThrow().secret()).isEqualTo(endpoint.secret());

        database.execute("UPDATE webhook_endpoints SET sealed_secret = '" + sealed + "' WHERE id = '" + other.id() + "'");
        assertThatThrownBy(() -> webhooks().endpoint(other.id())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not open");
    }

    @Test
    void concurrentClaimsNeverShareADelivery() throws Exception {
        List<WebhookEndpoint> endpoints = List.of(added("*"), added("*"), added("*"));
        for (int i = 0; i < 60; i++) {
            webhooks().record(List.of(delivery(endpoints.get(i % 3), "evt_" + i, at(i))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<List<Claim>>> claimers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                claimers.add(() -> {
                    List<Claim> mine = new ArrayList<>();
                    for (int round = 0; round < 10; round++) {
                        mine.addAll(webhooks().claim(at(100), 4, 3, Map.of(), LEASE));
                    }
                    return mine;
                });
            }
            List<String> claimed = new ArrayList<>();
            for (Future<List<Claim>> result : pool.invokeAll(claimers)) {
                result.get().forEach(claim -> claimed.add(claim.delivery().id()));
            }
            assertThat(claimed).hasSize(60).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }
}
