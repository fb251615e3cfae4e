package dev.callout.persistence;
