package com.tweetrade.tweets.live.bluesky;

import com.tweetrade.model.Tweet;
import java.util.List;

/**
 * One Jetstream message as the source needs it: its {@code time_us} (the resume cursor) and either
 * a post, or why it is skipped, or why it is malformed.
 *
 * @param timeUs the server's time of the event, unix microseconds; 0 when the message had none
 * @param post the post as a tweet, when the message is a post create
 * @param langs the post's languages as the author's client declared them
 * @param skip why the message is not a post, or {@code null}
 * @param problem why the message is malformed (a dead letter), or {@code null}
 */
public record JetstreamEvent(
    long timeUs, Tweet post, List<String> langs, Skip skip, String problem) {

  static JetstreamEvent post(long timeUs, Tweet post, List<String> langs) {
    return new JetstreamEvent(timeUs, post, langs, null, null);
  }

  static JetstreamEvent skipped(long timeUs, Skip skip) {
    return new JetstreamEvent(timeUs, null, List.of(), skip, null);
  }

  static JetstreamEvent malformed(long timeUs, String problem) {
    return new JetstreamEvent(timeUs, null, List.of(), null, problem);
  }
}
