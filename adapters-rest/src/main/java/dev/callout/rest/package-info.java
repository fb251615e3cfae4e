package dev.callout.rest;
