package com.tweetrade.quotes.live.alpaca;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Quote;
import com.tweetrade.quotes.live.FeedListener;
import com.tweetrade.quotes.live.FeedProtocol;
import com.tweetrade.quotes.live.FeedSymbols;
import com.tweetrade.quotes.live.Prices;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Alpaca market data v2, free IEX feed: {@code wss://stream.data.alpaca.markets/v2/iex}. The server
 * greets with {@code [{"T":"success","msg":"connected"}]}; we answer {@code
 * {"action":"auth","key","secret"}} and subscribe to trades and quotes once it says {@code
 * authenticated}. Frames are arrays of {@code T:"t"} trades, {@code T:"q"} quotes, {@code success},
 * {@code subscription} and {@code error}.
 *
 * <p>Each trade becomes our quote; its bid and ask are the symbol's latest IEX quote, widened to
 * take the trade price when the print lies outside it (IEX quotes and trades are not in lock step),
 * or the trade price for both before any quote came. Quotes alone send nothing. Errors 402 (auth
 * failed), 405 (symbol limit), 406 (connection limit: the free plan allows one) and 409 (plan lacks
 * the feed) stop the source; others are logged. Free plan: 30 symbols.
 */
public final class AlpacaProtocol implements FeedProtocol {
  /**
   * The names Alpaca's own SDKs and docs use; the {@code ALPACA_} pair is read when they are unset.
   */
  public static final String KEY_ENV = "APCA_API_KEY_ID";

  public static final String SECRET_ENV = "APCA_API_SECRET_KEY";
  public static final String KEY_ENV_ALIAS = "ALPACA_API_KEY_ID";
  public static final String SECRET_ENV_ALIAS = "ALPACA_API_SECRET_KEY";
  public static final String DEFAULT_ENDPOINT = "wss://stream.data.alpaca.markets/v2/iex";
  public static final int SYMBOL_CAP = 30;
  private static final Set<Integer> FATAL = Set.of(402, 405, 406, 409);

  private final String key;
  private final String secret;

  /** Latest {bid, ask} in cents by our ticker. */
  private final Map<String, long[]> bidAsk = new ConcurrentHashMap<>();

  public AlpacaProtocol(String key, String secret) {
    if (key == null || key.isBlank() || secret == null || secret.isBlank()) {
      throw new IllegalArgumentException(
          "no Alpaca key and secret: set " + KEY_ENV + " and " + SECRET_ENV);
    }
    this.key = key.trim();
    this.secret = secret.trim();
  }

  /**
   * @throws IllegalArgumentException naming the variables when they are not set
   */
  public static AlpacaProtocol fromEnvironment(Map<String, String> env) {
    boolean documented = env.get(KEY_ENV) != null || env.get(SECRET_ENV) != null;
    return documented
        ? new AlpacaProtocol(env.get(KEY_ENV), env.get(SECRET_ENV))
        : new AlpacaProtocol(env.get(KEY_ENV_ALIAS), env.get(SECRET_ENV_ALIAS));
  }

  /** Whether {@code env} holds a key and secret under either pair of names. */
  public static boolean configured(Map<String, String> env) {
    return set(env, KEY_ENV) && set(env, SECRET_ENV)
        || set(env, KEY_ENV_ALIAS) && set(env, SECRET_ENV_ALIAS);
  }

  private static boolean set(Map<String, String> env, String name) {
    return env.get(name) != null && !env.get(name).isBlank();
  }

  @Override
  public String name() {
    return "alpaca";
  }

  @Override
  public int symbolCap() {
    return SYMBOL_CAP;
  }

  @Override
  public URI connectUri(String endpoint) {
    return URI.create(endpoint);
  }

  @Override
  public boolean readyOnOpen() {
    return false;
  }

  @Override
  public List<String> subscribe(Collection<String> symbols) {
    return List.of(action("subscribe", symbols));
  }

  @Override
  public List<String> unsubscribe(Collection<String> symbols) {
    return List.of(action("unsubscribe", symbols));
  }

  private static String action(String action, Collection<String> symbols) {
    ObjectNode m = JsonCodec.mapper().createObjectNode().put("action", action);
    List<String> feed = symbols.stream().map(FeedSymbols::toFeed).toList();
    feed.forEach(m.putArray("trades")::add);
    feed.forEach(m.putArray("quotes")::add);
    return m.toString();
  }

  @Override
  public void read(String frame, FeedListener listener) {
    JsonNode root = FeedProtocol.readJson(frame, listener);
    if (root == null) return;
    if (!root.isArray()) {
      listener.malformed("not a JSON array of messages", frame);
      return;
    }
    for (JsonNode m : root) element(m, listener);
  }

  private void element(JsonNode m, FeedListener listener) {
    String type = m.path("T").asText(null);
    if (type == null) {
      listener.malformed("message without \"T\"", m.toString());
      return;
    }
    switch (type) {
      case "t" -> trade(m, listener);
      case "q" -> quote(m, listener);
      case "success" -> success(m.path("msg").asText(""), listener);
      case "subscription" -> listener.skipped("subscription");
      case "error" -> {
        int code = m.path("code").asInt(0);
        listener.serverError(
            code + " " + m.path("msg").asText("(no message)"), FATAL.contains(code));
      }
      default -> listener.skipped("T " + type);
    }
  }

  private void success(String msg, FeedListener listener) {
    switch (msg) {
      case "connected" -> {
        listener.reply(
            JsonCodec.mapper()
                .createObjectNode()
                .put("action", "auth")
                .put("key", key)
                .put("secret", secret)
                .toString());
        listener.skipped("connected");
      }
      case "authenticated" -> listener.ready();
      default -> listener.skipped("success " + msg);
    }
  }

  private void quote(JsonNode m, FeedListener listener) {
    listener.skipped("quote");
    if (!m.path("S").isTextual() || !m.path("bp").isNumber() || !m.path("ap").isNumber()) return;
    try {
      long bid = Prices.cents(m.get("bp").asDouble());
      long ask = Prices.cents(m.get("ap").asDouble());
      // a one-sided or crossed book says nothing usable about the spread
      if (bid > 0 && ask >= bid)
        bidAsk.put(FeedSymbols.fromFeed(m.get("S").asText()), new long[] {bid, ask});
    } catch (ArithmeticException | IllegalArgumentException e) {
      // an unusable quote only leaves the last good one in place
    }
  }

  private void trade(JsonNode m, FeedListener listener) {
    String payload = m.toString();
    if (!m.path("S").isTextual()
        || !m.path("p").isNumber()
        || !m.path("s").isIntegralNumber()
        || !m.path("t").isTextual()) {
      listener.malformed(
          "trade without text \"S\" and \"t\", number \"p\" and integer \"s\"", payload);
      return;
    }
    long eventTime;
    long cents;
    try {
      eventTime = Instant.parse(m.get("t").asText()).toEpochMilli();
      cents = Prices.cents(m.get("p").asDouble());
    } catch (DateTimeParseException e) {
      listener.malformed("trade time is not an RFC 3339 time: " + m.get("t").asText(), payload);
      return;
    } catch (ArithmeticException | IllegalArgumentException e) {
      listener.malformed("price out of range: " + m.get("p").asText(), payload);
      return;
    }
    String ticker = FeedSymbols.fromFeed(m.get("S").asText());
    long[] book = bidAsk.get(ticker);
    long bid = book == null ? cents : Math.min(book[0], cents);
    long ask = book == null ? cents : Math.max(book[1], cents);
    listener.quote(new Quote(ticker, cents, m.get("s").asLong(), bid, ask, eventTime), payload);
  }

  @Override
  public String redact(String text) {
    return text == null ? null : text.replace(secret, "***").replace(key, "***");
  }
}
