package com.tweetrade.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.MalformedEventException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The JSON of rule events as documented in docs/rules.md, and compiling them into rules. */
class RuleEventTest {
  private static final long T = 1_700_000_000_000L;
  private static final String TEXT = "WHEN price(TSLA) > 200 THEN BUY 10 TSLA";

  @Test
  void shouldEncodeTheDocumentedFields() throws Exception {
    String json = JsonCodec.RULE_EVENT.encodeToString(RuleEvent.create("r-1", "alice", TEXT, T));
    JsonNode node = JsonCodec.mapper().readTree(json);

    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    assertThat(names)
        .containsExactlyInAnyOrder(
            "schemaVersion",
            "type",
            "ruleId",
            "userId",
            "text",
            "paused",
            "revision",
            "timestamp",
            "expiresAt");
    assertThat(node.get("schemaVersion").asInt()).isEqualTo(3);
    assertThat(node.get("expiresAt").isNull()).isTrue();
    assertThat(node.get("type").asText()).isEqualTo("CREATE");
    assertThat(node.get("revision").asLong()).isEqualTo(1);
  }

  @Test
  void shouldDecodeTheDocumentedExampleAndRoundTrip() throws MalformedEventException {
    String documented =
        "{\"schemaVersion\":3,\"type\":\"PAUSE\",\"ruleId\":\"r-1\",\"userId\":\"alice\","
            + "\"text\":\""
            + TEXT
            + "\",\"paused\":true,\"revision\":3,\"timestamp\":1700000000000,"
            + "\"expiresAt\":1700086400000}";
    RuleEvent event = JsonCodec.RULE_EVENT.decode(documented);

    assertThat(event)
        .isEqualTo(RuleEvent.pause("r-1", "alice", TEXT, 3, T).withExpiresAt(1_700_086_400_000L));
    assertThat(JsonCodec.RULE_EVENT.decode(JsonCodec.RULE_EVENT.encode(event))).isEqualTo(event);
  }

  @Test
  void shouldReadSchema1JsonAsGoodTillCancelled() throws MalformedEventException {
    String v1 =
        "{\"schemaVersion\":1,\"type\":\"CREATE\",\"ruleId\":\"r-1\",\"userId\":\"alice\","
            + "\"text\":\""
            + TEXT
            + "\",\"paused\":false,\"revision\":1,\"timestamp\":1700000000000}";
    RuleEvent event = JsonCodec.RULE_EVENT.decode(v1);

    assertThat(event.schemaVersion()).isEqualTo(1);
    assertThat(event.expiresAt()).isEqualTo(RuleEvent.GOOD_TILL_CANCELLED).isNull();
    assertThat(event.hasSupportedSchema()).isTrue();
    assertThat(Rule.fromEvent(event, null).firesAt(Long.MAX_VALUE)).isTrue();
    // A codec built by hand (as the web UI does) reads schema 1 the same way.
    assertThat(JsonCodec.RULE_EVENT.decode(v1)).isEqualTo(event);
  }

  @Test
  void shouldRefuseSchema2And3JsonWithoutExpiresAt() {
    for (int schema : new int[] {2, 3}) {
      String json =
          "{\"schemaVersion\":"
              + schema
              + ",\"type\":\"CREATE\",\"ruleId\":\"r-1\",\"userId\":\"alice\","
              + "\"text\":\""
              + TEXT
              + "\",\"paused\":false,\"revision\":1,\"timestamp\":1700000000000}";
      assertThatThrownBy(() -> JsonCodec.RULE_EVENT.decode(json))
          .isInstanceOf(MalformedEventException.class)
          .hasMessageContaining("expiresAt");
    }
  }

