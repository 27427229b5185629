package com.tweetrade.web.webhooks;

import com.tweetrade.model.settings.SharedSetting;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the web UI judges webhook URLs, bound from {@code tweetrade.webhooks.*}.
 *
 * @param allowPrivate let URLs reach loopback, link-local and private addresses: the shared setting
 *     {@link SharedSetting#ALLOW_PRIVATE_WEBHOOKS} (env {@code TWEETRADE_ALLOW_PRIVATE_WEBHOOKS},
 *     {@code webhooks.allow-private} in {@code conf/tweetrade.properties}), as the notifier does
 */
@ConfigurationProperties(prefix = "tweetrade.webhooks")
public record WebhookProperties(@DefaultValue("false") boolean allowPrivate) {}
