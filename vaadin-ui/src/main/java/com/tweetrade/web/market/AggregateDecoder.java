package com.tweetrade.web.market;

import com.fasterxml.jackson.databind.JsonNode;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.MalformedEventException;
import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.SentimentAggregate;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * Reads one record of the aggregates topic, which carries both price and sentiment aggregates.
 *
 * <p>Accepts a bare {@link PriceAggregate} (has {@code ticker}) or {@link SentimentAggregate} (has
 * {@code keyword}), or an envelope whose fields hold one of them (e.g. {@code {"type":"price",
 * "price":{...}}}). Anything else is skipped: the dashboard must not die on a record it cannot
 * read.
 */
final class AggregateDecoder {
  private AggregateDecoder() {}

  /** A decoded aggregate: exactly one of the two is set. */
  record Decoded(Optional<PriceAggregate> price, Optional<SentimentAggregate> sentiment) {}

  static Optional<Decoded> decode(byte[] bytes) {
    if (bytes == null || bytes.length == 0) return Optional.empty();
    try {
      return decode(JsonCodec.mapper().readTree(bytes), 0);
    } catch (IOException | MalformedEventException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<Decoded> decode(JsonNode node, int depth) throws MalformedEventException {
    if (node == null || !node.isObject() || depth > 2) return Optional.empty();
    if (node.hasNonNull("ticker") && node.has("avgCents")) {
      PriceAggregate p = JsonCodec.PRICE_AGGREGATE.decode(node.toString());
      return Optional.of(new Decoded(Optional.of(p), Optional.empty()));
    }
    if (node.hasNonNull("keyword") && node.has("meanCompound")) {
      SentimentAggregate s = JsonCodec.SENTIMENT_AGGREGATE.decode(node.toString());
      return Optional.of(new Decoded(Optional.empty(), Optional.of(s)));
    }
    for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
      Optional<Decoded> inner = decode(it.next(), depth + 1);
      if (inner.isPresent()) return inner;
    }
    return Optional.empty();
  }
}