  @Test
  void shouldCompileSchema1And2EventsOnCloseWhatTheirTextSays() {
    RuleEvent v1 =
        new RuleEvent(1, RuleEvent.Type.CREATE, "r-1", "alice", TEXT + " EVERY 5m", false, 1, T);
    RuleEvent v2 = new RuleEvent(2, RuleEvent.Type.CREATE, "r-1", "alice", TEXT, false, 1, T, null);

    assertThat(Rule.fromEvent(v1, null).trigger())
        .isEqualTo(Trigger.every(5).withTiming(Timing.CLOSE));
    assertThat(Rule.fromEvent(v2, null).timing()).isEqualTo(Timing.CLOSE);
    assertThat(Rule.fromEvent(v2, null).schemaVersion()).isEqualTo(2);
    assertThat(Rule.fromEvent(v2, null).toText()).isEqualTo(TEXT + " ON CLOSE");
    // Schema 2 writers had no timing clause; a text that has one (a migrated row re-sent by an old
    // web UI)
    // is decided on closed panes all the same.
    for (String clause : new String[] {" ON TICK", " ON CLOSE"}) {
      RuleEvent withClause =
          new RuleEvent(2, RuleEvent.Type.PAUSE, "r-1", "alice", TEXT + clause, true, 2, T, null);
      assertThat(Rule.fromEvent(withClause, null).timing()).isEqualTo(Timing.CLOSE);
    }
  }

  @Test
  void shouldCompileSchema3EventsAtTheTimingTheirTextSaysTickByDefault() {
    assertThat(Rule.fromEvent(RuleEvent.create("r-1", "alice", TEXT, T), null).timing())
        .isEqualTo(Timing.TICK);
    assertThat(
            Rule.fromEvent(RuleEvent.create("r-1", "alice", TEXT + " ON TICK", T), null).timing())
        .isEqualTo(Timing.TICK);
    Rule close = Rule.fromEvent(RuleEvent.create("r-1", "alice", TEXT + " ONCE ON CLOSE", T), null);
    assertThat(close.trigger()).isEqualTo(Trigger.once().withTiming(Timing.CLOSE));
    assertThat(close.definition().timing()).isEqualTo(Timing.CLOSE);
    assertThat(close.toText()).isEqualTo(TEXT + " ONCE ON CLOSE");
  }

  @Test
  void shouldDecodeSchema2And3JsonWithTheirSchemaAndSoTheirTiming() throws MalformedEventException {
    String v2 =
        "{\"schemaVersion\":2,\"type\":\"CREATE\",\"ruleId\":\"r-1\",\"userId\":\"alice\","
            + "\"text\":\""
            + TEXT
            + "\",\"paused\":false,\"revision\":1,\"timestamp\":1700000000000,\"expiresAt\":null}";
    String v3 = v2.replace("\"schemaVersion\":2", "\"schemaVersion\":3");
    String v3Close = v3.replace(TEXT, TEXT + " EVERY 2m ON CLOSE");

    assertThat(JsonCodec.RULE_EVENT.decode(v2).schemaVersion()).isEqualTo(2);
    assertThat(Rule.fromEvent(JsonCodec.RULE_EVENT.decode(v2), null).timing())
        .isEqualTo(Timing.CLOSE);
    assertThat(Rule.fromEvent(JsonCodec.RULE_EVENT.decode(v3), null).timing())
        .isEqualTo(Timing.TICK);
    RuleEvent close = JsonCodec.RULE_EVENT.decode(v3Close);
    assertThat(close).isEqualTo(RuleEvent.create("r-1", "alice", TEXT + " EVERY 2m ON CLOSE", T));
    assertThat(Rule.fromEvent(close, null).trigger())
        .isEqualTo(Trigger.every(2).withTiming(Timing.CLOSE));
    assertThat(JsonCodec.RULE_EVENT.decode(JsonCodec.RULE_EVENT.encode(close))).isEqualTo(close);
    assertThat(JsonCodec.RULE_EVENT.encodeToString(close))
        .contains("\"schemaVersion\":3")
        .contains("ON CLOSE");
  }

