package com.tweetrade.tweets.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import twitter4j.conf.Configuration;
import twitter4j.conf.ConfigurationBuilder;

class TwitterCredentialsTest {
  @TempDir Path dir;

  @Test
  void shouldNameMissingVariablesButNeverShowValues() {
    Map<String, String> env =
        Map.of("TWITTER_CONSUMER_KEY", "ck-value", "TWITTER_CONSUMER_SECRET", "cs-value");
    assertThatThrownBy(() -> TwitterCredentials.load(null, env))
        .hasMessageContaining("TWITTER_ACCESS_TOKEN, TWITTER_ACCESS_TOKEN_SECRET")
        .hasMessageNotContaining("cs-value");
  }

  @Test
  void shouldReadTheEnvironment() throws Exception {
    TwitterCredentials c =
        TwitterCredentials.load(
            null,
            Map.of(
                "TWITTER_CONSUMER_KEY",
                "ck",
                "TWITTER_CONSUMER_SECRET",
                "cs",
                "TWITTER_ACCESS_TOKEN",
                "at",
                "TWITTER_ACCESS_TOKEN_SECRET",
                "ats"));
    Configuration conf = c.applyTo(new ConfigurationBuilder()).build();
    assertThat(conf.getOAuthConsumerSecret()).isEqualTo("cs");
    assertThat(conf.getOAuthAccessTokenSecret()).isEqualTo("ats");
    assertThat(c.toString()).doesNotContain("cs", "ats").contains("hidden");
  }

  @Test
  void shouldReadATwitter4jPropertiesFileWithItsStreamUrl() throws Exception {
    Path file = dir.resolve("twitter4j.properties");
    Files.write(
        file,
        List.of(
            "oauth.consumerKey=ck",
            "oauth.consumerSecret=cs",
            "oauth.accessToken=at",
            "oauth.accessTokenSecret=ats",
            "streamBaseURL=http://127.0.0.1:1/1.1/"));
    TwitterCredentials c = TwitterCredentials.load(file, Map.of());
    assertThat(c.streamBaseUrl()).isEqualTo("http://127.0.0.1:1/1.1/");
    assertThat(c.applyTo(new ConfigurationBuilder()).build().getOAuthAccessToken()).isEqualTo("at");
  }
}
