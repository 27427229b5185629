package com.tweetrade.sentiment.movement;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.sentiment.stocknet.DailyClose;
import com.tweetrade.sentiment.stocknet.StockNetData;
import com.tweetrade.sentiment.stocknet.StockNetTweet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Labels, splits and the 5-day tweet window on a small hand-made ticker history. */
class MovementSamplesTest {

  private static final LocalDate THU_JUL_30 = LocalDate.of(2015, 7, 30);
  private static final LocalDate FRI_JUL_31 = LocalDate.of(2015, 7, 31);
  private static final LocalDate MON_AUG_03 = LocalDate.of(2015, 8, 3);
  private static final LocalDate TUE_AUG_04 = LocalDate.of(2015, 8, 4);
  private static final LocalDate WED_AUG_05 = LocalDate.of(2015, 8, 5);
  private static final LocalDate THU_AUG_20 = LocalDate.of(2015, 8, 20);
  private static final LocalDate MON_JAN_04_2016 = LocalDate.of(2016, 1, 4);

  private static StockNetTweet tweet(LocalDate day, String text) {
    return new StockNetTweet(day, day.atTime(12, 0).toEpochSecond(ZoneOffset.UTC), text, List.of());
  }

  private static DailyClose close(LocalDate day, double adjClose) {
    return new DailyClose(day, adjClose);
  }

  private static final List<StockNetTweet> TWEETS =
      List.of(
          tweet(
              FRI_JUL_31.minusDays(6),
              "$AAA too early for Jul 31"), // 0: Jul 25, one day before the window
          tweet(FRI_JUL_31.minusDays(5), "$AAA first day of the window"), // 1: Jul 26
          tweet(FRI_JUL_31, "$AAA on the day itself"), // 2: only in later windows
          tweet(TUE_AUG_04, "$AAA and U$D"), // 3
          tweet(TUE_AUG_04, "$BBB is another ticker"), // 4
          tweet(MON_JAN_04_2016.minusDays(1), "$AAA after the test split")); // 5

  private static final Map<String, List<DailyClose>> CLOSES =
      Map.of(
          "AAA",
          List.of(
              close(THU_JUL_30, 100),
              close(FRI_JUL_31, 101), // +1.00%: up, train
              close(MON_AUG_03, 101.2), // +0.20%: in between, dropped
              close(TUE_AUG_04, 100), // -1.19%: down, dev
              close(WED_AUG_05, 101), // +1.00%: up, dev
              close(THU_AUG_20, 110), // up, but no tweet in Aug 15..19: dropped
              close(MON_JAN_04_2016, 120))); // outside every split

  private final StockNetData data = new StockNetData(Set.of("AAA", "BBB"), CLOSES, TWEETS);

  @Test
  void shouldBuildOneSamplePerLabelledDayWithTweets() {
    List<Sample> samples = MovementSamples.build(data);
    assertThat(samples)
        .extracting(Sample::day, Sample::split, Sample::movement)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(FRI_JUL_31, Split.TRAIN, Movement.UP),
            org.assertj.core.groups.Tuple.tuple(TUE_AUG_04, Split.DEV, Movement.DOWN),
            org.assertj.core.groups.Tuple.tuple(WED_AUG_05, Split.DEV, Movement.UP));
  }

  @Test
  void shouldTakeTheFiveCalendarDaysBeforeTheDayAndNotTheDayItself() {
    List<Sample> samples = MovementSamples.build(data);
    assertThat(samples.get(0).tweets()).containsExactly(1);
    assertThat(samples.get(1).tweets()).containsExactly(2);
    assertThat(samples.get(2).tweets()).containsExactly(2, 3);
  }

  @Test
  void shouldDropEveryDayOfATickerWithoutTweets() {
    Map<String, List<DailyClose>> closes = Map.of("BBB", CLOSES.get("AAA"));
    StockNetData onlyBbbPrices = new StockNetData(Set.of("AAA", "BBB"), closes, TWEETS);
    assertThat(MovementSamples.build(onlyBbbPrices))
        .extracting(Sample::day)
        .containsExactly(WED_AUG_05);
  }
}
