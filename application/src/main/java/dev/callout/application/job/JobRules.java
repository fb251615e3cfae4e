package dev.callout.application.job;

import dev.callout.domain.job.Posters;

/**
 * The deployment's rules of who posts and what a job names ({@code callout.jobs.*}).
 *
 * @param posters         who may post: customers only (the default), or providers too
 * @param defaultCategory the category of a job posted without one and of a provider who names none
 *                        (a gig marketplace whose gigs have no category); null: a category is required
 */
public record JobRules(Posters posters, String defaultCategory) {

    public static final JobRules DEFAULT = new JobRules(Posters.CUSTOMERS, null);

    public JobRules {
        java.util.Objects.requireNonNull(posters, "posters");
        defaultCategory = defaultCategory == null || defaultCategory.isBlank() ? null : defaultCategory;
    }

    /** The category a request names, else the default; null when neither is there. */
    public String categoryOf(String requested) {
        return requested != null ? requested : defaultCategory;
    }
}
