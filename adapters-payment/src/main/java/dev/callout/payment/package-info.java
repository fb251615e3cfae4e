/**
 * Payment gateways: {@link dev.callout.payment.StripePaymentGateway} (stripe-java, idempotency
 * keys on every write, Stripe's errors translated into outcomes), the
 * {@link dev.callout.payment.OfflinePaymentGateway} used when no Stripe key is configured, and
 * {@link dev.callout.payment.StripeWebhooks}, which verifies Stripe's signatures on the raw body.
 */
package dev.callout.payment;
