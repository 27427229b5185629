package com.tweetrade.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scores the three sets of the VADER paper (movie, NYT, Amazon) and compares with what
 * vaderSentiment 3.3.2 printed for them ({@code reference_*.tsv}: id, text, py_compound, py_pos,
 * py_neu, py_neg[, human_mean]). A fourth set, {@code reference_stocknetTweets.tsv}, holds the
 * reference's scores of the 750 benchmark tweets (emoji, URLs, cashtags), produced by running
 * vaderSentiment 3.3.2 on them.
 *
 * <p>Prints, per set, the share of texts within 1e-4 on compound and within 1e-3 on pos/neu/neg,
 * and the texts that differ; requires at least 99.9% on each.
 */
class VaderConformanceTest {

  private static final double COMPOUND_TOLERANCE = 1e-4;
  private static final double SHARE_TOLERANCE = 1e-3;
  private static final double REQUIRED_SHARE = 0.999;

  private final SentimentAnalyzer analyzer = SentimentAnalyzer.load();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "movieReviewSnippets, 10605",
    "nytEditorialSnippets, 5190",
    "amazonReviewSnippets, 3708",
    "stocknetTweets, 750"
  })
  void shouldMatchReferenceScores(String set, int expectedRows) throws IOException {
    List<String[]> rows = read("/vader/reference_" + set + ".tsv");
    int compoundOk = 0;
    int sharesOk = 0;
    int allOk = 0;
    int sameText = 0;
    List<String> differences = new ArrayList<>();
    for (String[] row : rows) {
      SentimentScores got = analyzer.score(row[1]);
      boolean compound =
          Math.abs(got.compound() - Double.parseDouble(row[2])) <= COMPOUND_TOLERANCE;
      boolean shares =
          Math.abs(got.pos() - Double.parseDouble(row[3])) <= SHARE_TOLERANCE
              && Math.abs(got.neu() - Double.parseDouble(row[4])) <= SHARE_TOLERANCE
              && Math.abs(got.neg() - Double.parseDouble(row[5])) <= SHARE_TOLERANCE;
      compoundOk += compound ? 1 : 0;
      sharesOk += shares ? 1 : 0;
      allOk += compound && shares ? 1 : 0;
      sameText += got.toTsv().equals(String.join("\t", row[2], row[3], row[4], row[5])) ? 1 : 0;
      if (!(compound && shares)) {
        differences.add(
            row[0]
                + "\tref "
                + row[2]
                + " "
                + row[3]
                + " "
                + row[4]
                + " "
                + row[5]
                + "\tgot "
                + got.toTsv().replace('\t', ' ')
                + "\t"
                + row[1]);
      }
    }
    int n = rows.size();
    System.out.printf(
        "VADER conformance %-22s texts %5d  compound within 1e-4: %5d (%.3f%%)  pos/neu/neg within"
            + " 1e-3: %5d (%.3f%%)  both: %5d (%.3f%%)  printed identically: %5d%n",
        set,
        n,
        compoundOk,
        100.0 * compoundOk / n,
        sharesOk,
        100.0 * sharesOk / n,
        allOk,
        100.0 * allOk / n,
        sameText);
    differences.stream().limit(20).forEach(d -> System.out.println("  differs: " + d));

    assertThat(n).as("rows in " + set).isEqualTo(expectedRows);
    assertThat((double) compoundOk / n)
        .as(set + " compound share")
        .isGreaterThanOrEqualTo(REQUIRED_SHARE);
    assertThat((double) sharesOk / n)
        .as(set + " pos/neu/neg share")
        .isGreaterThanOrEqualTo(REQUIRED_SHARE);
  }

  private static List<String[]> read(String resource) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = VaderConformanceTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String header = reader.readLine();
      assertThat(header).startsWith("id\ttext\tpy_compound\tpy_pos\tpy_neu\tpy_neg");
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty()) {
          rows.add(line.split("\t", -1));
        }
      }
    }
    return rows;
  }
}
