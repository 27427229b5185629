package com.tweetrade.sentiment.movement;

import com.tweetrade.sentiment.stocknet.DailyClose;
import com.tweetrade.sentiment.stocknet.StockNetData;
import com.tweetrade.sentiment.stocknet.StockNetTweet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the movement task's samples: every labelled trading day of a split, with the ticker's
 * tweets of the {@value #WINDOW_DAYS} calendar days before it (UTC days d-5..d-1; day d itself is
 * never used).
 *
 * <p>A day whose window holds no tweet of its ticker is dropped: a text model has nothing to say
 * about it. That is the sample set of the VADER baseline the project started from (test: 2,632
 * samples, 52.5% up); with such days kept the splits are StockNet's full 20,346 / 2,555 / 3,720.
 */
public final class MovementSamples {

  public static final int WINDOW_DAYS = 5;

  private MovementSamples() {}

  public static List<Sample> build(StockNetData data) {
    return build(data.closes(), tweetsByTickerAndDay(data));
  }

  /** Tweet ids per ticker and UTC day, each ticker by {@link TickerAssignment}. */
  static Map<String, Map<LocalDate, List<Integer>>> tweetsByTickerAndDay(StockNetData data) {
    TickerAssignment assignment = new TickerAssignment(data.tickers());
    Map<String, Map<LocalDate, List<Integer>>> byTicker = new HashMap<>();
    List<StockNetTweet> tweets = data.tweets();
    for (int id = 0; id < tweets.size(); id++) {
      StockNetTweet tweet = tweets.get(id);
      for (String ticker : assignment.tickers(tweet.text(), tweet.symbols())) {
        byTicker
            .computeIfAbsent(ticker, t -> new HashMap<>())
            .computeIfAbsent(tweet.day(), d -> new ArrayList<>())
            .add(id);
      }
    }
    return byTicker;
  }

  static List<Sample> build(
      Map<String, List<DailyClose>> closes,
      Map<String, Map<LocalDate, List<Integer>>> tweetsByTickerAndDay) {
    List<Sample> samples = new ArrayList<>();
    closes.forEach(
        (ticker, days) -> {
          Map<LocalDate, List<Integer>> tweets =
              tweetsByTickerAndDay.getOrDefault(ticker, Map.of());
          for (int k = 1; k < days.size(); k++) {
            DailyClose day = days.get(k);
            Optional<Split> split = Split.of(day.day());
            Optional<Movement> movement = Movement.of(days.get(k - 1).adjClose(), day.adjClose());
            if (split.isEmpty() || movement.isEmpty()) {
              continue;
            }
            int[] window = window(tweets, day.day());
            if (window.length > 0) {
              samples.add(new Sample(ticker, day.day(), split.get(), movement.get(), window));
            }
          }
        });
    return samples;
  }

  /** Tweet ids of the days before {@code day}, oldest day first. */
  private static int[] window(Map<LocalDate, List<Integer>> tweets, LocalDate day) {
    List<Integer> ids = new ArrayList<>();
    for (int back = WINDOW_DAYS; back >= 1; back--) {
      ids.addAll(tweets.getOrDefault(day.minusDays(back), List.of()));
    }
    return ids.stream().mapToInt(Integer::intValue).toArray();
  }
}
