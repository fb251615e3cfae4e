package dev.callout.rest.profile.depannini;

import dev.callout.application.account.GetUserUseCase;
import dev.callout.application.presence.ProvidersOnMapUseCase;
import dev.callout.application.presence.ProvidersOnMapUseCase.ProviderOnMap;
import dev.callout.domain.dispatch.Availability;
import dev.callout.domain.dispatch.ProviderPresence;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.Place;
import dev.callout.domain.user.ProviderDetails;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import dev.callout.rest.file.FileBody;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Users and assistance requests in Depannini's words: integer ids, {@code client}/{@code assistant},
 * its status names and field names (camelCase where its document writes them so).
 */
@Singleton
@Requires(property = "callout.profile", value = "depannini")
class DepanniniViews {

    private final DepanniniIds ids;
    private final GetUserUseCase users;
    private final ProvidersOnMapUseCase providers;

    DepanniniViews(DepanniniIds ids, GetUserUseCase users, ProvidersOnMapUseCase providers) {
        this.ids = ids;
        this.users = users;
        this.providers = providers;
    }

    static String userType(User user) {
        return user.role() == Role.PROVIDER ? "assistant" : "client";
    }

    /** The statuses Depannini knows: work under way is ongoing, and a request nobody took ended canceled. */
    static String status(JobStatus status) {
        return switch (status) {
            case REQUESTED -> "requested";
            case ACCEPTED, EN_ROUTE -> "accepted";
            case IN_PROGRESS -> "ongoing";
            case COMPLETED, DISPUTED -> "completed";
            case CANCELLED, NO_PROVIDER_FOUND -> "canceled";
        };
    }

    /** The User model of the document; an assistant's position is their live one, else the base they registered. */
    Map<String, Object> user(User user) {
        Optional<ProviderPresence> presence = user.role() == Role.PROVIDER
                ? providers.provider(user.id()).map(ProviderOnMap::presence) : Optional.empty();
        GeoPoint position = presence.map(DepanniniViews::position).orElse(null);
        ProviderDetails details = user.providerDetails();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", ids.of(user.id()));
        body.put("email", user.email());
        body.put("name", user.name());
        body.put("phone_number", user.phone());
        body.put("profile_photo", FileBody.url(user.profile().imageFileId()));
        body.put("address", user.profile().addressText());
        body.put("current_lat", position == null ? null : position.lat());
        body.put("current_lng", position == null ? null : position.lng());
        body.put("user_type", userType(user));
        body.put("service_type", user.categories().stream().sorted().findFirst().orElse(null));
        body.put("vehicle_type", details == null ? null : details.vehicleType());
        body.put("is_active_assistant", presence.map(found -> found.availability() != Availability.OFFLINE).orElse(false));
        body.put("driving_license_cat", details == null ? null : details.licenceCategory());
        body.put("driving_license_num", details == null ? null : details.licenceNumber());
        body.put("driving_license_expiry", details == null ? null : DepanniniDates.format(details.licenceExpiry()));
        body.put("vehicle_registration_num", details == null ? null : registration(details.vehicleRegistration()));
        return body;
    }

    Map<String, Object> assistance(Job job) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", ids.of(job.id()));
        body.put("status", status(job.status()));
        body.put("client", party(job.customerId()));
        body.put("assistant", job.providerId() == null ? null : party(job.providerId()));
        body.put("pickupLocation", point(job.details().location()));
        body.put("dropoffLocation", point(job.details().dropoff()));
        body.put("distance_km", job.price().distanceKm());
        body.put("total_price", job.price().total().amount());
        body.put("createdAt", job.createdAt().toString());
        body.put("updatedAt", job.updatedAt().toString());
        return body;
    }

    /** {@code {id, name}} of a user, as the socket events name the parties. */
    Map<String, Object> named(UserId id) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", ids.of(id));
        body.put("name", users.byId(id).map(User::name).orElse(null));
        return body;
    }

    private Map<String, Object> party(UserId id) {
        Map<String, Object> body = named(id);
        body.put("phone_number", users.byId(id).map(User::phone).orElse(null));
        return body;
    }

    static Map<String, Object> point(Place place) {
        if (place == null) {
            return null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("lat", place.point().lat());
        body.put("lng", place.point().lng());
        return body;
    }

    private static GeoPoint position(ProviderPresence presence) {
        return presence.position() != null ? presence.position() : presence.base() == null ? null : presence.base().point();
    }

    /** Registered as an integer, so it reads back as one (a registration entered another way stays text). */
    private static Object registration(String registration) {
        return registration.matches("[0-9]{1,18}") ? Long.valueOf(registration) : registration;
    }
}
