package dev.callout.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.callout.application.account.LogInUseCase.LogInCommand;
import dev.callout.application.account.RefreshSessionUseCase.RefreshCommand;
import dev.callout.application.account.RegisterUserUseCase.RegisterCommand;
import dev.callout.application.account.SendCodeUseCase.SendCodeCommand;
import dev.callout.application.account.SignInWithGoogleUseCase.GoogleSignInCommand;
import dev.callout.application.account.UpdateProfileUseCase.UpdateProfileCommand;
import dev.callout.application.admin.ChangeAccountStatusUseCase.ChangeStatusCommand;
import dev.callout.application.admin.DeleteJobUseCase.DeleteJobCommand;
import dev.callout.application.chat.ChatUseCase.SendMessageCommand;
import dev.callout.application.dispute.DisputesUseCase.RaiseDisputeCommand;
import dev.callout.application.dispute.DisputesUseCase.ResolveDisputeCommand;
import dev.callout.application.favorite.FavoritesUseCase.AddFavoriteCommand;
import dev.callout.application.job.CancelJobUseCase.CancelJobCommand;
import dev.callout.application.job.JobRequest;
import dev.callout.application.job.ListJobsUseCase.ListJobsQuery;
import dev.callout.application.job.MoneyInput;
import dev.callout.application.payment.QuoteFeeUseCase.QuoteFeeCommand;
import dev.callout.application.payment.RefundPaymentUseCase.RefundPaymentCommand;
import dev.callout.application.presence.SetBaseLocationUseCase.SetBaseLocationCommand;
import dev.callout.application.review.WriteReviewUseCase.WriteReviewCommand;
import dev.callout.domain.dispute.DisputeId;
import dev.callout.domain.dispute.Resolution;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.Place;
import dev.callout.domain.payment.PaymentId;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.UserId;
import dev.callout.domain.user.VerificationCode.Purpose;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The text rules hold in the commands themselves, so every adapter (REST, sockets, an embedder's
 * own) gets them: each text a command takes is refused with its field named when it breaks its
 * rule or its length limit.
 */
class TextInputTest {

    private static final Actor CUSTOMER = Actor.customer(new UserId("usr_text"));
    private static final Actor PROVIDER = Actor.provider(new UserId("usr_helper"), Set.of("cleaning"));
    private static final Actor ADMIN = Actor.admin(new UserId("usr_admin"));
    private static final JobId JOB = new JobId("job_text");
    private static final Place PLACE = new Place(new GeoPoint(14.5547, 121.0244), "Ayala Ave");

    /** A command built with {@code value} in one text field, the field's name and whether it is one line. */
    record TextField(String field, boolean singleLine, int max, Function<String, Object> command) {
        @Override
        public String toString() {
            return field;
        }
    }

    static Stream<TextField> fields() {
        return Stream.of(
                new TextField("name", true, 120, name -> new RegisterCommand(Role.CUSTOMER, name, "maria@example.com", null,
                        "long enough pw", Set.of())),
                new TextField("categories", true, 64, category -> new RegisterCommand(Role.PROVIDER, "Pedro", "pedro@example.com",
                        null, "long enough pw", Set.of(category))),
                new TextField("name", true, 120, name -> new UpdateProfileCommand(CUSTOMER.id(), name, null, null)),
                new TextField("bio", false, 1000, bio -> new UpdateProfileCommand(CUSTOMER.id(), null, null, null,
                        new Change<>(bio), null, null)),
                new TextField("address_text", true, 500, address -> new UpdateProfileCommand(CUSTOMER.id(), null, null, null,
                        null, new Change<>(address), null)),
                new TextField("address", true, 500, address -> SetBaseLocationCommand.of(PROVIDER, PLACE.point().lat(),
                        PLACE.point().lng(), address)),
                new TextField("identifier", true, 254, identifier -> new LogInCommand(identifier, "pw")),
                new TextField("refresh_token", true, 256, RefreshCommand::new),
                new TextField("id_token", true, 8192, GoogleSignInCommand::new),
                new TextField("note", false, 1000, note -> new ChangeStatusCommand(ADMIN, CUSTOMER.id(), AccountStatus.SUSPENDED,
                        note, false)),
                new TextField("reason", false, 500, reason -> new DeleteJobCommand(ADMIN, JOB, reason)),
                new TextField("category", true, 64, category -> job(category, "desc", PLACE)),
                new TextField("description", false, 2000, description -> job("plumber", description, PLACE)),
                new TextField("title", true, 120, title -> new JobRequest("plumber", null, PLACE, null, Urgency.IMMEDIATE, null,
                        null, false, title, null, List.of())),
                new TextField("location.address", true, 500, address -> job("plumber", null,
                        new Place(PLACE.point(), address.length() > Place.MAX_ADDRESS_LENGTH ? null : address))),
                new TextField("category", true, 64, category -> new ListJobsQuery(CUSTOMER, null, category, new PageRequest(1, 20))),
                new TextField("reason", false, 500, reason -> new CancelJobCommand(CUSTOMER, JOB, reason)),
                new TextField("comment", false, 1000, comment -> new WriteReviewCommand(CUSTOMER, JOB, 5, comment)),
                new TextField("note", false, 500, note -> new AddFavoriteCommand(CUSTOMER, new UserId("usr_fav"), note)),
                new TextField("reason", false, 2000, reason -> new RaiseDisputeCommand(CUSTOMER, JOB, reason, List.of())),
                new TextField("evidence_file_ids", true, 64, id -> new RaiseDisputeCommand(CUSTOMER, JOB, "why", List.of(id))),
                new TextField("resolution", false, 2000, note -> new ResolveDisputeCommand(ADMIN, new DisputeId("dsp_x"),
                        Resolution.NO_ACTION, null, note)),
                new TextField("amount.currency", true, 3, currency -> new ResolveDisputeCommand(ADMIN, new DisputeId("dsp_x"),
                        Resolution.PARTIAL_REFUND, new MoneyInput(BigDecimal.ONE, currency), null)),
                new TextField("reason", false, 500, reason -> new RefundPaymentCommand(ADMIN, new PaymentId("pay_x"), null, reason)),
                new TextField("category", true, 64, category -> new QuoteFeeCommand(BigDecimal.TEN, null, category)),
                new TextField("content", false, 2000, content -> new SendMessageCommand(CUSTOMER, JOB, content, null)),
                new TextField("image_file_id", true, 64, id -> new SendMessageCommand(CUSTOMER, JOB, "hi", id)));
    }

