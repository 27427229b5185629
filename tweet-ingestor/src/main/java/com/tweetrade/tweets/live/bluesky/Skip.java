package com.tweetrade.tweets.live.bluesky;

/** Why a well-formed Jetstream message did not become a tweet. */
public enum Skip {
  /** A handle or DID document change. */
  IDENTITY,
  /** An account became active, deactivated, was taken down... */
  ACCOUNT,
  /** A kind this client does not know (newer servers may add some). */
  OTHER_KIND,
  /** A commit to another collection (likes, follows...) that a server sent anyway. */
  OTHER_COLLECTION,
  /** A post deleted; one already sent cannot be recalled downstream. */
  DELETE,
  /** A post edited; the first version was what people reacted to, and its id is taken. */
  UPDATE,
  /** A post with no text (an image or a quote only). */
  NO_TEXT,
  /** A post in none of the {@code --lang} languages. */
  LANGUAGE,
  /** A post that mentions no tracked keyword or cashtag. */
  NO_MATCH
}
