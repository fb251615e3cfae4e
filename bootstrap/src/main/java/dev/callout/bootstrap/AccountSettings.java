package dev.callout.bootstrap;

import dev.callout.application.account.AccountPolicy;
import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * Account and sign-in rules ({@code callout.accounts.*}, e.g. CALLOUT_ACCOUNTS_PROVIDERS_NEED_APPROVAL=false).
 * Defaults: providers wait for an admin's approval; codes live 5 minutes (reset codes 15) and take 5
 * wrong guesses; one code per address every 30 seconds and 5 an hour; refresh tokens live 30 days;
 * after 3 failed sign-ins each next try waits 1, 2, 4… seconds, 5 lock an identifier and 50 an
 * address for 15 minutes; deleted accounts keep their personal data 30 days; a new account signs in
 * only once a code proved its email or phone ({@code sign-in-needs-verification}), the email when there is
 * one ({@code sign-up-code-to-phone} true: the phone when there is one); each refresh
 * rotates the refresh token ({@code refresh-token-rotation} false: one per session, bound to its
 * access tokens).
 */
@ConfigurationProperties("callout.accounts")
public class AccountSettings {

    private static final AccountPolicy DEFAULT = AccountPolicy.DEFAULT;

    private boolean providersNeedApproval = DEFAULT.providersNeedApproval();
    private Duration codeTtl = DEFAULT.codeTtl();
    private Duration resetCodeTtl = DEFAULT.resetCodeTtl();
    private int maxCodeAttempts = DEFAULT.maxCodeAttempts();
    private Duration codeResendInterval = DEFAULT.codeResendInterval();
    private int maxCodesPerHour = DEFAULT.maxCodesPerHour();
    private Duration refreshTokenTtl = DEFAULT.refreshTokenTtl();
    private int failuresBeforeSlowdown = DEFAULT.failuresBeforeSlowdown();
    private int identifierLockAfter = DEFAULT.identifierLockAfter();
    private int addressLockAfter = DEFAULT.addressLockAfter();
    private Duration failureWindow = DEFAULT.failureWindow();
    private Duration lockDuration = DEFAULT.lockDuration();
    private Duration deletionGracePeriod = DEFAULT.deletionGracePeriod();
    private Duration purgeInterval = Duration.ofHours(1);
    private Duration purgeInitialDelay = Duration.ofMinutes(1);
    private boolean signInNeedsVerification = DEFAULT.signInNeedsVerification();
    private boolean signUpCodeToPhone = DEFAULT.signUpCodeToPhone();
    private boolean refreshTokenRotation = true;

    AccountPolicy policy() {
        return new AccountPolicy(providersNeedApproval, codeTtl, resetCodeTtl, maxCodeAttempts, codeResendInterval,
                maxCodesPerHour, refreshTokenTtl, failuresBeforeSlowdown, identifierLockAfter, addressLockAfter,
                failureWindow, lockDuration, deletionGracePeriod, signInNeedsVerification, signUpCodeToPhone);
    }

    public boolean isSignUpCodeToPhone() {
        return signUpCodeToPhone;
    }

    public void setSignUpCodeToPhone(boolean signUpCodeToPhone) {
        this.signUpCodeToPhone = signUpCodeToPhone;
    }

    public boolean isProvidersNeedApproval() {
        return providersNeedApproval;
    }

    public void setProvidersNeedApproval(boolean providersNeedApproval) {
        this.providersNeedApproval = providersNeedApproval;
    }

    public Duration getCodeTtl() {
        return codeTtl;
    }

    public void setCodeTtl(Duration codeTtl) {
        this.codeTtl = codeTtl;
    }

    public Duration getResetCodeTtl() {
        return resetCodeTtl;
    }

    public void setResetCodeTtl(Duration resetCodeTtl) {
        this.resetCodeTtl = resetCodeTtl;
    }

    public int getMaxCodeAttempts() {
        return maxCodeAttempts;
    }

    public void setMaxCodeAttempts(int maxCodeAttempts) {
        this.maxCodeAttempts = maxCodeAttempts;
    }

    public Duration getCodeResendInterval() {
        return codeResendInterval;
    }

    public void setCodeResendInterval(Duration codeResendInterval) {
        this.codeResendInterval = codeResendInterval;
    }

    public int getMaxCodesPerHour() {
        return maxCodesPerHour;
    }

    public void setMaxCodesPerHour(int maxCodesPerHour) {
        this.maxCodesPerHour = maxCodesPerHour;
    }

    public Duration getRefreshTokenTtl() {
        return refreshTokenTtl;
    }

    public void setRefreshTokenTtl(Duration refreshTokenTtl) {
        this.refreshTokenTtl = refreshTokenTtl;
    }

    public int getFailuresBeforeSlowdown() {
        return failuresBeforeSlowdown;
    }

    public void setFailuresBeforeSlowdown(int failuresBeforeSlowdown) {
        this.failuresBeforeSlowdown = failuresBeforeSlowdown;
    }

    public int getIdentifierLockAfter() {
        return identifierLockAfter;
    }

    public void setIdentifierLockAfter(int identifierLockAfter) {
        this.identifierLockAfter = identifierLockAfter;
    }

    public int getAddressLockAfter() {
        return addressLockAfter;
    }

    public void setAddressLockAfter(int addressLockAfter) {
        this.addressLockAfter = addressLockAfter;
    }

    public Duration getFailureWindow() {
        return failureWindow;
    }

    public void setFailureWindow(Duration failureWindow) {
        this.failureWindow = failureWindow;
    }

    public Duration getLockDuration() {
        return lockDuration;
    }

    public void setLockDuration(Duration lockDuration) {
        this.lockDuration = lockDuration;
    }

    public Duration getDeletionGracePeriod() {
        return deletionGracePeriod;
    }

    public void setDeletionGracePeriod(Duration deletionGracePeriod) {
        this.deletionGracePeriod = deletionGracePeriod;
    }

    /** How often deleted accounts past their grace period are purged. */
    public Duration getPurgeInterval() {
        return purgeInterval;
    }

    public void setPurgeInterval(Duration purgeInterval) {
        this.purgeInterval = purgeInterval;
    }

    /** How long after start they are purged first. */
    public Duration getPurgeInitialDelay() {
        return purgeInitialDelay;
    }

    public void setPurgeInitialDelay(Duration purgeInitialDelay) {
        this.purgeInitialDelay = purgeInitialDelay;
    }

    public boolean isSignInNeedsVerification() {
        return signInNeedsVerification;
    }

    public void setSignInNeedsVerification(boolean signInNeedsVerification) {
        this.signInNeedsVerification = signInNeedsVerification;
    }

    public boolean isRefreshTokenRotation() {
        return refreshTokenRotation;
    }

    public void setRefreshTokenRotation(boolean refreshTokenRotation) {
        this.refreshTokenRotation = refreshTokenRotation;
    }
}
