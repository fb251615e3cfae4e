package dev.callout.application.port;

import dev.callout.domain.user.Channel;
import dev.callout.domain.user.VerificationCode.Purpose;

/** Delivers a code to a person by email or SMS. */
public interface CodeSender {

    void send(Channel channel, String destination, Purpose purpose, String code);
}
