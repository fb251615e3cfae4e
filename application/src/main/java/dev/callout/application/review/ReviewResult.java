package dev.callout.application.review;

import dev.callout.domain.review.Review;
import dev.callout.domain.review.ReviewPolicy;

/** What a review command came to. */
public sealed interface ReviewResult {

    record Ok(Review review) implements ReviewResult {
    }

    /** No such job or review, or not one the caller may see. */
    record NotFound() implements ReviewResult {
    }

    record Refused(ReviewPolicy.Refusal reason) implements ReviewResult {
    }

    /** Both parties have reviewed, so both reviews are public: changing one now would be retaliation. */
    record Revealed() implements ReviewResult {
    }
}
