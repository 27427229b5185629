package com.tweetrade.stack.up;

import java.util.Map;

/**
 * What {@code up --live} runs: Bluesky posts, and live quotes when a feed's credentials are in the
 * environment (Finnhub first, then Alpaca), else the simulator. Parts read the choice through the
 * placeholders {@code ${quoteSource}}, {@code ${quoteEndpoint}} and {@code ${jetstreamEndpoint}} in
 * their {@code liveArgs}; an endpoint placeholder is {@code --endpoint=URL} or empty (then
 * dropped).
 *
 * <p>The variable names are the quote-simulator's ({@code FinnhubProtocol}, {@code
 * AlpacaProtocol}); the launcher does not depend on that module, so they are repeated here.
 *
 * @param live whether {@code --live} was given
 * @param quoteSource {@code finnhub}, {@code alpaca} or {@code simulated}
 * @param quoteEndpoint the feed address override, or empty
 * @param jetstreamEndpoint the Jetstream address override, or empty
 */
public record LiveSources(
    boolean live, String quoteSource, String quoteEndpoint, String jetstreamEndpoint) {
  static final String FINNHUB_TOKEN = "FINNHUB_TOKEN";
  static final String[][] ALPACA_KEYS = {
    {"APCA_API_KEY_ID", "APCA_API_SECRET_KEY"}, {"ALPACA_API_KEY_ID", "ALPACA_API_SECRET_KEY"}
  };

  /**
   * The sources for {@code live} given the launcher's environment and the endpoint overrides (null
   * = default).
   */
  public static LiveSources choose(
      boolean live, Map<String, String> env, String quoteEndpoint, String jetstreamEndpoint) {
    String quotes =
        !live
            ? "simulated"
            : set(env, FINNHUB_TOKEN) ? "finnhub" : alpacaKeys(env) ? "alpaca" : "simulated";
    return new LiveSources(
        live,
        quotes,
        quotes.equals("simulated") || quoteEndpoint == null ? "" : quoteEndpoint,
        live && jetstreamEndpoint != null ? jetstreamEndpoint : "");
  }

  private static boolean alpacaKeys(Map<String, String> env) {
    for (String[] pair : ALPACA_KEYS) if (set(env, pair[0]) && set(env, pair[1])) return true;
    return false;
  }

  private static boolean set(Map<String, String> env, String name) {
    return env.get(name) != null && !env.get(name).isBlank();
  }

  /** The placeholders parts' {@code liveArgs} use. */
  public Map<String, String> placeholders() {
    return Map.of(
        "quoteSource", quoteSource,
        "quoteEndpoint", quoteEndpoint.isEmpty() ? "" : "--endpoint=" + quoteEndpoint,
        "jetstreamEndpoint", jetstreamEndpoint.isEmpty() ? "" : "--endpoint=" + jetstreamEndpoint);
  }

  /** The banner's line on the sources, or null without {@code --live}. */
  public String bannerLine() {
    if (!live) return null;
    String quotes =
        switch (quoteSource) {
          case "finnhub" -> "live quotes from Finnhub (" + FINNHUB_TOKEN + ")";
          case "alpaca" -> "live quotes from Alpaca's IEX feed (" + ALPACA_KEYS[0][0] + ")";
          default ->
              "simulated quotes (set "
                  + FINNHUB_TOKEN
                  + ", or "
                  + ALPACA_KEYS[0][0]
                  + " and "
                  + ALPACA_KEYS[0][1]
                  + ", for live ones)";
        };
    return "live: Bluesky posts from Jetstream"
        + (jetstreamEndpoint.isEmpty() ? "" : " at " + jetstreamEndpoint)
        + "; "
        + quotes
        + (quoteEndpoint.isEmpty() ? "" : " at " + quoteEndpoint);
  }
}
