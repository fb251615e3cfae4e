package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Chayenity's and BlueWork's people: a bio, an address and a picture on the account.
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
}
