package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Chayenity's and BlueWork's people: a bio, an address and a picture on the account, and a
 * provider's public profile with their standing and none of their contact details.
 */
class ProfilesEndToEndTest {

    private final TrustWorld world = new TrustWorld();
    private final RunningCallout callout = world.callout;

    private String uploadPicture(Account owner) {
        Reply uploaded = world.uploadImage(owner.token(), "profile", null, TrustWorld.png());
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        return uploaded.get("id");
    }

    @Test
    void aBioAnAddressAndAPictureAreSetShownKeptAndCleared() {
        Account ana = callout.customer();
        String picture = uploadPicture(ana);

        Reply set = callout.patch("/api/v1/users/me", ana.token(), """
                {"bio": "  Dog walker, weekends.\\nAsk about cats.  ", "address_text": "12 Soi Ari, Bangkok",
                 "profile_image_file_id": "%s"}""".formatted(picture));
        assertThat(set.status()).as(set.text()).isEqualTo(200);
        Map<String, Object> me = callout.get("/api/v1/users/me", ana.token()).json();
        assertThat(me).containsEntry("bio", "Dog walker, weekends.\nAsk about cats.")
                .containsEntry("address_text", "12 Soi Ari, Bangkok")
                .containsEntry("profile_image_file_id", picture)
                .containsEntry("profile_image_url", "/api/v1/files/" + picture);
        assertThat(callout.get("/api/v1/users/" + ana.id(), callout.admin().token()).json())
                .as("an admin sees them too").containsEntry("bio", "Dog walker, weekends.\nAsk about cats.")
                .containsEntry("profile_image_file_id", picture);

        callout.patch("/api/v1/users/me", ana.token(), "{\"name\": \"Ana Cruz\"}");
        assertThat(callout.get("/api/v1/users/me", ana.token()).json()).as("fields left out stay")
                .containsEntry("name", "Ana Cruz").containsEntry("address_text", "12 Soi Ari, Bangkok")
                .containsEntry("profile_image_file_id", picture);

        Reply inUse = callout.send("DELETE", "/api/v1/files/" + picture, ana.token(), null);
        assertThat(inUse.status()).isEqualTo(409);
        assertThat(inUse.errorCode()).isEqualTo("FILE_IN_USE");

        Reply cleared = callout.patch("/api/v1/users/me", ana.token(),
                "{\"bio\": null, \"address_text\": \"\", \"profile_image_file_id\": null}");
        assertThat(cleared.status()).as(cleared.text()).isEqualTo(200);
        assertThat(callout.get("/api/v1/users/me", ana.token()).json())
                .containsEntry("bio", null).containsEntry("address_text", null).containsEntry("profile_image_file_id", null)
                .containsEntry("profile_image_url", null);
        assertThat(callout.send("DELETE", "/api/v1/files/" + picture, ana.token(), null).status()).isEqualTo(204);
    }

