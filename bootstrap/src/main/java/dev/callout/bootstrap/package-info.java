package dev.callout.bootstrap;
