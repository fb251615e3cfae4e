package dev.callout.domain.job;

/** Why the model refused a command. Expected outcomes, not exceptions. */
public enum Rejection {
    /** The actor is not a party to the job and may not know it exists. */
    NOT_A_PARTY("job not found"),
    /** The actor's role may never make this transition. */
    ROLE_NOT_ALLOWED("your role may not make this change"),
    /** The transition does not exist from the job's current state. */
    INVALID_TRANSITION("this status change is not allowed from the job's current status"),
    /** Another provider accepted first. */
    ALREADY_TAKEN("another provider has already accepted this job"),
    /** The customer's cancellation window has closed. */
    CANCELLATION_WINDOW_EXPIRED("the cancellation window has expired"),
    /** The provider does not serve the job's category. */
    CATEGORY_NOT_SERVED("you do not serve this job's category"),
    /** The provider withdrew from this job before and cannot take it again. */
    PROVIDER_EXCLUDED("you withdrew from this job and cannot accept it again"),
    /** A scheduled job's time is missing or not in the future. */
    SCHEDULED_TIME_INVALID("a scheduled job's time must be in the future");

    private final String message;

    Rejection(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
