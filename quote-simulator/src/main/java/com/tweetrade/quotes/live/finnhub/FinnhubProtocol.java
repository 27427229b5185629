package com.tweetrade.quotes.live.finnhub;

import com.fasterxml.jackson.databind.JsonNode;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Quote;
import com.tweetrade.quotes.live.FeedListener;
import com.tweetrade.quotes.live.FeedProtocol;
import com.tweetrade.quotes.live.FeedSymbols;
import com.tweetrade.quotes.live.Prices;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Finnhub's trades WebSocket: {@code wss://ws.finnhub.io?token=...}, one {@code
 * {"type":"subscribe","symbol":"AAPL"}} per symbol, frames {@code {"type":"trade","data":[{"s","p",
 * "t","v","c"}]}}, {@code {"type":"ping"}} and {@code {"type":"error","msg"}}.
 *
 * <p>Finnhub sends trades only, no bid or ask: each of our quotes has bid = ask = the trade price
 * (a spread of zero, inside the model's rule bid &lt;= price &lt;= ask). Free plan: about 50
 * symbols per connection (Finnhub does not publish the cap; third-party reports), one connection
 * per token.
 */
public final class FinnhubProtocol implements FeedProtocol {
  public static final String TOKEN_ENV = "FINNHUB_TOKEN";
  public static final String DEFAULT_ENDPOINT = "wss://ws.finnhub.io";
  public static final int SYMBOL_CAP = 50;

  private final String token;

  public FinnhubProtocol(String token) {
    if (token == null || token.isBlank())
      throw new IllegalArgumentException("no Finnhub token: set " + TOKEN_ENV);
    this.token = token.trim();
  }

  /**
   * @throws IllegalArgumentException naming the variable when it is not set
   */
  public static FinnhubProtocol fromEnvironment(Map<String, String> env) {
    return new FinnhubProtocol(env.get(TOKEN_ENV));
  }

  @Override
  public String name() {
    return "finnhub";
  }

  @Override
  public int symbolCap() {
    return SYMBOL_CAP;
  }

  @Override
  public URI connectUri(String endpoint) {
    String sep = endpoint.contains("?") ? "&" : "?";
    return URI.create(endpoint + sep + "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
  }

  @Override
  public boolean readyOnOpen() {
    return true;
  }

  @Override
  public List<String> subscribe(Collection<String> symbols) {
    return symbols.stream().map(s -> message("subscribe", s)).toList();
  }

  @Override
  public List<String> unsubscribe(Collection<String> symbols) {
    return symbols.stream().map(s -> message("unsubscribe", s)).toList();
  }

  private static String message(String type, String ticker) {
    return "{\"type\":\""
        + type
        + "\",\"symbol\":"
        + JsonCodec.mapper().valueToTree(FeedSymbols.toFeed(ticker))
        + "}";
  }

  @Override
  public void read(String frame, FeedListener listener) {
    JsonNode root = FeedProtocol.readJson(frame, listener);
    if (root == null) return;
    String type = root.path("type").asText(null);
    if (type == null) {
      listener.malformed("no \"type\"", frame);
      return;
    }
    switch (type) {
      case "trade" -> trades(root.path("data"), frame, listener);
      case "ping" -> listener.skipped("ping");
      case "error" -> listener.serverError(root.path("msg").asText("(no message)"), false);
      default -> listener.skipped("type " + type);
    }
  }

  private static void trades(JsonNode data, String frame, FeedListener listener) {
    if (!data.isArray()) {
      listener.malformed("trade message without a \"data\" array", frame);
      return;
    }
    for (JsonNode t : data) {
      String payload = t.toString();
      if (!t.path("s").isTextual()
          || !t.path("p").isNumber()
          || !t.path("t").isIntegralNumber()
          || !t.path("v").isNumber()) {
        listener.malformed(
            "trade without text \"s\", numbers \"p\" and \"v\" and integer \"t\"", payload);
        continue;
      }
      long cents;
      try {
        cents = Prices.cents(t.get("p").asDouble());
      } catch (ArithmeticException | IllegalArgumentException e) {
        listener.malformed("price out of range: " + t.get("p").asText(), payload);
        continue;
      }
      long size =
          (long) Math.floor(t.get("v").asDouble()); // fractional volume (crypto) has no share count
      listener.quote(
          new Quote(
              FeedSymbols.fromFeed(t.get("s").asText()),
              cents,
              size,
              cents,
              cents,
              t.get("t").asLong()),
          payload);
    }
  }

  @Override
  public String redact(String text) {
    return text == null
        ? null
        : text.replace(token, "***")
            .replace(URLEncoder.encode(token, StandardCharsets.UTF_8), "***");
  }
}
