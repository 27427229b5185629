package com.tweetrade.web.account;

import com.tweetrade.model.Topics;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where account settings go, bound from {@code tweetrade.accounts.*}.
 *
 * @param topic the topic the job reads account settings from; the default is {@link
 *     Topics#ACCOUNTS}, tests use a unique one
 */
@ConfigurationProperties(prefix = "tweetrade.accounts")
public record AccountProperties(@DefaultValue(Topics.ACCOUNTS) String topic) {}