    static Stream<Arguments> refusals() {
        return fields().flatMap(field -> Stream.concat(
                Stream.of("a\u0000b", "\u001b[31mred", "over\rwritten", "x\uD800"),
                field.singleLine() ? Stream.of("two\nlines", "a\tb", "\u202Egnp.exe", "a\u2066b") : Stream.empty())
                .map(value -> Arguments.of(field, value)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("refusals")
    void aTextBreakingItsRuleIsRefusedWithItsField(TextField field, String value) {
        InvalidCommandException refused = catchThrowableOfType(InvalidCommandException.class, () -> field.command().apply(value));
        assertThat(refused).as("%s accepted %s", field, Arrays.toString(value.chars().toArray())).isNotNull();
        assertThat(refused.fields()).containsKey(field.field());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void aTextOverItsLimitIsRefusedAndOneAtItIsKept(TextField field) {
        if (field.field().equals("location.address")) {
            assertThatThrownBy(() -> new Place(PLACE.point(), "x".repeat(field.max() + 1)))
                    .isInstanceOf(IllegalArgumentException.class);
        } else {
            assertThat(catchThrowableOfType(InvalidCommandException.class, () -> field.command().apply("x".repeat(field.max() + 1)))
                    .fields()).containsKey(field.field());
        }
        field.command().apply("x".repeat(Math.min(field.max(), 3)));
    }

    @Test
    void freeTextKeepsLineBreaksAndTabs() {
        assertThat(new CancelJobCommand(CUSTOMER, JOB, "first line\n\tsecond").reason()).isEqualTo("first line\n\tsecond");
    }

    @Test
    void aListOfCategoriesIsBoundedAndHoldsNoNull() {
        Set<String> many = new java.util.HashSet<>();
        for (int i = 0; i <= 20; i++) {
            many.add("c" + i);
        }
        assertThat(catchThrowableOfType(InvalidCommandException.class, () -> new RegisterCommand(Role.PROVIDER, "Pedro",
                "pedro@example.com", null, "long enough pw", many)).fields()).containsEntry("categories", "at most 20 values");
        Set<String> withNull = new java.util.HashSet<>(Arrays.asList("plumber", null));
        assertThat(catchThrowableOfType(InvalidCommandException.class, () -> new RegisterCommand(Role.PROVIDER, "Pedro",
                "pedro@example.com", null, "long enough pw", withNull)).fields()).containsEntry("categories", "must not contain null");
        assertThat(catchThrowableOfType(InvalidCommandException.class, () -> new RaiseDisputeCommand(CUSTOMER, JOB, "why",
                Arrays.asList("fil_a", null))).fields()).containsKey("evidence_file_ids");
    }

    @Test
    void anAddressOrIdentifierWithControlCharactersIsNoAddress() {
        assertThat(catchThrowableOfType(InvalidCommandException.class, () -> SendCodeCommand.of("maria\u0000@example.com",
                Purpose.VERIFY)).fields()).containsKey("identifier");
    }

    private static JobRequest job(String category, String description, Place location) {
        return new JobRequest(category, description, location, null, Urgency.IMMEDIATE, null, null);
    }
}
