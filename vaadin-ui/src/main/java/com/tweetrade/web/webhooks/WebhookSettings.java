package com.tweetrade.web.webhooks;

import java.time.Instant;

/** A user's webhook as the settings page shows it: never with its secret. */
public record WebhookSettings(String url, Instant updatedAt) {}
