package com.tweetrade.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonCodecTest {
  private static final long NOON = 1_425_297_600_000L; // 2015-03-02T12:00:00Z

  @Test
  void shouldRoundTripAQuote() throws Exception {
    Quote quote = new Quote("TSLA", 20_012, 100, 20_010, 20_015, NOON);

    byte[] json = JsonCodec.QUOTE.encode(quote);

    assertThat(new String(json, StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"ticker\":\"TSLA\",\"priceCents\":20012,\"size\":100,\"bidCents\":20010,"
                + "\"askCents\":20015,\"eventTime\":1425297600000}");
    assertThat(JsonCodec.QUOTE.decode(json)).isEqualTo(quote);
  }

  @Test
  void shouldRoundTripATweetWithEntities() throws Exception {
    Tweet tweet =
        new Tweet(42, "$TSLA & friends", NOON, 7, "elon", 1000, "en", List.of("TSLA"), List.of("ev"), false, null);

    assertThat(JsonCodec.TWEET.decode(JsonCodec.TWEET.encode(tweet))).isEqualTo(tweet);
  }

  @Test
  void shouldWriteTradeExplanationsInKeyOrderSoReplaysAreByteEqual() {
    Trade a = trade(Map.of("price:TSLA", 200.0, "avg:TSLA:15m", 210.0, "sentiment:tesla:5m", 0.5));
    Trade b = trade(Map.of("sentiment:tesla:5m", 0.5, "price:TSLA", 200.0, "avg:TSLA:15m", 210.0));

    assertThat(JsonCodec.TRADE.encode(a)).isEqualTo(JsonCodec.TRADE.encode(b));
    assertThat(JsonCodec.TRADE.encodeToString(a)).contains("{\"avg:TSLA:15m\":210.0,\"price:TSLA\"");
  }

  @Test
  void shouldRejectMalformedJsonWithAReason() {
    assertThatThrownBy(() -> JsonCodec.QUOTE.decode("{\"ticker\":\"TSLA\",\"priceCents\":"))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageStartingWith("not a valid Quote");
  }

  @Test
  void shouldRejectWrongTypesAndMissingFields() {
    assertThatThrownBy(
            () -> JsonCodec.QUOTE.decode("{\"ticker\":\"TSLA\",\"priceCents\":\"cheap\",\"size\":1,"
                + "\"bidCents\":1,\"askCents\":1,\"eventTime\":1}"))
        .isInstanceOf(MalformedEventException.class);
    assertThatThrownBy(() -> JsonCodec.QUOTE.decode("{\"ticker\":\"TSLA\"}"))
        .isInstanceOf(MalformedEventException.class);
    assertThatThrownBy(() -> JsonCodec.QUOTE.decode(new byte[0]))
        .isInstanceOf(MalformedEventException.class)
        .hasMessage("empty Quote record");
  }

  @Test
  void shouldNameTheProblemOfAnInvalidQuote() {
    assertThat(new Quote("TSLA", -5, 1, 1, 1, NOON).problem()).isEqualTo("price must be positive, was -5");
    assertThat(new Quote("TSLA", 100, 1, 99, 101, NOON).problem()).isNull();
  }

  @Test
  void shouldCutHugeDeadLetterPayloads() {
    DeadLetter letter = DeadLetter.of("test", "too big", "x".repeat(DeadLetter.MAX_PAYLOAD_CHARS + 10), "f:1", NOON);

    assertThat(letter.payload()).hasSize(DeadLetter.MAX_PAYLOAD_CHARS + "…[cut 10 chars]".length());
  }

  private static Trade trade(Map<String, Double> explanation) {
    return new Trade("r1-" + NOON, "alice", "r1", "BUY", 10, "TSLA", 20_000, NOON, "FILLED", "", explanation);
  }
}
