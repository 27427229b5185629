package com.tweetrade.tweets.live;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import twitter4j.conf.ConfigurationBuilder;

/**
 * OAuth 1.0a credentials for the streaming API, from a twitter4j.properties file or the
 * environment.
 *
 * <p>{@link #toString()} never shows a secret; nothing in the ingestor logs the values.
 */
public final class TwitterCredentials {
  static final String[] ENV = {
    "TWITTER_CONSUMER_KEY",
    "TWITTER_CONSUMER_SECRET",
    "TWITTER_ACCESS_TOKEN",
    "TWITTER_ACCESS_TOKEN_SECRET"
  };
  static final String[] PROPERTIES = {
    "oauth.consumerKey", "oauth.consumerSecret", "oauth.accessToken", "oauth.accessTokenSecret"
  };

  private final String[] values;
  private final String origin;
  private final String streamBaseUrl;

  private TwitterCredentials(String[] values, String origin, String streamBaseUrl) {
    this.values = values;
    this.origin = origin;
    this.streamBaseUrl = streamBaseUrl;
  }

  /** From the file when given, else from the environment; fails naming what is missing. */
  public static TwitterCredentials load(Path propertiesFile, Map<String, String> env)
      throws IOException {
    if (propertiesFile != null) {
      Properties p = new Properties();
      try (InputStream in = Files.newInputStream(propertiesFile)) {
        p.load(in);
      }
      String[] v = new String[4];
      for (int i = 0; i < 4; i++) v[i] = p.getProperty(PROPERTIES[i]);
      return checked(v, PROPERTIES, propertiesFile.toString(), p.getProperty("streamBaseURL"));
    }
    String[] v = new String[4];
    for (int i = 0; i < 4; i++) v[i] = env.get(ENV[i]);
    return checked(v, ENV, "the environment", null);
  }

  private static TwitterCredentials checked(
      String[] v, String[] names, String origin, String base) {
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < 4; i++) if (v[i] == null || v[i].isBlank()) missing.add(names[i]);
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "Twitter credentials missing from "
              + origin
              + ": "
              + String.join(", ", missing)
              + " (set the TWITTER_* environment variables or pass --twitter-config"
              + " twitter4j.properties)");
    }
    return new TwitterCredentials(v.clone(), origin, base);
  }

  /** The stream base URL the file names ({@code streamBaseURL}), or {@code null}. */
  public String streamBaseUrl() {
    return streamBaseUrl;
  }

  /** Puts the credentials into a twitter4j configuration. */
  public ConfigurationBuilder applyTo(ConfigurationBuilder b) {
    return b.setOAuthConsumerKey(values[0])
        .setOAuthConsumerSecret(values[1])
        .setOAuthAccessToken(values[2])
        .setOAuthAccessTokenSecret(values[3]);
  }

  @Override
  public String toString() {
    return "TwitterCredentials[from " + origin + ", values hidden]";
  }
}
