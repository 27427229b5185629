package com.tweetrade.tweets.live.bluesky;

import static com.tweetrade.tweets.live.bluesky.JetstreamMessages.at;
import static com.tweetrade.tweets.live.bluesky.JetstreamMessages.cashtagFacet;
import static com.tweetrade.tweets.live.bluesky.JetstreamMessages.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.Tweet;
import org.junit.jupiter.api.Test;

class PostMapperTest {
  private static final String DID = "did:plc:alice4zqkq5v2kq7wqxyz";

  @Test
  void shouldMapAPostCreateToATweet() {
    String message =
        post(
            DID,
            "3lbgqp6a2c22k",
            at(2),
            "Long $aapl, short #tesla",
            "en-US",
            cashtagFacet("$aapl", 10)
                .replace(
                    "}]}]",
                    "}]},{\"index\":{\"byteStart\":18,\"byteEnd\":24},"
                        + "\"features\":[{\"$type\":\"app.bsky.richtext.facet#tag\",\"tag\":\"tesla\"}]}]"));

    JetstreamEvent e = PostMapper.read(message);

    assertThat(e.problem()).isNull();
    assertThat(e.skip()).isNull();
    assertThat(e.timeUs()).isEqualTo(at(2));
    assertThat(e.langs()).containsExactly("en-US");
    Tweet t = e.post();
    assertThat(t.id()).isEqualTo(PostIds.of(DID, "3lbgqp6a2c22k")).isPositive();
    assertThat(t.text()).isEqualTo("Long $aapl, short #tesla");
    assertThat(t.createdAt()).isEqualTo(1_732_183_200_000L);
    assertThat(t.authorName()).isEqualTo(DID);
    assertThat(t.authorId()).isEqualTo(PostIds.author(DID));
    assertThat(t.lang()).isEqualTo("en-US");
    assertThat(t.cashtags()).containsExactly("AAPL");
    assertThat(t.hashtags()).containsExactly("tesla");
    assertThat(t.retweet()).isFalse();
    assertThat(t.source()).isEqualTo(Tweet.SOURCE_BLUESKY);
    assertThat(t.problem()).isNull();
  }

  @Test
  void shouldTakeCashtagsFromTheTextWhenThereIsNoFacet() {
    Tweet t =
        PostMapper.read(post(DID, "k1", at(1), "($TSLA) and $BRK.B, not US$5 or $1000")).post();

    assertThat(t.cashtags()).containsExactly("TSLA", "BRK.B");
  }

  @Test
  void shouldIgnoreUnknownFieldsAndReadOffsetTimes() {
    String message =
        post(DID, "k2", at(1), "hi")
            .replace("\"kind\":\"commit\"", "\"kind\":\"commit\",\"newField\":{\"x\":1}")
            .replace(JetstreamMessages.CREATED, "2024-11-21T11:00:00+01:00");

    assertThat(PostMapper.read(message).post().createdAt()).isEqualTo(1_732_183_200_000L);
  }

  @Test
  void shouldSkipEveryOtherKindOfMessage() {
    assertThat(PostMapper.read(JetstreamMessages.identity(DID, at(0))).skip())
        .isEqualTo(Skip.IDENTITY);
    assertThat(PostMapper.read(JetstreamMessages.account(DID, at(0))).skip())
        .isEqualTo(Skip.ACCOUNT);
    assertThat(PostMapper.read(JetstreamMessages.like(DID, at(0))).skip())
        .isEqualTo(Skip.OTHER_COLLECTION);
    assertThat(PostMapper.read(JetstreamMessages.delete(DID, "k", at(0))).skip())
        .isEqualTo(Skip.DELETE);
    assertThat(PostMapper.read(JetstreamMessages.update(DID, "k", at(0), "x")).skip())
        .isEqualTo(Skip.UPDATE);
    assertThat(PostMapper.read(JetstreamMessages.otherKind(at(0))).skip())
        .isEqualTo(Skip.OTHER_KIND);
    assertThat(PostMapper.read(post(DID, "k", at(0), "  ")).skip()).isEqualTo(Skip.NO_TEXT);
    assertThat(PostMapper.read(JetstreamMessages.identity(DID, at(3))).timeUs()).isEqualTo(at(3));
  }

  @Test
  void shouldCallMalformedMessagesSoWithAReason() {
    assertThat(PostMapper.read("{\"did\":").problem()).startsWith("not JSON: ");
    assertThat(PostMapper.read("[1,2]").problem()).isEqualTo("not a JSON object");
    assertThat(PostMapper.read("{\"did\":\"" + DID + "\",\"kind\":\"identity\"}").problem())
        .isEqualTo("no positive integer time_us");
    assertThat(
            PostMapper.read("{\"did\":\"" + DID + "\",\"time_us\":\"soon\",\"kind\":\"identity\"}")
                .problem())
        .isEqualTo("no positive integer time_us");
    assertThat(PostMapper.read("{\"time_us\":5}").problem()).isEqualTo("no kind");
    assertThat(PostMapper.read("{\"time_us\":5,\"kind\":\"commit\"}").problem())
        .isEqualTo("commit without a commit object");
    String noRecord = JetstreamMessages.delete(DID, "k", at(0)).replace("\"delete\"", "\"create\"");
    assertThat(PostMapper.read(noRecord).problem()).isEqualTo("post create without a record");
    assertThat(
            PostMapper.read(post(DID, "k", at(0), "x").replace("\"text\":\"x\"", "\"text\":7"))
                .problem())
        .isEqualTo("post without a text field");
    assertThat(PostMapper.read(post("someone", "k", at(0), "x")).problem())
        .isEqualTo("post without a did");
    assertThat(PostMapper.read(post(DID, "", at(0), "x")).problem())
        .isEqualTo("post without an rkey");
    assertThat(
            PostMapper.read(
                    JetstreamMessages.postCreatedAt(DID, "k", at(0), "x", "2024-11-21 10:00"))
                .problem())
        .isEqualTo("post createdAt is not an RFC 3339 time: 2024-11-21 10:00");
  }

  @Test
  void shouldRefuseAPostDatedFarAheadOfTheServerClock() {
    String tenMinutesAhead =
        JetstreamMessages.postCreatedAt(DID, "k", at(0), "x", "2024-11-21T10:10:00Z");
    String elevenMinutesAhead =
        JetstreamMessages.postCreatedAt(DID, "k", at(0), "x", "2024-11-21T10:11:00Z");

    assertThat(PostMapper.read(tenMinutesAhead).post()).isNotNull();
    assertThat(PostMapper.read(elevenMinutesAhead).problem())
        .contains("more than 10 minutes after");
  }

  @Test
  void shouldGiveTheSamePostTheSameIdAndOtherPostsOthers() {
    assertThat(PostIds.of(DID, "3lb1")).isEqualTo(PostIds.of(DID, "3lb1"));
    assertThat(PostIds.of(DID, "3lb1")).isNotEqualTo(PostIds.of(DID, "3lb2"));
    assertThat(PostIds.of("did:plc:a", "b/c")).isNotEqualTo(PostIds.of("did:plc:x", "3lb1"));
  }
}
