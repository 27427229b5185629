package com.tweetrade.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One case per VADER rule, with the scores vaderSentiment 3.3.2 prints for it (obtained by running
 * the reference on these sentences), compared as printed text so that rounding and "-0.0" count
 * too.
 */
class VaderFeaturesTest {

  private final SentimentAnalyzer analyzer = SentimentAnalyzer.load();

  /** feature | text | compound, positive, neutral and negative as the reference prints them */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          plain | The book was good. | 0.4404 0.492 0.508 0.0
          negation | The book was not good. | -0.3412 0.0 0.624 0.376
          negation, upper-case negator | The book was NOT good. | -0.3412 0.0 0.624 0.376
          negation, capitalised negator | Not good at all | -0.3412 0.0 0.555 0.445
          negation by no | The book was no good. | -0.3412 0.0 0.624 0.376
          no as a word of its own | No, the book was good. | 0.4404 0.42 0.58 0.0
          no before a lexicon word | There is no doubt about it | 0.2755 0.297 0.703 0.0
          no no: the second no re-scored | no no good | -0.1326 0.357 0.189 0.454
          no ... or | There are no problems or issues with it | 0.3089 0.244 0.756 0.0
          negation by n't | The book isn't good. | -0.3412 0.0 0.555 0.445
          never so | The book was never so good. | 0.6626 0.47 0.53 0.0
          without doubt | Without a doubt, excellent idea. | 0.7013 0.659 0.341 0.0
          but | The plot was good, but the characters are uncompelling. | -0.1027 0.173 0.619 0.208
          but, upper case | The plot was good BUT the characters are uncompelling. | -0.1027 0.173 0.619 0.208
          but | The plot was bad, but the acting was good. | 0.3818 0.294 0.534 0.172
          but with repeated values (reference's list.index quirk) | good good but good good | 0.891 0.921 0.079 0.0
          booster | The book was very good. | 0.4927 0.444 0.556 0.0
          dampener kind of | The book was kind of good. | 0.3832 0.343 0.657 0.0
          booster in caps | The book was VERY good. | 0.6028 0.495 0.505 0.0
          caps emphasis | The book was GOOD. | 0.5622 0.548 0.452 0.0
          all caps: no emphasis | THE BOOK WAS GOOD. | 0.4404 0.492 0.508 0.0
          exclamation | The book was good! | 0.4926 0.516 0.484 0.0
          exclamations | The book was good!!! | 0.5826 0.557 0.443 0.0
          exclamations capped at 4 | The book was good!!!!!! | 0.6209 0.576 0.424 0.0
          question marks | Was the book good?? | 0.504 0.521 0.479 0.0
          question marks capped | Was the book good???? | 0.594 0.563 0.437 0.0
          one question mark: none | Was the book good? | 0.4404 0.492 0.508 0.0
          idiom the bomb | That movie was the bomb | 0.6124 0.5 0.5 0.0
          lexicon badass | He is such a badass | 0.34 0.375 0.625 0.0
          idiom bad ass | This is a bad ass movie | 0.6124 0.556 0.444 0.0
          idiom yeah right | Yeah right, great idea | 0.743 0.759 0.241 0.0
          idiom to die for | That cake is to die for | -0.5994 0.0 0.562 0.438
          idiom kiss of death | It was the kiss of death for the company | -0.6124 0.0 0.583 0.417
          least | Roger Dodger is one of the least compelling variations on this theme. | -0.1695 0.0 0.868 0.132
          at least | Roger Dodger is at least compelling as a variation on the theme. | 0.2263 0.147 0.853 0.0
          emoji | Catch utf-8 emoji such as 💘 and 💋 and 😁 | 0.875 0.417 0.583 0.0
          emoji glued to words | I love it😁😁 | 0.8807 0.505 0.495 0.0
          emoji without valence | Stock is up! 🚀🚀 | 0.0 0.0 1.0 0.0
          emoticons | Make sure you :) or :D today! | 0.8633 0.706 0.294 0.0
          slang in caps | Today SUX! | -0.5461 0.0 0.221 0.779
          neutral tweet | $TSLA to the moon, buy buy buy | 0.0 0.0 1.0 0.0
          """)
  void shouldScoreLikeTheReference(String feature, String text, String scores) {
    assertThat(analyzer.score(text).toTsv()).as(feature).isEqualTo(scores.replace(' ', '\t'));
  }

  @Test
  void shouldFlipSignUnderNegation() {
    assertThat(analyzer.score("The food is good").compound()).isPositive();
    assertThat(analyzer.score("The food is not good").compound()).isNegative();
    assertThat(analyzer.score("The food is NOT good").compound())
        .isEqualTo(analyzer.score("The food is not good").compound());
  }

  @Test
  void shouldScoreTextsWithoutWordsAsZero() {
    assertThat(analyzer.score("")).isEqualTo(SentimentScores.ZERO);
    assertThat(analyzer.score(" \t\u3000 ")).isEqualTo(SentimentScores.ZERO);
    assertThat(analyzer.score(null)).isEqualTo(SentimentScores.ZERO);
  }

  @Test
  void shouldSplitOnPythonWhitespaceOnly() {
    // U+00A0 separates words for Python's str.split() although Java's isWhitespace says it is not
    // whitespace
    assertThat(analyzer.score("very\u00a0good")).isEqualTo(analyzer.score("very good"));
  }

  @Test
  void shouldGiveTheSameScoresFromManyThreads() {
    List<String> texts =
        IntStream.range(0, 2_000)
            .mapToObj(
                k ->
                    (k % 3 == 0 ? "NOT " : "")
                        + "really good but "
                        + (k % 5 == 0 ? "awful!!" : "fine :)")
                        + k)
            .toList();
    List<SentimentScores> sequential = texts.stream().map(analyzer::score).toList();
    List<SentimentScores> parallel = texts.parallelStream().map(analyzer::score).toList();
    assertThat(parallel).isEqualTo(sequential);
  }

  @Test
  void shouldDeserializeToTheSharedInstance() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(analyzer);
    }
    assertThat(bytes.size()).as("no lexicon on the wire").isLessThan(200);
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      Object copy = in.readObject();
      assertThat(copy).isSameAs(SentimentAnalyzer.load());
    }
  }
}
