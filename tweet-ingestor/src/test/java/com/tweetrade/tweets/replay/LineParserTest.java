package com.tweetrade.tweets.replay;

import static com.tweetrade.tweets.Fixtures.tweetJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Tweet;
import com.tweetrade.tweets.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineParserTest {

  @Test
  void shouldMapTheFirstSampleTweet() throws Exception {
    Tweet t = LineParser.parse(Fixtures.sampleLines().get(0)).tweet();
    assertThat(t.id()).isEqualTo(572185064278233088L);
    assertThat(t.text())
        .startsWith(
            "$AMGN - Phase 3 Head-to-Head ENDEAVOR Study Demonstrates Superiority Of"
                + " Kyprolis\u00ae");
    assertThat(t.createdAt()).isEqualTo(1425254524000L); // Mon Mar 02 00:02:04 +0000 2015
    assertThat(t.authorId()).isEqualTo(2440753004L);
    assertThat(t.authorName()).isEqualTo("StockNews_");
    assertThat(t.followers()).isEqualTo(2683);
    assertThat(t.lang()).isEqualTo("en");
    assertThat(t.cashtags()).containsExactly("AMGN");
    assertThat(t.hashtags()).isEmpty();
    assertThat(t.retweet()).isFalse();
    assertThat(t.retweetedId()).isNull();
    assertThat(t.source()).isEqualTo(Tweet.SOURCE_REPLAY);
  }

  @Test
  void shouldMarkRetweetsWithTheOriginalId() throws Exception {
    Tweet t = LineParser.parse(Fixtures.sampleLines().get(7)).tweet();
    assertThat(t.id()).isEqualTo(572237459490263040L);
    assertThat(t.retweet()).isTrue();
    assertThat(t.retweetedId()).isEqualTo(572029426151497730L);
    assertThat(t.text()).startsWith("RT @PolgarStocks: $USO");
  }

  @Test
  void shouldDecodeHtmlEntitiesOfTheSample() throws Exception {
    Tweet t = LineParser.parse(Fixtures.sampleLines().get(20)).tweet();
    assertThat(t.text())
        .isEqualTo(
            "$T - AT&T Integrates Home Security & Automation Controls With The Connected Car"
                + " http://t.co/FoolNePwsu");
  }

  @Test
  void shouldDecodeEveryEntityTwitterUses() {
    String json =
        tweetJson(
            5, "a &amp; b &lt;c&gt; &quot;d&quot; it&#39;s", "Mon Mar 02 00:02:04 +0000 2015");
    assertThat(LineParser.parse(json).tweet().text()).isEqualTo("a & b <c> \"d\" it's");
  }

  @Test
  void shouldTakeCashtagsUpperCaseAndHashtagsFromEntities() {
    String json =
        "{\"created_at\":\"Mon Mar 02 00:02:04 +0000 2015\",\"id\":9,\"text\":\"$tsla #EV #ev\","
            + "\"user\":{\"id\":1,\"screen_name\":\"x\",\"followers_count\":0},\"entities\":{"
            + "\"symbols\":[{\"text\":\"tsla\",\"indices\":[0,5]}],"
            + "\"hashtags\":[{\"text\":\"EV\",\"indices\":[6,9]},{\"text\":\"ev\",\"indices\":[10,13]}]}}";
    Tweet t = LineParser.parse(json).tweet();
    assertThat(t.cashtags()).containsExactly("TSLA");
    assertThat(t.hashtags()).containsExactly("EV", "ev");
  }

  @Test
  void shouldRejectBrokenJsonWithAReason() {
    LineParser.Parsed p = LineParser.parse("{\"id\": 12, \"text\": ");
    assertThat(p.ok()).isFalse();
    assertThat(p.error()).startsWith("not Twitter v1.1 JSON");
  }

  @Test
  void shouldRejectATweetWithoutText() {
    LineParser.Parsed p =
        LineParser.parse(
            "{\"created_at\":\"Mon Mar 02 00:02:04 +0000 2015\",\"id\":12,\"user\":{\"id\":1}}");
    assertThat(p.ok()).isFalse();
    assertThat(p.error()).isEqualTo("tweet has no text");
  }

  @Test
  void shouldParseEverySampleLineLikeAPlainJsonReaderDoes() throws Exception {
    List<String> lines = Fixtures.sampleLines();
    assertThat(lines).hasSize(750);
    for (String line : lines) {
      JsonNode raw = JsonCodec.mapper().readTree(line);
      Tweet t = LineParser.parse(line).tweet();
      assertThat(t.id()).isEqualTo(raw.get("id").asLong());
      assertThat(t.authorId()).isEqualTo(raw.get("user").get("id").asLong());
      assertThat(t.retweet()).isEqualTo(raw.has("retweeted_status"));
      assertThat(t.cashtags()).hasSize((int) distinctUpper(raw.get("entities").get("symbols")));
      // Some feeds double-escape apostrophes ("Today&amp;#39;s"); those are meant as "'" too.
      assertThat(t.text())
          .isEqualTo(
              raw.get("text")
                  .asText()
                  .replace("&lt;", "<")
                  .replace("&gt;", ">")
                  .replace("&amp;", "&")
                  .replace("&#39;", "'"));
    }
  }

  private static long distinctUpper(JsonNode symbols) {
    java.util.Set<String> s = new java.util.HashSet<>();
    symbols.forEach(n -> s.add(n.get("text").asText().toUpperCase()));
    return s.size();
  }
}
