package dev.callout.application.account;

import dev.callout.domain.user.UserId;

/**
 * The owner deletes their account: it stops working at once (every session ends), stays in place
 * for the jobs and payments that name it, and loses its personal data after the grace period.
 */
public interface DeleteAccountUseCase {

    /** False when there was no active account to delete. */
    boolean delete(UserId userId);

    /** Removes the personal data of accounts deleted longer ago than the grace period; returns how many. */
    int purgeExpired();
}
