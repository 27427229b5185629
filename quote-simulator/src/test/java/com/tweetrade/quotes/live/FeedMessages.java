package com.tweetrade.quotes.live;

/** Frames as Finnhub and Alpaca send them (shapes from their public docs), for the tests. */
public final class FeedMessages {
  private FeedMessages() {}

  /** 2023-11-30T15:00:00Z, a Thursday in the session. */
  public static final long T0 = 1_701_356_400_000L;

  public static String finnhubTrades(String... trades) {
    return "{\"data\":[" + String.join(",", trades) + "],\"type\":\"trade\"}";
  }

  public static String finnhubTrade(String symbol, String price, long time, String volume) {
    return "{\"c\":[\"1\",\"12\"],\"p\":%s,\"s\":\"%s\",\"t\":%d,\"v\":%s}"
        .formatted(price, symbol, time, volume);
  }

  public static final String FINNHUB_PING = "{\"type\":\"ping\"}";
  public static final String FINNHUB_ERROR =
      "{\"type\":\"error\",\"msg\":\"Invalid symbol: XYZQ\"}";
  public static final String FINNHUB_NEWS = "{\"type\":\"news\",\"data\":[]}";

  public static String alpaca(String... messages) {
    return "[" + String.join(",", messages) + "]";
  }

  public static final String ALPACA_CONNECTED = "{\"T\":\"success\",\"msg\":\"connected\"}";
  public static final String ALPACA_AUTHENTICATED = "{\"T\":\"success\",\"msg\":\"authenticated\"}";
  public static final String ALPACA_AUTH_FAILED =
      "{\"T\":\"error\",\"code\":402,\"msg\":\"auth failed\"}";
  public static final String ALPACA_INTERNAL_ERROR =
      "{\"T\":\"error\",\"code\":500,\"msg\":\"internal error\"}";

  public static String alpacaSubscription(String... symbols) {
    String list = symbols.length == 0 ? "" : "\"" + String.join("\",\"", symbols) + "\"";
    return "{\"T\":\"subscription\",\"trades\":[%s],\"quotes\":[%s],\"bars\":[]}"
        .formatted(list, list);
  }

  public static String alpacaTrade(String symbol, String price, long size, String time) {
    return ("{\"T\":\"t\",\"S\":\"%s\",\"i\":52983525029461,\"x\":\"V\",\"p\":%s,\"s\":%d,"
            + "\"c\":[\"@\"],\"z\":\"C\",\"t\":\"%s\"}")
        .formatted(symbol, price, size, time);
  }

  public static String alpacaQuote(String symbol, String bid, String ask, String time) {
    return ("{\"T\":\"q\",\"S\":\"%s\",\"bx\":\"V\",\"bp\":%s,\"bs\":2,\"ax\":\"V\",\"ap\":%s,"
            + "\"as\":3,\"c\":[\"R\"],\"z\":\"C\",\"t\":\"%s\"}")
        .formatted(symbol, bid, ask, time);
  }
}
