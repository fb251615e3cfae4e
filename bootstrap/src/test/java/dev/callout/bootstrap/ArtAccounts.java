package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import java.time.LocalDate;
import java.util.UUID;

/** ART's accounts as its own routes make them (/v1/auth/...), on one running application. */
final class ArtAccounts {

    static final String PASSWORD = "correct horse battery";

    private final RunningCallout callout;

    ArtAccounts(RunningCallout callout) {
        this.callout = callout;
    }

    private Account signUp(String route, String name, String extra) {
        String email = "art-" + UUID.randomUUID() + "@test.callout.dev";
        Reply registered = callout.post("/v1/auth/" + route, null, """
                {"name": "%s", "email": "%s", "password": "%s"%s}""".formatted(name, email, PASSWORD, extra));
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        assertThat(callout.verify(email).status()).isEqualTo(200);
        return new Account(registered.get("id"), email, null);
    }

    /** A customer, registered, verified and signed in. */
    Account customer() {
        return logIn(signUp("register", "Priya Shah", ""));
    }

    /** A towing operator, registered, approved, signed in and online. */
    Account operator() {
        Account operator = signUp("register/operator", "Dave Morgan", """
                , "categories": ["towing"], "vehicle_type": "flatbed truck", "licence_category": "c",
                "licence_number": "MORGA753116SM9IJ", "licence_expiry": "%s", "vehicle_registration": "LT68 ABC\"""".formatted(
                LocalDate.now().plusYears(2)));
        assertThat(callout.approve(operator.id()).status()).isEqualTo(200);
        Account signedIn = logIn(operator);
        Reply online = callout.post("/v1/operators/" + signedIn.id() + "/availability", signedIn.token(), "{\"status\": \"online\"}");
        assertThat(online.status()).as(online.text()).isEqualTo(200);
        return signedIn;
    }

    private Account logIn(Account account) {
        Reply login = callout.post("/v1/auth/login", null, """
                {"identifier": "%s", "password": "%s"}""".formatted(account.email(), PASSWORD));
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        assertThat(login.get("token")).isNotBlank().isEqualTo(login.get("access_token"));
        return new Account(account.id(), account.email(), login.get("token"));
    }
}
