package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The seeds' sign-up and sign-in flows, sessions, profile, deletion and admin acts, over HTTP. */
class IdentityEndToEndTest {

    private static final String PASSWORD = "correct horse battery";

    private final RunningCallout callout = RunningCallout.get();

    private static String email() {
        return "id-" + UUID.randomUUID() + "@test.callout.dev";
    }

    private static String phone() {
        return "+6391" + String.format("%08d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000L));
    }

    private Reply login(String identifier, String password) {
        return callout.post("/api/v1/auth/login", null,
                "{\"identifier\": \"%s\", \"password\": \"%s\"}".formatted(identifier, password));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> user(Reply reply) {
        return (Map<String, Object>) reply.json().get("user");
    }

    /** BlueWork / Chayenity: a customer signs up by email, verifies the code and is signed in. */
    @Test
    void aCustomerSignsUpVerifiesTheCodeAndIsSignedIn() {
        String email = email();
        Reply registered = callout.post("/api/v1/auth/register", null, """
                {"role": "customer", "name": "Juan dela Cruz", "email": "%s", "password": "%s"}""".formatted(email, PASSWORD));
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.get("status")).isEqualTo("pending_verification");

        Reply early = login(email, PASSWORD);
        assertThat(early.status()).isEqualTo(403);
        assertThat(early.errorCode()).isEqualTo("PENDING_VERIFICATION");

        String code = callout.lastCode(email);
        String wrong = code.equals("000000") ? "111111" : "000000";
        Reply bad = callout.post("/api/v1/auth/otp/verify", null, "{\"email\": \"%s\", \"otp\": \"%s\"}".formatted(email, wrong));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorCode()).isEqualTo("INVALID_OTP");

        Reply verified = callout.post("/api/v1/auth/otp/verify", null, "{\"email\": \"%s\", \"code\": \"%s\"}".formatted(email, code));
        assertThat(verified.status()).isEqualTo(200);
        assertThat(user(verified)).containsEntry("status", "active");
        assertThat(verified.get("refresh_token")).startsWith("rt_");

        Reply me = callout.get("/api/v1/users/me", verified.get("access_token"));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.get("email")).isEqualTo(email);
        assertThat(me.text()).doesNotContain("password");
        Reply reused = callout.post("/api/v1/auth/otp/verify", null, "{\"email\": \"%s\", \"code\": \"%s\"}".formatted(email, code));
        assertThat(reused.status()).isEqualTo(400);
    }

    /** Depannini: a towing assistant signs up by phone with vehicle and licence, and waits for an admin. */
    @Test
    void aTowingProviderGivesVehicleDetailsVerifiesByPhoneAndWaitsForApproval() {
        String phone = phone();
        String base = """
                {"role": "provider", "name": "Tito Tow", "phone": "%s", "password": "%s", "categories": ["towing"]%%s}"""
                .formatted(phone, PASSWORD);
        Reply missing = callout.post("/api/v1/auth/register", null, base.formatted(""));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsKey("vehicle_type");
        Reply expired = callout.post("/api/v1/auth/register", null, base.formatted("""
                , "vehicle_type": "flatbed", "licence_category": "c", "licence_number": "N01", "licence_expiry": "2020-01-01",
                "vehicle_registration": "NBC 1234\""""));
        assertThat(expired.status()).isEqualTo(400);
        assertThat(expired.errorFields()).containsKey("licence_expiry");

        Reply registered = callout.post("/api/v1/auth/register", null, base.formatted("""
                , "vehicle_type": "flatbed", "licence_category": "c", "licence_number": "N01-23-456789",
                "licence_expiry": "%s", "vehicle_registration": "NBC 1234\"""".formatted(LocalDate.now().plusYears(1))));
        assertThat(registered.status()).isEqualTo(201);
        String id = registered.get("id");

        Reply verified = callout.verify(phone);
        assertThat(verified.status()).isEqualTo(200);
        assertThat(user(verified)).containsEntry("status", "pending_approval");
        assertThat(verified.get("access_token")).isNull();
        Reply waiting = login(phone, PASSWORD);
        assertThat(waiting.status()).isEqualTo(403);
        assertThat(waiting.errorCode()).isEqualTo("PENDING_APPROVAL");

        String admin = callout.admin().token();
        Reply pending = callout.get("/api/v1/admin/providers?status=pending_approval&limit=100", admin);
        assertThat(pending.data()).extracting(provider -> provider.get("id")).contains(id);
        Reply approved = callout.patch("/api/v1/admin/providers/" + id, admin, "{\"status\": \"active\", \"note\": \"licence checked\"}");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.get("status")).isEqualTo("active");
        assertThat(approved.text()).contains("\"vehicle_registration\":\"NBC 1234\"");

        assertThat(login(phone, PASSWORD).status()).isEqualTo(200);
        Reply audit = callout.get("/api/v1/admin/audit-log?limit=100", admin);
        assertThat(audit.data()).anySatisfy(entry -> {
            assertThat(entry).containsEntry("action", "user.approved").containsEntry("target_id", id)
                    .containsEntry("note", "licence checked");
        });
        Reply again = callout.patch("/api/v1/admin/providers/" + id, admin, "{\"status\": \"active\"}");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.errorCode()).isEqualTo("INVALID_STATUS_CHANGE");
    }

    @Test
    void refreshTokensRotateAndAReusedOneRevokesTheWholeSession() {
        Account account = callout.customer();
        Reply first = login(account.email(), PASSWORD);
        String refresh1 = first.get("refresh_token");

        Reply rotated = callout.post("/api/v1/auth/token/refresh", null, "{\"refresh_token\": \"%s\"}".formatted(refresh1));
        assertThat(rotated.status()).isEqualTo(200);
        String refresh2 = rotated.get("refresh_token");
        String access2 = rotated.get("access_token");
        assertThat(refresh2).isNotEqualTo(refresh1);
        assertThat(callout.get("/api/v1/users/me", access2).status()).isEqualTo(200);

        Reply replay = callout.post("/api/v1/auth/token/refresh", null, "{\"refresh_token\": \"%s\"}".formatted(refresh1));
        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.errorCode()).isEqualTo("INVALID_REFRESH_TOKEN");

        assertThat(callout.post("/api/v1/auth/token/refresh", null, "{\"refresh_token\": \"%s\"}".formatted(refresh2)).status())
                .isEqualTo(401);
        assertThat(callout.get("/api/v1/users/me", access2).status()).isEqualTo(401);
        assertThat(callout.get("/api/v1/users/me", first.get("access_token")).status()).isEqualTo(401);
        assertThat(callout.get("/api/v1/users/me", account.token()).status()).as("another session").isEqualTo(200);
    }

    @Test
    void logoutEndsTheSessionAtOnce() {
        Account account = callout.customer();
        Reply session = login(account.email(), PASSWORD);
        String token = session.get("access_token");

        assertThat(callout.post("/api/v1/auth/logout", token, null).status()).isEqualTo(204);

        assertThat(callout.get("/api/v1/users/me", token).status()).isEqualTo(401);
        assertThat(callout.get("/api/v1/jobs", token).status()).isEqualTo(401);
        assertThat(callout.post("/api/v1/auth/token/refresh", null,
                "{\"refresh_token\": \"%s\"}".formatted(session.get("refresh_token"))).status()).isEqualTo(401);
        assertThat(callout.get("/api/v1/users/me", account.token()).status()).isEqualTo(200);
    }

    @Test
    void suspensionEndsEverySessionAtOnceAndReinstatementRestoresSignIn() {
        Account customer = callout.customer();
        String admin = callout.admin().token();

        Reply suspended = callout.patch("/api/v1/admin/users/" + customer.id(), admin,
                "{\"status\": \"suspended\", \"note\": \"repeated no-shows\"}");
        assertThat(suspended.status()).isEqualTo(200);
        assertThat(callout.get("/api/v1/users/me", customer.token()).status()).isEqualTo(401);
        Reply refused = login(customer.email(), PASSWORD);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.errorCode()).isEqualTo("ACCOUNT_SUSPENDED");

        assertThat(callout.patch("/api/v1/admin/users/" + customer.id(), admin, "{\"status\": \"active\"}").status()).isEqualTo(200);
        assertThat(login(customer.email(), PASSWORD).status()).isEqualTo(200);
        assertThat(callout.get("/api/v1/users/me", customer.token()).status()).as("ended sessions stay ended").isEqualTo(401);
    }

    @Test
    void onlyAdminsReachAdminRoutesAndNobodyReadsAnotherAccount() {
        Account ana = callout.customer();
        Account bea = callout.customer();
        String admin = callout.admin().token();

        Reply other = callout.get("/api/v1/users/" + bea.id(), ana.token());
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.text()).doesNotContain(bea.email());
        assertThat(callout.get("/api/v1/users/" + ana.id(), ana.token()).status()).isEqualTo(200);
        assertThat(callout.get("/api/v1/users", ana.token()).status()).isEqualTo(403);
        assertThat(callout.patch("/api/v1/admin/users/" + bea.id(), ana.token(), "{\"status\": \"suspended\"}").status())
                .isEqualTo(403);
        assertThat(callout.get("/api/v1/admin/audit-log", ana.token()).status()).isEqualTo(403);
        assertThat(callout.get("/api/v1/users/me", bea.token()).status()).isEqualTo(200);

        assertThat(callout.get("/api/v1/users/" + bea.id(), admin).get("email")).isEqualTo(bea.email());
        Reply customers = callout.get("/api/v1/users?role=customer&status=active&limit=100", admin);
        assertThat(customers.status()).isEqualTo(200);
        assertThat(customers.data()).allSatisfy(user -> assertThat(user).containsEntry("role", "customer"));
        assertThat(callout.patch("/api/v1/admin/users/" + callout.admin().id(), admin, "{\"status\": \"suspended\"}").errorCode())
                .isEqualTo("CANNOT_CHANGE_OWN_ACCOUNT");
    }

    @Test
    void aPasswordResetIsSingleUseEndsSessionsAndAnswersAlikeForUnknownAddresses() {
        Account account = callout.customer();
        Reply known = callout.post("/api/v1/auth/password/forgot", null, "{\"email\": \"%s\"}".formatted(account.email()));
        Reply unknown = callout.post("/api/v1/auth/password/forgot", null, "{\"email\": \"%s\"}".formatted(email()));
        assertThat(known.status()).isEqualTo(200);
        assertThat(unknown.json()).isEqualTo(known.json());

        String code = callout.lastCode(account.email());
        String body = "{\"email\": \"%s\", \"code\": \"%s\", \"password\": \"a new long password\"}".formatted(account.email(), code);
        assertThat(callout.post("/api/v1/auth/password/reset", null, body).status()).isEqualTo(200);
        Reply twice = callout.post("/api/v1/auth/password/reset", null, body);
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.errorCode()).isEqualTo("INVALID_RESET_CODE");

        assertThat(callout.get("/api/v1/users/me", account.token()).status()).isEqualTo(401);
        assertThat(login(account.email(), PASSWORD).status()).isEqualTo(401);
        assertThat(login(account.email(), "a new long password").status()).isEqualTo(200);
    }

    @Test
    void aNewEmailNeedsVerificationClashesAreRefusedAndServerFieldsAreIgnored() {
        Account account = callout.customer();
        Account other = callout.customer();
        Reply clash = callout.patch("/api/v1/users/me", account.token(), "{\"email\": \"%s\"}".formatted(other.email()));
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.errorCode()).isEqualTo("EMAIL_TAKEN");

        String newEmail = email();
        Reply updated = callout.patch("/api/v1/users/me", account.token(), """
                {"name": "New Name", "email": "%s", "role": "admin", "status": "active"}""".formatted(newEmail));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(user(updated)).containsEntry("name", "New Name").containsEntry("email", account.email())
                .containsEntry("role", "customer");
        assertThat(updated.json().get("verification_sent_to")).isEqualTo(List.of(newEmail));

        assertThat(callout.verify(newEmail).status()).isEqualTo(200);
        assertThat(callout.get("/api/v1/users/me", account.token()).get("email")).isEqualTo(newEmail);
        assertThat(login(newEmail, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aDeletedAccountStopsWorkingAtOnce() {
        Account account = callout.customer();

        Reply deleted = callout.send("DELETE", "/api/v1/users/me", account.token(), null);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(callout.get("/api/v1/users/me", account.token()).status()).isEqualTo(401);
        Reply login = login(account.email(), PASSWORD);
        assertThat(login.status()).isEqualTo(401);
        assertThat(login.errorCode()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(callout.get("/api/v1/users/" + account.id(), callout.admin().token()).get("status")).isEqualTo("deleted");
    }

    @Test
    void codeRequestsAnswerAlikeWhetherOrNotAnAccountWaits() {
        String waiting = email();
        callout.post("/api/v1/auth/register", null, """
                {"role": "customer", "name": "Waiting", "email": "%s", "password": "%s"}""".formatted(waiting, PASSWORD));

        Reply known = callout.post("/api/v1/auth/otp/send", null, "{\"identifier\": \"%s\"}".formatted(waiting));
        Reply unknown = callout.post("/api/v1/auth/otp/send", null, "{\"identifier\": \"%s\"}".formatted(email()));

        assertThat(known.status()).isEqualTo(200);
        assertThat(unknown.json()).isEqualTo(known.json());
        assertThat(known.json()).containsEntry("expires_in", 300);
    }
}
