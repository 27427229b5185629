package com.tweetrade.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One case per VADER rule, with the scores vaderSentiment 3.3.2 prints for it (obtained by running
 * the reference on these sentences), compared as printed text so that rounding and "-0.0" count
 * too.
 */
class VaderFeaturesTest {

  private final SentimentAnalyzer analyzer = SentimentAnalyzer.load();

  static Stream<Arguments> referenceCases() {
    return Stream.of(
        Arguments.of("plain", "The book was good.", "0.4404\t0.492\t0.508\t0.0"),
        Arguments.of("negation", "The book was not good.", "-0.3412\t0.0\t0.624\t0.376"),
        Arguments.of(
            "negation, upper-case negator", "The book was NOT good.", "-0.3412\t0.0\t0.624\t0.376"),
        Arguments.of(
            "negation, capitalised negator", "Not good at all", "-0.3412\t0.0\t0.555\t0.445"),
        Arguments.of("negation by no", "The book was no good.", "-0.3412\t0.0\t0.624\t0.376"),
        Arguments.of(
            "no as a word of its own", "No, the book was good.", "0.4404\t0.42\t0.58\t0.0"),
        Arguments.of(
            "no before a lexicon word", "There is no doubt about it", "0.2755\t0.297\t0.703\t0.0"),
        Arguments.of(
            "no no: the second no re-scored", "no no good", "-0.1326\t0.357\t0.189\t0.454"),
        Arguments.of(
            "no ... or", "There are no problems or issues with it", "0.3089\t0.244\t0.756\t0.0"),
        Arguments.of("negation by n't", "The book isn't good.", "-0.3412\t0.0\t0.555\t0.445"),
        Arguments.of("never so", "The book was never so good.", "0.6626\t0.47\t0.53\t0.0"),
        Arguments.of(
            "without doubt", "Without a doubt, excellent idea.", "0.7013\t0.659\t0.341\t0.0"),
        Arguments.of(
            "but",
            "The plot was good, but the characters are uncompelling.",
            "-0.1027\t0.173\t0.619\t0.208"),
        Arguments.of(
            "but, upper case",
            "The plot was good BUT the characters are uncompelling.",
            "-0.1027\t0.173\t0.619\t0.208"),
        Arguments.of(
            "but", "The plot was bad, but the acting was good.", "0.3818\t0.294\t0.534\t0.172"),
        Arguments.of(
            "but with repeated values (reference's list.index quirk)",
            "good good but good good",
            "0.891\t0.921\t0.079\t0.0"),
        Arguments.of("booster", "The book was very good.", "0.4927\t0.444\t0.556\t0.0"),
        Arguments.of("dampener kind of", "The book was kind of good.", "0.3832\t0.343\t0.657\t0.0"),
        Arguments.of("booster in caps", "The book was VERY good.", "0.6028\t0.495\t0.505\t0.0"),
        Arguments.of("caps emphasis", "The book was GOOD.", "0.5622\t0.548\t0.452\t0.0"),
        Arguments.of("all caps: no emphasis", "THE BOOK WAS GOOD.", "0.4404\t0.492\t0.508\t0.0"),
        Arguments.of("exclamation", "The book was good!", "0.4926\t0.516\t0.484\t0.0"),
        Arguments.of("exclamations", "The book was good!!!", "0.5826\t0.557\t0.443\t0.0"),
        Arguments.of(
            "exclamations capped at 4", "The book was good!!!!!!", "0.6209\t0.576\t0.424\t0.0"),
        Arguments.of("question marks", "Was the book good??", "0.504\t0.521\t0.479\t0.0"),
        Arguments.of("question marks capped", "Was the book good????", "0.594\t0.563\t0.437\t0.0"),
        Arguments.of("one question mark: none", "Was the book good?", "0.4404\t0.492\t0.508\t0.0"),
        Arguments.of("idiom the bomb", "That movie was the bomb", "0.6124\t0.5\t0.5\t0.0"),
        Arguments.of("lexicon badass", "He is such a badass", "0.34\t0.375\t0.625\t0.0"),
        Arguments.of("idiom bad ass", "This is a bad ass movie", "0.6124\t0.556\t0.444\t0.0"),
        Arguments.of("idiom yeah right", "Yeah right, great idea", "0.743\t0.759\t0.241\t0.0"),
        Arguments.of("idiom to die for", "That cake is to die for", "-0.5994\t0.0\t0.562\t0.438"),
        Arguments.of(
            "idiom kiss of death",
            "It was the kiss of death for the company",
            "-0.6124\t0.0\t0.583\t0.417"),
        Arguments.of(
            "least",
            "Roger Dodger is one of the least compelling variations on this theme.",
            "-0.1695\t0.0\t0.868\t0.132"),
        Arguments.of(
            "at least",
            "Roger Dodger is at least compelling as a variation on the theme.",
            "0.2263\t0.147\t0.853\t0.0"),
        Arguments.of(
            "emoji", "Catch utf-8 emoji such as 💘 and 💋 and 😁", "0.875\t0.417\t0.583\t0.0"),
        Arguments.of("emoji glued to words", "I love it😁😁", "0.8807\t0.505\t0.495\t0.0"),
        Arguments.of("emoji without valence", "Stock is up! 🚀🚀", "0.0\t0.0\t1.0\t0.0"),
        Arguments.of("emoticons", "Make sure you :) or :D today!", "0.8633\t0.706\t0.294\t0.0"),
        Arguments.of("slang in caps", "Today SUX!", "-0.5461\t0.0\t0.221\t0.779"),
        Arguments.of("neutral tweet", "$TSLA to the moon, buy buy buy", "0.0\t0.0\t1.0\t0.0"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("referenceCases")
  void shouldScoreLikeTheReference(String feature, String text, String expected) {
    assertThat(analyzer.score(text).toTsv()).as(feature).isEqualTo(expected);
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
