package com.tweetrade.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Keyword matching: case, word boundaries, phrases, large sets, updates, serialisation; and
 * cashtags.
 */
class KeywordMatcherTest {

  private static final KeywordMatcher COMPANIES =
      KeywordMatcher.of(List.of("Tesla", "elon musk", "Apple", "S&P 500"));

  @Test
  void shouldMatchIgnoringCase() {
    assertThat(COMPANIES.find("TESLA deliveries beat estimates")).containsExactly("tesla");
  }

  @Test
  void shouldMatchOnWordBoundariesOnly() {
    assertThat(COMPANIES.find("#Tesla's new plant")).containsExactly("tesla");
    assertThat(COMPANIES.find("(tesla)")).containsExactly("tesla");
    assertThat(COMPANIES.find("Teslas everywhere")).isEmpty();
    assertThat(COMPANIES.find("pineapple juice")).isEmpty();
    assertThat(COMPANIES.find("apple2")).isEmpty();
    assertThat(COMPANIES.find("tesla")).containsExactly("tesla");
  }

  @Test
  void shouldMatchPhrasesAcrossAnyWhitespace() {
    assertThat(COMPANIES.find("Elon  Musk\tsays")).containsExactly("elon musk");
    assertThat(COMPANIES.find("ELON\nMUSK")).containsExactly("elon musk");
    assertThat(COMPANIES.find("elon muskrat")).isEmpty();
    assertThat(COMPANIES.find("the s&p 500 fell")).containsExactly("s&p 500");
  }

  @Test
  void shouldFindEveryKeywordIncludingOverlapping() {
    KeywordMatcher m = KeywordMatcher.of(List.of("elon", "elon musk", "musk", "apple"));
    assertThat(m.find("Elon Musk buys Apple, says Elon"))
        .containsExactlyInAnyOrder("elon", "elon musk", "musk", "apple");
  }

  @Test
  void shouldNormalizeKeywordsAndIgnoreBlankOnes() {
    KeywordMatcher m = KeywordMatcher.of(List.of("  Elon \t Musk ", "", "   "));
    assertThat(m.keywords()).containsExactly("elon musk");
    assertThat(m.find(null)).isEmpty();
  }

  @Test
  void shouldHandleNonAsciiText() {
    KeywordMatcher m = KeywordMatcher.of(List.of("Škoda", "日本"));
    assertThat(m.find("ŠKODA 🚀 rallies")).containsExactly("škoda");
    assertThat(m.find("Škodas")).isEmpty();
    assertThat(m.find("東京 日本 株")).containsExactly("日本");
  }

  @Test
  void shouldFindAmongFiftyThousandKeywordsAsANaiveScanDoes() {
    Random random = new Random(7);
    List<String> keywords = new ArrayList<>();
    for (int k = 0; k < 50_000; k++) {
      keywords.add(word(random) + (random.nextInt(4) == 0 ? " " + word(random) : ""));
    }
    KeywordMatcher m = KeywordMatcher.of(keywords);
    assertThat(m.size()).isEqualTo(new HashSet<>(keywords).size());
    for (int t = 0; t < 150; t++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 25; w++) {
        String token =
            random.nextInt(5) == 0 ? keywords.get(random.nextInt(keywords.size())) : word(random);
        text.append(random.nextBoolean() ? token.toUpperCase() : token)
            .append(random.nextInt(6) == 0 ? ", " : " ");
      }
      assertThat(m.find(text.toString()))
          .as(text.toString())
          .isEqualTo(naiveFind(keywords, text.toString()));
    }
  }

  @Test
  void shouldApplyAdditionsAndRemovals() {
    KeywordMatcher m = COMPANIES.plus("Nvidia").minus("apple");
    assertThat(m.find("Apple and NVIDIA up")).containsExactly("nvidia");
    assertThat(m.plus("APPLE").find("Apple and NVIDIA up"))
        .containsExactlyInAnyOrder("apple", "nvidia");
    assertThat(m.minus("nvidia").find("Apple and NVIDIA up")).isEmpty();
    assertThat(COMPANIES.find("Apple and NVIDIA up"))
        .as("the original is unchanged")
        .containsExactly("apple");
    assertThat(m.plus("tesla")).isSameAs(m);
    assertThat(m.minus("absent")).isSameAs(m);
  }

  @Test
  void shouldRebuildAfterManyUpdatesAndStayCorrect() {
    KeywordMatcher m = KeywordMatcher.of(List.of("base"));
    Set<String> expected = new HashSet<>(Set.of("base"));
    for (int k = 0; k < 3 * KeywordMatcher.MAX_DELTA; k++) {
      m = m.plus("kw" + k);
      expected.add("kw" + k);
      if (k % 3 == 0) {
        m = m.minus("kw" + (k / 2));
        expected.remove("kw" + (k / 2));
      }
    }
    assertThat(m.keywords()).isEqualTo(expected);
    StringBuilder text = new StringBuilder("base");
    for (int k = 0; k < 3 * KeywordMatcher.MAX_DELTA; k++) {
      text.append(' ').append("kw").append(k);
    }
    assertThat(m.find(text.toString())).isEqualTo(expected);
  }

  @Test
  void shouldSurviveSerialization() throws Exception {
    KeywordMatcher m = COMPANIES.plus("nvidia").minus("apple");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(m);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      KeywordMatcher copy = (KeywordMatcher) in.readObject();
      assertThat(copy.keywords()).isEqualTo(m.keywords());
      assertThat(copy.find("apple nvidia tesla")).containsExactlyInAnyOrder("nvidia", "tesla");
    }
  }

  @Test
  void shouldExtractCashtags() {
    assertThat(KeywordMatcher.cashtags("$AAPL up, $tsla down; ($MSFT) and $AAPL again"))
        .containsExactly("AAPL", "TSLA", "MSFT");
    assertThat(KeywordMatcher.cashtags("$BRK.B and $RDS_A.")).containsExactly("BRK.B", "RDS_A");
    assertThat(KeywordMatcher.cashtags("costs $5 or US$10, $1ABC, $ABCDEFG, $AAPL2")).isEmpty();
    assertThat(KeywordMatcher.cashtags("no tags")).isEmpty();
    assertThat(KeywordMatcher.cashtags(null)).isEmpty();
  }

  /** What find should return, by brute force with the same normalisation and boundary rule. */
  private static Set<String> naiveFind(List<String> keywords, String text) {
    String t = text.toLowerCase().replaceAll("\\s+", " ");
    Set<String> found = new HashSet<>();
    for (String k : keywords) {
      for (int at = t.indexOf(k); at >= 0; at = t.indexOf(k, at + 1)) {
        int end = at + k.length();
        boolean before = at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1));
        boolean after = end == t.length() || !Character.isLetterOrDigit(t.charAt(end));
        if (before && after) {
          found.add(k);
          break;
        }
      }
    }
    return found;
  }

  private static String word(Random random) {
    StringBuilder w = new StringBuilder();
    int length = 2 + random.nextInt(6);
    for (int k = 0; k < length; k++) {
      w.append(
          (char) ('a' + random.nextInt(6))); // small alphabet: many shared prefixes and overlaps
    }
    return w.toString();
  }
}
