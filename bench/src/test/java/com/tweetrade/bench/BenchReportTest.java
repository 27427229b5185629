package com.tweetrade.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.Trade;
import com.tweetrade.model.rules.Timing;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchReportTest {
  private static final long START = 1_767_623_400_000L;

  private static BenchSettings settings(Timing timing) {
    return new BenchSettings(
        3200, 100, 0, 10_000, Duration.ofSeconds(90), false, 42, 2, 2, 1000, timing, 100_000);
  }

  /** A filled BUY 1 TSLA at 250.00, at START + 1 s. */
  private static Trade tslaBuy(String id, String triggerId) {
    return new Trade(
        id,
        "bench-user-0",
        "bench-0",
        "BUY",
        1,
        "TSLA",
        25_000,
        START + 1_000,
        "FILLED",
        "",
        Map.of(),
        triggerId);
  }

  /** One measured trade: decided 12 ms and visible 697 ms after its quote was appended. */
  private static LatencyBook.Summary oneTrade() {
    TriggerLedger ledger = new TriggerLedger(10, 10);
    LatencyBook book = new LatencyBook(ledger);
    book.startPeriod(START);
    TriggerLedger.Sent sent = ledger.quote("TSLA", START + 1_000, true);
    sent.appended(START + 1_003);
    book.add(tslaBuy("t1", sent.triggerId()), START + 1_015, START + 1_700, 1_700);
    book.add(tslaBuy("t2", "close:TSLA@1767623410000"), START + 1_015, START + 1_700, 1_700);
    return book.summary();
  }

  private static BenchResult result(Timing timing) {
    Sample second = new Sample(1, 3200, 3000, 3100, 2, 12, 12, 697, 0.8, 600, 500, 1500);
    return new BenchResult(
        settings(timing),
        List.of(second),
        oneTrade(),
        3000,
        3100,
        3200,
        2,
        15.5,
        4.5,
        0,
        3000,
        3100,
        "1.10 0.90 0.70",
        "1.50 1.00 0.80");
  }

  @Test
  void shouldWriteTheTwoLatencyLinesExactlyAndTheCounts() {
    String md = BenchReport.markdown(result(Timing.TICK), "Machine: test");

    assertThat(md)
        .contains("\ndecision latency: p50 12 ms, p99 12 ms\n")
        .contains("\nvisible latency: p50 697 ms, p99 697 ms\n")
        .contains(
            "trades without a measured trigger: 1 (ON CLOSE 1, no trigger 0, append time unknown"
                + " 0)")
        .contains("| checkpoint interval (ms) | 1000 |")
        .contains("1.10 0.90 0.70")
        .contains("1.50 1.00 0.80")
        .contains(
            "decision p50 12 <= 20 ms: met; decision p99 12 <= 100 ms: met; visible p99 697 <= 1500"
                + " ms (checkpoint + 500): met");
  }

  @Test
  void shouldExplainThatOnCloseTradesHaveNoSingleTrigger() {
    String md = BenchReport.markdown(result(Timing.CLOSE), "Machine: test");

    assertThat(md)
        .contains("| rule timing | ON CLOSE |")
        .contains("`close:` triggers")
        .doesNotContain("goals (ON TICK)");
  }
}
