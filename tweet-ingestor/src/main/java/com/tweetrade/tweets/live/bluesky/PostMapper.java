package com.tweetrade.tweets.live.bluesky;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Tweet;
import com.tweetrade.sentiment.KeywordMatcher;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads one Jetstream JSON message into a {@link JetstreamEvent}: a post create becomes a {@link
 * Tweet}.
 *
 * <p>Unknown fields are ignored (newer servers add some). The tweet: id from {@code did} and {@code
 * rkey} ({@link PostIds}), the text as written, {@code createdAt} as event time, the DID as author
 * name (commits carry no handle), the first declared language, cashtags from {@code $}-tag facets
 * and from the text (the scanner the Flink job uses), hashtags from the other tag facets and the
 * record's {@code tags}. A message that is not JSON, lacks what its kind needs, or whose {@code
 * createdAt} is not an RFC 3339 time or lies more than {@link #MAX_AHEAD_MICROS} after the server's
 * own time (it would push the job's event time ahead) is malformed. Thread-safe.
 */
public final class PostMapper {
  /** How far a post's createdAt may run ahead of Jetstream's clock: 10 minutes. */
  static final long MAX_AHEAD_MICROS = 600_000_000L;

  private static final String TAG_FEATURE = "app.bsky.richtext.facet#tag";
  private static final ObjectMapper JSON = JsonCodec.mapper();

  private PostMapper() {}

  public static JetstreamEvent read(String message) {
    JsonNode root;
    try {
      root = JSON.readTree(message);
    } catch (JsonProcessingException e) {
      return JetstreamEvent.malformed(0, "not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) return JetstreamEvent.malformed(0, "not a JSON object");
    JsonNode time = root.get("time_us");
    long timeUs =
        time != null && time.canConvertToLong() && time.isIntegralNumber() ? time.asLong() : 0;
    if (timeUs <= 0) return JetstreamEvent.malformed(0, "no positive integer time_us");
    String kind = text(root, "kind");
    if (kind == null) return JetstreamEvent.malformed(timeUs, "no kind");
    return switch (kind) {
      case "identity" -> JetstreamEvent.skipped(timeUs, Skip.IDENTITY);
      case "account" -> JetstreamEvent.skipped(timeUs, Skip.ACCOUNT);
      case "commit" -> commit(root, timeUs);
      default -> JetstreamEvent.skipped(timeUs, Skip.OTHER_KIND);
    };
  }

  private static JetstreamEvent commit(JsonNode root, long timeUs) {
    JsonNode commit = root.get("commit");
    if (commit == null || !commit.isObject())
      return JetstreamEvent.malformed(timeUs, "commit without a commit object");
    if (!JetstreamUrl.POSTS.equals(text(commit, "collection")))
      return JetstreamEvent.skipped(timeUs, Skip.OTHER_COLLECTION);
    String operation = text(commit, "operation");
    if ("delete".equals(operation)) return JetstreamEvent.skipped(timeUs, Skip.DELETE);
    if ("update".equals(operation)) return JetstreamEvent.skipped(timeUs, Skip.UPDATE);
    if (!"create".equals(operation))
      return JetstreamEvent.malformed(timeUs, "commit operation is " + operation);
    String did = text(root, "did");
    if (did == null || !did.startsWith("did:"))
      return JetstreamEvent.malformed(timeUs, "post without a did");
    String rkey = text(commit, "rkey");
    if (rkey == null || rkey.isBlank())
      return JetstreamEvent.malformed(timeUs, "post without an rkey");
    JsonNode record = commit.get("record");
    if (record == null || !record.isObject())
      return JetstreamEvent.malformed(timeUs, "post create without a record");
    JsonNode textNode = record.get("text");
    if (textNode == null || !textNode.isTextual())
      return JetstreamEvent.malformed(timeUs, "post without a text field");
    long createdAt = createdAtMillis(text(record, "createdAt"));
    if (createdAt <= 0) {
      return JetstreamEvent.malformed(
          timeUs, "post createdAt is not an RFC 3339 time: " + text(record, "createdAt"));
    }
    if (createdAt * 1000 - timeUs > MAX_AHEAD_MICROS) {
      return JetstreamEvent.malformed(
          timeUs,
          "post createdAt "
              + text(record, "createdAt")
              + " is more than 10 minutes after the server's time_us "
              + timeUs);
    }
    String text = textNode.asText();
    if (text.isBlank()) return JetstreamEvent.skipped(timeUs, Skip.NO_TEXT);
    List<String> langs = strings(record.get("langs"));
    Set<String> cashtags = new LinkedHashSet<>();
    Set<String> hashtags = new LinkedHashSet<>();
    readTags(record, cashtags, hashtags);
    for (String symbol : KeywordMatcher.cashtags(text))
      cashtags.add(symbol.toUpperCase(Locale.ROOT));
    Tweet tweet =
        new Tweet(
            PostIds.of(did, rkey),
            text,
            createdAt,
            PostIds.author(did),
            did,
            0,
            langs.isEmpty() ? null : langs.get(0),
            List.copyOf(cashtags),
            List.copyOf(hashtags),
            false,
            null,
            Tweet.SOURCE_BLUESKY);
    return JetstreamEvent.post(timeUs, tweet, langs);
  }

  private static void readTags(JsonNode record, Set<String> cashtags, Set<String> hashtags) {
    JsonNode facets = record.get("facets");
    if (facets != null && facets.isArray()) {
      for (JsonNode facet : facets) {
        JsonNode features = facet.get("features");
        if (features == null || !features.isArray()) continue;
        for (JsonNode f : features) {
          String tag = TAG_FEATURE.equals(text(f, "$type")) ? text(f, "tag") : null;
          if (tag != null) addTag(tag, cashtags, hashtags);
        }
      }
    }
    for (String tag : strings(record.get("tags"))) addTag(tag, cashtags, hashtags);
  }

  private static void addTag(String tag, Set<String> cashtags, Set<String> hashtags) {
    String t = tag.strip();
    if (t.startsWith("$")) {
      String symbol = t.substring(1);
      if (!symbol.isEmpty() && symbol.length() <= 10) cashtags.add(symbol.toUpperCase(Locale.ROOT));
    } else if (!t.isEmpty()) {
      hashtags.add(t.startsWith("#") ? t.substring(1) : t);
    }
  }

  /** Epoch ms of an RFC 3339 time with an offset ({@code Z} or {@code +01:00}), or -1. */
  static long createdAtMillis(String value) {
    if (value == null) return -1;
    try {
      return OffsetDateTime.parse(value).toInstant().toEpochMilli();
    } catch (DateTimeParseException e) {
      return -1;
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isTextual() ? v.asText() : null;
  }

  private static List<String> strings(JsonNode array) {
    if (array == null || !array.isArray()) return List.of();
    List<String> out = new ArrayList<>(array.size());
    for (JsonNode v : array) if (v.isTextual()) out.add(v.asText());
    return out;
  }
}
