package dev.callout.application.inmemory;

import dev.callout.application.port.VerificationCodes;
import dev.callout.domain.user.VerificationCode;
import dev.callout.domain.user.VerificationCode.Purpose;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Codes in a list, newest last. */
public final class InMemoryVerificationCodes implements VerificationCodes {

    private final List<VerificationCode> codes = new ArrayList<>();

    @Override
    public synchronized void issue(VerificationCode code) {
        codes.removeIf(old -> old.destination().equals(code.destination()) && old.purpose() == code.purpose()
                && old.consumedAt() == null);
        codes.add(code);
    }

    @Override
    public synchronized Optional<VerificationCode> latest(String destination, Purpose purpose) {
        for (int i = codes.size() - 1; i >= 0; i--) {
            VerificationCode code = codes.get(i);
            if (code.destination().equals(destination) && code.purpose() == purpose && code.consumedAt() == null) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    @Override
    public synchronized boolean recordGuess(VerificationCode code) {
        for (int i = 0; i < codes.size(); i++) {
            VerificationCode stored = codes.get(i);
            if (stored.id().equals(code.id())) {
                if (stored.consumedAt() != null || stored.attempts() != code.attempts() - 1) {
                    return false;
                }
                codes.set(i, code);
                return true;
            }
        }
        return false;
    }
}
