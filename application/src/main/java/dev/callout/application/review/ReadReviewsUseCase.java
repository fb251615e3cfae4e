package dev.callout.application.review;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.domain.review.RatingSummary;
import dev.callout.domain.review.Review;
import dev.callout.domain.review.ReviewId;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.UserId;
import java.util.Optional;

/** Reviews as others may see them: revealed ones only, except to their author. */
public interface ReadReviewsUseCase {

    /** A user's profile: the revealed reviews about them and their summary. */
    Profile about(UserId subject, PageRequest page);

    Page<Review> mine(Actor actor, PageRequest page);

    /** One review: its author always; anyone once it is revealed. */
    Optional<Review> byId(Actor actor, ReviewId id);

    record Profile(Page<Review> reviews, RatingSummary summary) {
    }
}
