/**
 * Adapters that stand in for an outside service when none is configured: they ship in the jar and
 * run in development and demos (a push sender that only records, a payment gateway that simulates
 * Stripe without a network). The test doubles and embedders' stores are in {@code inmemory}.
 */
package dev.callout.application.development;
