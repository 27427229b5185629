package com.tweetrade.tweets.live.bluesky;

/**
 * Jetstream messages shaped as a real instance sends them (fields, nesting and extras such as
 * {@code rev}, {@code cid}, {@code embed}, {@code reply} as seen on the wire), built by name.
 */
final class JetstreamMessages {
  /** 2024-11-21T10:00:00Z in unix microseconds: the time of the first recorded event. */
  static final long T0 = 1_732_183_200_000_000L;

  static final long SECOND = 1_000_000L;
  static final String CREATED = "2024-11-21T10:00:00.000Z";

  private JetstreamMessages() {}

  static long at(int seconds) {
    return T0 + seconds * SECOND;
  }

  static String post(
      String did, String rkey, long timeUs, String text, String lang, String facetsJson) {
    return "{\"did\":\""
        + did
        + "\",\"time_us\":"
        + timeUs
        + ",\"kind\":\"commit\",\"commit\":{\"rev\":\"3lbgqp6"
        + rkey
        + "\",\"operation\":\"create\",\"collection\":\"app.bsky.feed.post\",\"rkey\":\""
        + rkey
        + "\","
        + "\"record\":{\"$type\":\"app.bsky.feed.post\",\"createdAt\":\""
        + CREATED
        + "\",\"langs\":[\""
        + lang
        + "\"],\"text\":\""
        + text
        + "\""
        + (facetsJson == null ? "" : ",\"facets\":" + facetsJson)
        + ",\"embed\":{\"$type\":\"app.bsky.embed.external\","
        + "\"external\":{\"uri\":\"https://example.com\",\"title\":\"\","
        + "\"description\":\"\"}}},\"cid\":\"bafyreib2rxk3rh6kzwq"
        + rkey
        + "\"}}";
  }

  static String post(String did, String rkey, long timeUs, String text) {
    return post(did, rkey, timeUs, text, "en", null);
  }

  /** A {@code $}-tag facet over the first {@code length} bytes, as the app writes cashtags. */
  static String cashtagFacet(String tag, int length) {
    return "[{\"$type\":\"app.bsky.richtext.facet\",\"index\":{\"byteStart\":0,\"byteEnd\":"
        + length
        + "},"
        + "\"features\":[{\"$type\":\"app.bsky.richtext.facet#tag\",\"tag\":\""
        + tag
        + "\"}]}]";
  }

  static String postCreatedAt(String did, String rkey, long timeUs, String text, String createdAt) {
    return post(did, rkey, timeUs, text).replace(CREATED, createdAt);
  }

  static String identity(String did, long timeUs) {
    return "{\"did\":\""
        + did
        + "\",\"time_us\":"
        + timeUs
        + ",\"kind\":\"identity\",\"identity\":{\"did\":\""
        + did
        + "\",\"handle\":\"someone.bsky.social\",\"seq\":3401234567,\"time\":\"2024-11-21T10:00:00.000Z\"}}";
  }

  static String account(String did, long timeUs) {
    return "{\"did\":\""
        + did
        + "\",\"time_us\":"
        + timeUs
        + ",\"kind\":\"account\",\"account\":{\"active\":false,"
        + "\"did\":\""
        + did
        + "\",\"seq\":3401234568,\"status\":\"deactivated\",\"time\":\"2024-11-21T10:00:01.000Z\"}}";
  }

  static String like(String did, long timeUs) {
    return "{\"did\":\""
        + did
        + "\",\"time_us\":"
        + timeUs
        + ",\"kind\":\"commit\",\"commit\":{\"rev\":\"3lbx\","
        + "\"operation\":\"create\",\"collection\":\"app.bsky.feed.like\",\"rkey\":\"3lbxlike\",\"record\":{\"$type\":"
        + "\"app.bsky.feed.like\",\"createdAt\":\""
        + CREATED
        + "\",\"subject\":{\"cid\":\"bafy\",\"uri\":"
        + "\"at://did:plc:other/app.bsky.feed.post/3lb\"}},\"cid\":\"bafylike\"}}";
  }

  static String delete(String did, String rkey, long timeUs) {
    return "{\"did\":\""
        + did
        + "\",\"time_us\":"
        + timeUs
        + ",\"kind\":\"commit\",\"commit\":{\"rev\":\"3lbd\","
        + "\"operation\":\"delete\",\"collection\":\"app.bsky.feed.post\",\"rkey\":\""
        + rkey
        + "\"}}";
  }

  static String update(String did, String rkey, long timeUs, String text) {
    return post(did, rkey, timeUs, text)
        .replace("\"operation\":\"create\"", "\"operation\":\"update\"");
  }

  static String otherKind(long timeUs) {
    return "{\"did\":\"did:plc:z\",\"time_us\":"
        + timeUs
        + ",\"kind\":\"sync\",\"sync\":{\"rev\":\"3lbs\"}}";
  }
}
