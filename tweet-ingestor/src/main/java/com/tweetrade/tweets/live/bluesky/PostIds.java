package com.tweetrade.tweets.live.bluesky;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Tweet ids for Bluesky posts: the first 63 bits of SHA-256 over {@code did/rkey}, never 0.
 *
 * <p>A post is named by its author's DID and its record key, so the same post gets the same id on
 * every connection, every instance and every restart: that is what lets a resend after a reconnect
 * (or a resume with a cursor) be recognised and dropped. 63 bits make a collision between two real
 * posts negligible (about one in 10^10 at a billion posts).
 */
public final class PostIds {
  private PostIds() {}

  /** The id of post {@code rkey} of {@code did}. */
  public static long of(String did, String rkey) {
    return hash(did + "/" + rkey);
  }

  /** A positive 63-bit number for a DID, used as the tweet's author id. */
  public static long author(String did) {
    return hash(did);
  }

  private static long hash(String text) {
    byte[] d = sha256().digest(text.getBytes(StandardCharsets.UTF_8));
    long v = 0;
    for (int i = 0; i < 8; i++) v = (v << 8) | (d[i] & 0xFF);
    v &= Long.MAX_VALUE;
    return v == 0 ? 1 : v;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
