package com.tweetrade.stack.up;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code up --live}: which sources run, the parts' resolved args, and the banner line. */
class LiveSourcesTest {
  private static final String JETSTREAM = "ws://127.0.0.1:41001/subscribe";
  private static final String FEED = "ws://127.0.0.1:41002/";

  private static PartSpec part(String args, String liveArgs) {
    Properties p = new Properties();
    p.setProperty("name", "p");
    p.setProperty("main", "a.B");
    p.setProperty("args", args);
    if (liveArgs != null) p.setProperty("liveArgs", liveArgs);
    return PartSpec.parse(Path.of("p"), p);
  }

  private static final PartSpec QUOTES = part("", "--source ${quoteSource} ${quoteEndpoint}");
  private static final PartSpec TWEETS =
      part("--source replay --loop", "--source bluesky ${jetstreamEndpoint}");

  @Test
  void shouldLeaveTodaysDefaultAloneWithoutLive() {
    LiveSources sources = LiveSources.choose(false, Map.of("FINNHUB_TOKEN", "t"), null, null);
    assertThat(QUOTES.resolvedArgs(false, sources.placeholders())).isEmpty();
    assertThat(TWEETS.resolvedArgs(false, sources.placeholders()))
        .containsExactly("--source", "replay", "--loop");
    assertThat(sources.bannerLine()).isNull();
  }

  @Test
  void shouldRunBlueskyAndTheSimulatorWhenNoQuoteCredentialIsSet() {
    LiveSources sources =
        LiveSources.choose(true, Map.of("APCA_API_KEY_ID", "only-the-key"), FEED, JETSTREAM);
    assertThat(QUOTES.resolvedArgs(true, sources.placeholders()))
        .containsExactly("--source", "simulated");
    assertThat(TWEETS.resolvedArgs(true, sources.placeholders()))
        .containsExactly("--source", "bluesky", "--endpoint=" + JETSTREAM);
    assertThat(sources.bannerLine())
        .isEqualTo(
            "live: Bluesky posts from Jetstream at "
                + JETSTREAM
                + "; simulated quotes (set FINNHUB_TOKEN, or APCA_API_KEY_ID and"
                + " APCA_API_SECRET_KEY, for live ones)");
  }

  @Test
  void shouldPreferFinnhubThenAlpacaAndPassTheEndpointOverride() {
    LiveSources finnhub =
        LiveSources.choose(
            true,
            Map.of("FINNHUB_TOKEN", "t", "APCA_API_KEY_ID", "k", "APCA_API_SECRET_KEY", "s"),
            FEED,
            null);
    assertThat(QUOTES.resolvedArgs(true, finnhub.placeholders()))
        .containsExactly("--source", "finnhub", "--endpoint=" + FEED);
    assertThat(TWEETS.resolvedArgs(true, finnhub.placeholders()))
        .containsExactly("--source", "bluesky");
    assertThat(finnhub.bannerLine())
        .endsWith("; live quotes from Finnhub (FINNHUB_TOKEN) at " + FEED);

    LiveSources alpaca =
        LiveSources.choose(
            true, Map.of("ALPACA_API_KEY_ID", "k", "ALPACA_API_SECRET_KEY", "s"), null, null);
    assertThat(QUOTES.resolvedArgs(true, alpaca.placeholders()))
        .containsExactly("--source", "alpaca");
    assertThat(alpaca.bannerLine())
        .isEqualTo(
            "live: Bluesky posts from Jetstream; live quotes from Alpaca's IEX feed"
                + " (APCA_API_KEY_ID)");
  }

  @Test
  void shouldUseArgsUnderLiveWhenAPartHasNoLiveArgs() {
    PartSpec ui = part("--port ${kafka}", null);
    assertThat(ui.resolvedArgs(true, Map.of("kafka", "k:1"))).isEqualTo(List.of("--port", "k:1"));
  }

  @Test
  void shouldRefuseEndpointOverridesWithoutLive() {
    StringWriter err = new StringWriter();
    int code =
        new CommandLine(new UpCommand())
            .setErr(new PrintWriter(err))
            .execute("--quote-endpoint", FEED);
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--jetstream-endpoint and --quote-endpoint need --live");
  }

  @Test
  void shouldDescribeLiveInHelp() {
    StringWriter out = new StringWriter();
    new CommandLine(new UpCommand()).setOut(new PrintWriter(out)).execute("--help");
    assertThat(out.toString())
        .contains(
            "--live",
            "--jetstream-endpoint",
            "--quote-endpoint",
            "FINNHUB_TOKEN",
            "APCA_API_KEY_ID");
  }
}
