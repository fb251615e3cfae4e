package dev.callout.payment;
