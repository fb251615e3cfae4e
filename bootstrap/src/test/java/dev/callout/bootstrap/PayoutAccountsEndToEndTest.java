package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Providers link their Stripe connected account over HTTP (the offline gateway accepts any
 * well-formed id), and card payments opened afterwards pay out with the charge while those opened
 * before keep accruing as the provider's pending payout.
 */
class PayoutAccountsEndToEndTest {

    private static final String ME = "/api/v1/providers/me/payout-account";
    private static final String GIG = """
            {"category": "moving_help", "description": "Help move furniture", "urgency": "immediate",
             "location": {"lat": 14.5547, "lng": 121.0244, "address": "Ayala Ave, Makati"},
             "budget": {"amount": "1500.00", "currency": "PHP"}}""";

    private final RunningCallout callout = RunningCallout.get();

    private Reply link(Account provider, String account) {
        return callout.send("PUT", ME, provider.token(), "{\"stripe_account_id\": \"" + account + "\"}");
    }

    private String acceptedJob(Account customer, Account provider) {
        Reply posted = callout.post("/api/v1/jobs", customer.token(), GIG);
        assertThat(posted.status()).as(posted.text()).isEqualTo(201);
        String jobId = posted.get("id");
        Reply accepted = callout.post("/api/v1/jobs/" + jobId + "/accept", provider.token(), null);
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        return jobId;
    }

    private Reply payByCard(Account customer, String jobId) {
        Reply paid = callout.post("/api/v1/payments", customer.token(), "{\"job_id\": \"" + jobId + "\", \"method\": \"card\"}");
        assertThat(paid.status()).as(paid.text()).isEqualTo(201);
        assertThat(paid.get("status")).isEqualTo("authorized");
        return paid;
    }

    private void completeAndRelease(Account customer, Account provider, String jobId, String paymentId) {
        for (String status : List.of("in_progress", "completed")) {
            Reply moved = callout.patch("/api/v1/jobs/" + jobId + "/status", provider.token(), "{\"status\": \"" + status + "\"}");
            assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        }
        Reply released = callout.post("/api/v1/payments/" + paymentId + "/release", customer.token(), null);
        assertThat(released.status()).as(released.text()).isEqualTo(200);
        assertThat(released.get("status")).isEqualTo("completed");
    }

    @SuppressWarnings("unchecked")
    private static String amount(Map<String, Object> object, String field) {
        return (String) ((Map<String, Object>) object.get(field)).get("amount");
    }

    @Test
    void aProviderLinksReadsReplacesAndUnlinksTheirAccountAndAdminsReadIt() {
        Account provider = callout.provider("moving_help");
        Account other = callout.provider("moving_help");
        Account customer = callout.customer();
        Account admin = callout.admin();

        Reply none = callout.get(ME, provider.token());
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.errorCode()).isEqualTo("PAYOUT_ACCOUNT_NOT_FOUND");

        Reply linked = link(provider, "acct_1NvPedroPayouts");
        assertThat(linked.status()).as(linked.text()).isEqualTo(200);
        assertThat(linked.json()).containsEntry("provider_id", provider.id()).containsEntry("stripe_account_id", "acct_1NvPedroPayouts");
        assertThat(linked.get("created_at")).isNotNull().isEqualTo(linked.get("updated_at"));
        assertThat(callout.get(ME, provider.token()).json()).isEqualTo(linked.json());

        Reply replaced = link(provider, "acct_2NvPedroNew");
        assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
        assertThat(replaced.get("stripe_account_id")).isEqualTo("acct_2NvPedroNew");
        assertThat(replaced.get("created_at")).as("when the first was linked").isEqualTo(linked.get("created_at"));

        Reply asAdmin = callout.get("/api/v1/admin/providers/" + provider.id() + "/payout-account", admin.token());
        assertThat(asAdmin.status()).as(asAdmin.text()).isEqualTo(200);
        assertThat(asAdmin.json()).isEqualTo(replaced.json());
        Reply customerAsAdmin = callout.get("/api/v1/admin/providers/" + customer.id() + "/payout-account", admin.token());
        assertThat(customerAsAdmin.status()).isEqualTo(404);
        assertThat(customerAsAdmin.errorCode()).isEqualTo("USER_NOT_FOUND");
        Reply unlinkedProvider = callout.get("/api/v1/admin/providers/" + other.id() + "/payout-account", admin.token());
        assertThat(unlinkedProvider.errorCode()).isEqualTo("PAYOUT_ACCOUNT_NOT_FOUND");