    @Test
    void aPictureMustBeAProfileUploadOfYourOwnAndTextsHaveLimits() {
        Account ana = callout.customer();
        Account provider = callout.provider("plumber");
        String someoneElses = uploadPicture(callout.customer());
        String jobId = world.job(ana, provider, "accepted");
        Reply photo = world.uploadImage(ana.token(), "job", jobId, TrustWorld.png());
        assertThat(photo.status()).as(photo.text()).isEqualTo(201);

        Reply notMine = callout.patch("/api/v1/users/me", ana.token(),
                "{\"bio\": \"hi\", \"profile_image_file_id\": \"%s\"}".formatted(someoneElses));
        assertThat(notMine.status()).isEqualTo(422);
        assertThat(notMine.errorCode()).isEqualTo("PROFILE_IMAGE_NOT_FOUND");
        assertThat(notMine.errorFields()).containsKey("profile_image_file_id");
        Reply jobPhoto = callout.patch("/api/v1/users/me", ana.token(),
                "{\"profile_image_file_id\": \"%s\"}".formatted(photo.get("id")));
        assertThat(jobPhoto.status()).isEqualTo(422);
        assertThat(jobPhoto.errorCode()).isEqualTo("NOT_A_PROFILE_IMAGE");
        Reply tooLong = callout.patch("/api/v1/users/me", ana.token(), """
                {"bio": "%s", "address_text": "%s", "profile_image_file_id": "not a file"}"""
                .formatted("x".repeat(1001), "y".repeat(501)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.errorFields()).containsOnlyKeys("bio", "address_text", "profile_image_file_id");

        assertThat(callout.get("/api/v1/users/me", ana.token()).json()).as("nothing changed")
                .containsEntry("bio", null).containsEntry("profile_image_file_id", null);
    }

    @Test
    void aProvidersPublicProfileShowsTheirStandingAndNoContactDetails() {
        Account provider = callout.provider("plumber");
        Account customer = callout.customer();
        String picture = uploadPicture(provider);
        callout.patch("/api/v1/users/me", provider.token(), """
                {"bio": "Licensed plumber, 12 years", "address_text": "Home, 4 Rizal St",
                 "profile_image_file_id": "%s"}""".formatted(picture));
        String reviewed = world.job(customer, provider, "completed");
        world.job(customer, provider, "completed");
        world.job(customer, provider, "accepted");
        assertThat(callout.post("/api/v1/reviews", customer.token(), "{\"job_id\": \"%s\", \"rating\": 4}".formatted(reviewed))
                .status()).isEqualTo(201);
        assertThat(callout.post("/api/v1/reviews", provider.token(), "{\"job_id\": \"%s\", \"rating\": 5}".formatted(reviewed))
                .status()).isEqualTo(201);
        Account stranger = callout.customer();

        // busy once the relay has told the presence of the accepted job
        Reply profile = TrustWorld.eventually(() -> callout.get("/api/v1/providers/" + provider.id(), stranger.token()),
                reply -> "busy".equals(reply.get("availability_status")));

        assertThat(profile.status()).as(profile.text()).isEqualTo(200);
        Reply reviews = callout.get("/api/v1/users/" + provider.id() + "/reviews", stranger.token());
        assertThat(profile.json()).containsEntry("id", provider.id()).containsEntry("name", "Test provider")
                .containsEntry("skills", java.util.List.of("plumber"))
                .containsEntry("rating", reviews.json().get("average_rating"))
                .containsEntry("review_count", reviews.json().get("total_count"))
                .containsEntry("review_count", 1)
                .containsEntry("completed_jobs", 2)
                .containsEntry("availability_status", "busy")
                .containsEntry("bio", "Licensed plumber, 12 years")
                .containsEntry("profile_image_file_id", picture)
                .containsEntry("profile_image_url", "/api/v1/files/" + picture)
                .containsKey("member_since");
        assertThat(profile.json()).as("contact details, position and private data stay out").doesNotContainKeys("email",
                "phone", "provider_details", "licence_number", "vehicle_registration", "payout_account", "stripe_account_id",
                "address_text", "lat", "lng", "base_location", "status", "role");
        assertThat(profile.text()).doesNotContain(provider.email(), "N01-23-456789", "Rizal St");
        HttpResponse<byte[]> served = world.bytes(profile.get("profile_image_url"), stranger.token());
        assertThat(served.statusCode()).as("any signed-in user sees the picture").isEqualTo(200);
        assertThat(callout.get("/api/v1/providers/" + provider.id(), provider.token()).status()).as("their own")
                .isEqualTo(200);
        assertThat(callout.get("/api/v1/providers/" + provider.id(), null).status()).as("signed out").isEqualTo(401);
    }

    @Test
    void onlyActiveProvidersHaveAPublicProfile() {
        Account asking = callout.customer();
        Account suspended = callout.provider("plumber");
        callout.patch("/api/v1/admin/providers/" + suspended.id(), callout.admin().token(),
                "{\"status\": \"suspended\", \"note\": \"test\"}");
        Account deleted = callout.provider("plumber");
        assertThat(callout.send("DELETE", "/api/v1/users/me", deleted.token(), null).status()).isEqualTo(200);
        String email = "pending-" + UUID.randomUUID() + "@test.callout.dev";
        String pending = callout.post("/api/v1/auth/register", null, """
                {"role": "provider", "name": "Pending", "email": "%s", "password": "correct horse battery",
                 "categories": ["plumber"]}""".formatted(email)).get("id");
        callout.verify(email);

        for (String id : new String[] {asking.id(), callout.customer().id(), suspended.id(), deleted.id(), pending,
                callout.admin().id(), "usr_" + "0".repeat(26), "not-an-id"}) {
            Reply refused = callout.get("/api/v1/providers/" + id, asking.token());
            assertThat(refused.status()).as(id).isEqualTo(404);
            assertThat(refused.errorCode()).isEqualTo("PROVIDER_NOT_FOUND");
        }
    }
}
