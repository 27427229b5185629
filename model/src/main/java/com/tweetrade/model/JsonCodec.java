package com.tweetrade.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.rules.RuleEventUpgrade;
import com.tweetrade.model.webhooks.WebhookPayload;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;

/**
 * JSON encoding and decoding of one record type, shared by every producer and consumer.
 *
 * <p>Thread-safe. Decoding is strict: unknown fields are ignored (so producers may add fields), but
 * missing primitives and wrong types are errors, and {@link MalformedEventException} carries a
 * reason fit for the dead-letter topic. Map keys are written sorted so equal values give equal
 * bytes. A record with versioned JSON ({@link RuleEvent}) has a {@link JsonUpgrade} that reads
 * older shapes.
 */
public final class JsonCodec<T> implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  public static final JsonCodec<Quote> QUOTE = new JsonCodec<>(Quote.class);
  public static final JsonCodec<Tweet> TWEET = new JsonCodec<>(Tweet.class);
  public static final JsonCodec<Trade> TRADE = new JsonCodec<>(Trade.class);
  public static final JsonCodec<Position> POSITION = new JsonCodec<>(Position.class);
  public static final JsonCodec<RuleEvent> RULE_EVENT = new JsonCodec<>(RuleEvent.class);
  public static final JsonCodec<DeadLetter> DEAD_LETTER = new JsonCodec<>(DeadLetter.class);
  public static final JsonCodec<Alert> ALERT = new JsonCodec<>(Alert.class);
  public static final JsonCodec<OrderCommand> ORDER_COMMAND = new JsonCodec<>(OrderCommand.class);
  public static final JsonCodec<AccountSettings> ACCOUNT_SETTINGS =
      new JsonCodec<>(AccountSettings.class);
  public static final JsonCodec<PriceAggregate> PRICE_AGGREGATE =
      new JsonCodec<>(PriceAggregate.class);
  public static final JsonCodec<SentimentAggregate> SENTIMENT_AGGREGATE =
      new JsonCodec<>(SentimentAggregate.class);

  /** The body of a webhook delivery (not a Kafka record, but a wire format all the same). */
  public static final JsonCodec<WebhookPayload> WEBHOOK_PAYLOAD =
      new JsonCodec<>(WebhookPayload.class);

  private final Class<T> type;
  private final JsonUpgrade upgrade;
  private transient ObjectReader reader;
  private transient ObjectWriter writer;

  /** The codec of {@code type}, with the upgrade of older shapes if the type has one. */
  public JsonCodec(Class<T> type) {
    this(type, upgradeOf(type));
  }

  /**
   * A codec that applies {@code upgrade} (or nothing, when null) to each JSON object before
   * decoding.
   */
  public JsonCodec(Class<T> type, JsonUpgrade upgrade) {
    this.type = type;
    this.upgrade = upgrade;
  }

  private static JsonUpgrade upgradeOf(Class<?> type) {
    if (type == RuleEvent.class) return RuleEventUpgrade::fromSchema1;
    // Trades written before the trigger field read with an empty trigger.
    if (type == Trade.class)
      return node -> {
        if (!node.has("trigger")) node.put("trigger", "");
      };
    // Tweets written before the source field (and tweets of unknown source) read with a null
    // source.
    if (type == Tweet.class)
      return node -> {
        if (!node.has("source")) node.putNull("source");
      };
    return null;
  }

  public Class<T> type() {
    return type;
  }

  public byte[] encode(T value) {
    try {
      return writer().writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode " + type.getSimpleName(), e);
    }
  }

  public String encodeToString(T value) {
    return new String(encode(value), StandardCharsets.UTF_8);
  }

  public T decode(byte[] bytes) throws MalformedEventException {
    if (bytes == null || bytes.length == 0) {
      throw new MalformedEventException("empty " + type.getSimpleName() + " record");
    }
    try {
      T value;
      if (upgrade == null) {
        value = reader().readValue(bytes);
      } else {
        JsonNode tree = MAPPER.readTree(bytes);
        if (tree instanceof ObjectNode object) upgrade.upgrade(object);
        value = tree == null ? null : reader().readValue(tree);
      }
      if (value == null) throw new MalformedEventException("null " + type.getSimpleName());
      return value;
    } catch (IOException e) {
      throw new MalformedEventException(
          "not a valid " + type.getSimpleName() + ": " + firstLine(e.getMessage()), e);
    }
  }

  public T decode(String json) throws MalformedEventException {
    return decode(json == null ? null : json.getBytes(StandardCharsets.UTF_8));
  }

  /** The shared mapper, for code that needs trees rather than records. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  private ObjectReader reader() {
    if (reader == null) reader = MAPPER.readerFor(type);
    return reader;
  }

  private ObjectWriter writer() {
    if (writer == null) writer = MAPPER.writerFor(type);
    return writer;
  }

  private static String firstLine(String message) {
    if (message == null) return "unreadable";
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
