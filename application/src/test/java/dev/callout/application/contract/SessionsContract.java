package dev.callout.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.port.Sessions;
import dev.callout.application.port.Users;
import dev.callout.domain.user.RefreshToken;
import dev.callout.domain.user.Session;
import dev.callout.domain.user.User;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Sessions} store must do. */
public abstract class SessionsContract {

    protected abstract Sessions sessions();

    /** Sessions belong to stored users. */
    protected abstract Users users();

    private User user;

    @BeforeEach
    void aUser() {
        user = ContractFixtures.customer();
        users().add(user);
    }

    private Session started(Instant at) {
        Session session = new Session("ses_" + ContractFixtures.unique(), user.id(), at, null, null);
        sessions().start(session, token(session, at));
        return session;
    }

    private static RefreshToken token(Session session, Instant at) {
        return new RefreshToken("h" + ContractFixtures.unique(), session.id(), at, at.plusSeconds(3600), null);
    }

    @Test
    void a_session_and_its_first_token_read_back() {
        Instant at = ContractFixtures.at(0);
        Session session = new Session("ses_" + ContractFixtures.unique(), user.id(), at, null, null);
        RefreshToken first = token(session, at);

        sessions().start(session, first);

        assertThat(sessions().byId(session.id())).contains(session);
        assertThat(sessions().refreshToken(first.hash())).contains(first);
        assertThat(sessions().refreshToken("unknown")).isEmpty();
        assertThat(sessions().byId("ses_unknown")).isEmpty();
    }

    @Test
    void a_token_rotates_once() {
        Session session = new Session("ses_" + ContractFixtures.unique(), user.id(), ContractFixtures.at(0), null, null);
        RefreshToken first = token(session, ContractFixtures.at(0));
        sessions().start(session, first);
        RefreshToken second = token(session, ContractFixtures.at(10));
        RefreshToken third = token(session, ContractFixtures.at(11));

        assertThat(sessions().rotate(first.hash(), ContractFixtures.at(10), second)).isTrue();
        assertThat(sessions().rotate(first.hash(), ContractFixtures.at(11), third)).isFalse();

        assertThat(sessions().refreshToken(first.hash()).orElseThrow().usedAt()).isEqualTo(ContractFixtures.at(10));
        assertThat(sessions().refreshToken(second.hash())).contains(second);
        assertThat(sessions().refreshToken(third.hash())).isEmpty();
    }

    @Test
    void revoking_keeps_the_first_reason_and_revoking_all_ends_only_live_sessions_of_that_user() {
        Session one = started(ContractFixtures.at(0));
        Session two = started(ContractFixtures.at(1));
        User other = ContractFixtures.customer();
        users().add(other);
        Session theirs = new Session("ses_" + ContractFixtures.unique(), other.id(), ContractFixtures.at(0), null, null);
        sessions().start(theirs, token(theirs, ContractFixtures.at(0)));

        sessions().revoke(one.id(), ContractFixtures.at(5), "logged out");
        sessions().revoke(one.id(), ContractFixtures.at(6), "again");
        int revoked = sessions().revokeAll(user.id(), ContractFixtures.at(7), "suspended");

        assertThat(revoked).isEqualTo(1);
        Session first = sessions().byId(one.id()).orElseThrow();
        assertThat(first.revokedAt()).isEqualTo(ContractFixtures.at(5));
        assertThat(first.revokedReason()).isEqualTo("logged out");
        assertThat(sessions().byId(two.id()).orElseThrow().revokedReason()).isEqualTo("suspended");
        assertThat(sessions().byId(theirs.id()).orElseThrow().isRevoked()).isFalse();
    }
}
