package com.tweetrade.sentiment.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.tweetrade.sentiment.stocknet.StockNetTweet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The window features on a hand-made window of five tweets; every expected value is worked out by
 * hand from the definitions in {@link WindowFeatures}, not read back from the code.
 */
class WindowFeaturesTest {

  private static final LocalDate WED_AUG_05 = LocalDate.of(2015, 8, 5);
  private static final long HOUR = 3600;
  private static final long DAY = 24 * HOUR;

  /** The window's end: 2015-08-05T00:00Z, the start of day d. */
  private static final long END = WED_AUG_05.atStartOfDay(ZoneOffset.UTC).toEpochSecond();

  // id:                         0            1             2             3 (copy of 2)  4
  private static final double[] VADER = {0.4, -0.4, 0.0, 0.0, 0.2};
  private static final double[] FINANCE = {0.5, -0.5, 0.6, 0.6, 0.0};
  private static final long[] AGE = {4 * DAY + 12 * HOUR, 12 * HOUR, 3 * HOUR, 2 * HOUR, 3 * DAY};
  private static final int[] CASHTAGS = {1, 5, 1, 1, 2};
  private static final int[] TEXT_ID = {0, 1, 2, 2, 3};

  private static final Sample SAMPLE =
      new Sample("AAA", WED_AUG_05, Split.DEV, Movement.UP, new int[] {0, 1, 2, 3, 4});

  private static TweetSignals signals() {
    long[] time = new long[AGE.length];
    for (int k = 0; k < AGE.length; k++) {
      time[k] = END - AGE[k];
    }
    return new TweetSignals(VADER, FINANCE, time, CASHTAGS, TEXT_ID);
  }

  private static double feature(String name) {
    return WindowFeatures.of(SAMPLE, signals())[WindowFeatures.NAMES.indexOf(name)];
  }

  @Test
  void shouldKeepTheFiveFeaturesOfTheFirstModel() {
    assertThat(feature("mean_vader_compound")).isCloseTo((0.4 - 0.4 + 0.2) / 5, within(1e-15));
    assertThat(feature("mean_finance_compound"))
        .isCloseTo((0.5 - 0.5 + 0.6 + 0.6) / 5, within(1e-15));
    assertThat(feature("bullish_share")).isEqualTo(3 / 5.0);
    assertThat(feature("bearish_share")).isEqualTo(1 / 5.0);
    assertThat(feature("log_tweets")).isEqualTo(Math.log(5));
  }

  @Test
  void shouldAverageFocusedTweetsOncePerText() {
    // tweet 1 names 5 cashtags (a list), tweet 3 repeats tweet 2's text; 0, 2 and 4 (two cashtags)
    // remain
    assertThat(feature("focused_finance_compound")).isCloseTo((0.5 + 0.6 + 0.0) / 3, within(1e-15));
  }

  @Test
  void shouldWeighTheAfterCloseTweetsByTheirNumber() {
    // tweets 2 and 3 are within 4 hours of the window's end (21:00 and 22:00 UTC of Aug 4)
    assertThat(feature("after_close_finance")).isCloseTo(0.6 * Math.log(3), within(1e-15));
  }

  @Test
  void shouldCompareTheLastDayWithTheFourDaysBefore() {
    // day d-1 holds tweets 1, 2, 3; the four days before hold 0 and 4: 0.5 a day
    assertThat(feature("volume_change")).isCloseTo(Math.log(4) - Math.log(1.5), within(1e-15));
  }

  @Test
  void shouldHalveATweetsWeightPerDayOfAge() {
    double[] w = {
      Math.pow(2, -4.5),
      Math.pow(2, -0.5),
      Math.pow(2, -0.125),
      Math.pow(2, -1 / 12.0),
      Math.pow(2, -3)
    };
    double expected =
        (0.5 * w[0] - 0.5 * w[1] + 0.6 * w[2] + 0.6 * w[3]) / (w[0] + w[1] + w[2] + w[3] + w[4]);
    assertThat(feature("recency_finance_compound")).isCloseTo(expected, within(1e-15));
  }

  @Test
  void shouldGiveZeroWhenNoTweetIsFocusedOrAfterTheClose() {
    Sample oneList = new Sample("AAA", WED_AUG_05, Split.DEV, Movement.UP, new int[] {1});
    double[] x = WindowFeatures.of(oneList, signals());
    assertThat(x[WindowFeatures.NAMES.indexOf("focused_finance_compound")]).isEqualTo(0.0);
    assertThat(x[WindowFeatures.NAMES.indexOf("after_close_finance")]).isEqualTo(0.0);
    assertThat(x[WindowFeatures.NAMES.indexOf("volume_change")]).isEqualTo(Math.log(2));
  }

  @Test
  void shouldReadTheSignalsOfEachTweetOnce() {
    List<StockNetTweet> tweets =
        List.of(
            new StockNetTweet(WED_AUG_05, END + 60, "$AAA bullish", List.of()),
            new StockNetTweet(WED_AUG_05, END + 120, "$AAA $BBB $AAA bullish", List.of()),
            new StockNetTweet(WED_AUG_05, END + 180, "$AAA bullish", List.of()));
    TweetSignals t = TweetSignals.of(tweets);
    assertThat(t.vader()).containsExactly(0.0, 0.0, 0.0);
    assertThat(t.finance()).containsExactly(0.5423, 0.5423, 0.5423); // 2.5 / sqrt(2.5^2 + 15)
    assertThat(t.epochSecond()).containsExactly(END + 60, END + 120, END + 180);
    assertThat(t.cashtags()).containsExactly(1, 2, 1);
    assertThat(t.textId()).containsExactly(0, 1, 0);
  }
}