  @Test
  void shouldKeepOwnerPausedAndExpiryWhenUpdated() {
    RuleEvent v1 = new RuleEvent(1, RuleEvent.Type.PAUSE, "r-1", "alice", TEXT, true, 3, T);
    RuleEvent next = v1.withExpiresAt(T + 5).updated("WHEN price(TSLA) > 300 THEN BUY 10 TSLA", 4);

    assertThat(next)
        .isEqualTo(
            new RuleEvent(
                RuleEvent.CURRENT_SCHEMA,
                RuleEvent.Type.UPDATE,
                "r-1",
                "alice",
                "WHEN price(TSLA) > 300 THEN BUY 10 TSLA",
                true,
                4,
                T,
                T + 5));
  }

  @Test
  void shouldStopFiringAtTheExpiry() {
    Rule rule =
        Rule.fromEvent(RuleEvent.create("r-1", "alice", TEXT, T).withExpiresAt(T + 60_000), null);

    assertThat(rule.expiresAt()).isEqualTo(T + 60_000);
    assertThat(rule.firesAt(T + 59_999)).isTrue();
    assertThat(rule.firesAt(T + 60_000)).isFalse();
    assertThat(rule.expiredAt(T + 60_000)).isTrue();
    assertThat(rule.withPaused(true, 2).expiresAt()).isEqualTo(T + 60_000);
    assertThat(rule.withPaused(true, 2).firesAt(T)).isFalse();
  }

  @Test
  void shouldDecodeADeleteWithNullText() throws MalformedEventException {
    RuleEvent delete = RuleEvent.delete("r-1", "alice", 4, T);
    RuleEvent decoded = JsonCodec.RULE_EVENT.decode(JsonCodec.RULE_EVENT.encode(delete));

    assertThat(decoded).isEqualTo(delete);
    assertThat(decoded.text()).isNull();
    assertThat(decoded.carriesRule()).isFalse();
  }

  @Test
  void shouldRefuseEventsWithMissingFields() {
    assertThatThrownBy(() -> JsonCodec.RULE_EVENT.decode("{\"type\":\"CREATE\",\"ruleId\":\"r\"}"))
        .isInstanceOf(MalformedEventException.class);
  }

  @Test
  void shouldCompileAnEventIntoARule() {
    Rule rule =
        Rule.fromEvent(RuleEvent.resume("r-1", "alice", TEXT, 5, T), Set.of("TSLA")::contains);

    assertThat(rule.id()).isEqualTo("r-1");
    assertThat(rule.userId()).isEqualTo("alice");
    assertThat(rule.paused()).isFalse();
    assertThat(rule.revision()).isEqualTo(5);
    assertThat(rule.schemaVersion()).isEqualTo(RuleEvent.CURRENT_SCHEMA);
    assertThat(rule.toText()).isEqualTo(TEXT);
    assertThat(rule.inputs()).containsExactly("price:TSLA");
    assertThat(rule.tickers()).containsExactly("TSLA");
    assertThat(rule.keywords()).isEmpty();
    assertThat(rule.withPaused(true, 6).paused()).isTrue();
  }

  @Test
  void shouldRefuseDeletesNewerSchemasAndBadTexts() {
    assertThatThrownBy(() -> Rule.fromEvent(RuleEvent.delete("r", "u", 2, T), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DELETE");
    RuleEvent future = new RuleEvent(4, RuleEvent.Type.CREATE, "r", "u", TEXT, false, 1, T);
    assertThat(future.hasSupportedSchema()).isFalse();
    assertThat(RuleEvent.create("r", "u", TEXT, T).hasSupportedSchema()).isTrue();
    assertThatThrownBy(() -> Rule.fromEvent(future, null))
        .hasMessageContaining("schema 4 is newer than 3");
    assertThatThrownBy(() -> Rule.fromEvent(RuleEvent.create("r", "u", "WHEN", T), null))
        .isInstanceOf(RuleParseException.class);
  }
}