        assertThat(callout.get(ME, other.token()).errorCode()).as("another provider sees only their own").isEqualTo("PAYOUT_ACCOUNT_NOT_FOUND");
        assertThat(callout.get("/api/v1/admin/providers/" + provider.id() + "/payout-account", other.token()).status())
                .isEqualTo(403);
        assertThat(link(customer, "acct_1Maria").status()).isEqualTo(403);
        assertThat(callout.get(ME, customer.token()).status()).isEqualTo(403);

        assertThat(callout.send("DELETE", ME, provider.token(), null).status()).isEqualTo(204);
        assertThat(callout.get(ME, provider.token()).errorCode()).isEqualTo("PAYOUT_ACCOUNT_NOT_FOUND");
        Reply again = callout.send("DELETE", ME, provider.token(), null);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.errorCode()).isEqualTo("PAYOUT_ACCOUNT_NOT_FOUND");
    }

    @Test
    void aMalformedAccountIdIsRefusedAndChangesNothing() {
        Account provider = callout.provider("moving_help");
        assertThat(link(provider, "acct_1Kept").status()).isEqualTo(200);

        for (String bad : List.of("cus_1NvPedro", "acct_", "acct_1Nv-Pedro", "acct_1Nv Pedro", " ")) {
            Reply refused = link(provider, bad);
            assertThat(refused.status()).as(bad + ": " + refused.text()).isEqualTo(400);
            assertThat(refused.errorCode()).isEqualTo("VALIDATION_ERROR");
            assertThat(refused.errorFields()).containsKey("stripe_account_id");
        }
        Reply missing = callout.send("PUT", ME, provider.token(), "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsKey("stripe_account_id");
        assertThat(callout.get(ME, provider.token()).get("stripe_account_id")).isEqualTo("acct_1Kept");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPaymentOpenedAfterLinkingPaysOutWithTheChargeAndOneHeldBeforeKeepsItsRouting() {
        Account customer = callout.customer();
        Account provider = callout.provider("moving_help");
        String before = acceptedJob(customer, provider);
        Reply heldBefore = payByCard(customer, before);
        assertThat(heldBefore.get("payout_routing")).isEqualTo("pending_payout");
        assertThat(heldBefore.json().get("payout_account")).isNull();

        assertThat(link(provider, "acct_1NvHelperPayouts").status()).isEqualTo(200);
        String after = acceptedJob(customer, provider);
        Reply heldAfter = payByCard(customer, after);
        assertThat(heldAfter.get("payout_routing")).isEqualTo("connected_account");
        assertThat(amount(heldAfter.json(), "platform_fee")).as("the application fee").isEqualTo("75.00");
        assertThat(heldAfter.json().get("payout_account")).as("the customer is not shown the provider's account").isNull();
        Reply asProvider = callout.get("/api/v1/payments/" + heldAfter.get("id"), provider.token());
        assertThat(asProvider.get("payout_account")).isEqualTo("acct_1NvHelperPayouts");
        assertThat(callout.get("/api/v1/payments/" + heldBefore.get("id"), provider.token()).get("payout_routing"))
                .as("a payment already held keeps its routing").isEqualTo("pending_payout");

        assertThat(callout.send("DELETE", ME, provider.token(), null).status()).isEqualTo(204);
        assertThat(callout.get("/api/v1/payments/" + heldAfter.get("id"), provider.token()).get("payout_account"))
                .as("unlinking leaves a held payment's routing alone").isEqualTo("acct_1NvHelperPayouts");

        completeAndRelease(customer, provider, before, heldBefore.get("id"));
        completeAndRelease(customer, provider, after, heldAfter.get("id"));

        Reply earnings = callout.get("/api/v1/providers/me/earnings", provider.token());
        assertThat(earnings.status()).as(earnings.text()).isEqualTo(200);
        Map<String, Object> summary = ((List<Map<String, Object>>) earnings.json().get("summary")).getFirst();
        assertThat(amount(summary, "total_earned")).isEqualTo("2850.00");
        assertThat(amount(summary, "pending_payout")).as("only the charge without a destination is owed").isEqualTo("1425.00");
    }
}
