package com.tweetrade.bench.job;

/**
 * For benchmarks: one measured run of the rules pipeline.
 *
 * @param measured updates after the warm-up, the ones the rate counts
 * @param ruleInputs routed (update, dependent rule) pairs among the measured updates
 * @param seconds wall clock from the end of the warm-up to the job's end
 * @param released seconds from submission until updates were let through (rules emitted + margin)
 * @param resting orders the order book placed resting
 * @param valid every probe rule fired exactly once, on the first pane, and every resting order of
 *     the run was placed
 */
record JobBenchRun(
    String workload,
    int rules,
    long updates,
    long measured,
    long ruleInputs,
    double seconds,
    double released,
    long trades,
    long probeTrades,
    long probes,
    long resting,
    boolean valid,
    String load) {

  double updatesPerSecond() {
    return measured / seconds;
  }

  double ruleInputsPerSecond() {
    return ruleInputs / seconds;
  }

  String line() {
    return String.format(
        "%s, %,d rules: %,.0f updates/s, %,.0f rule inputs/s (%,d updates, %,d measured in %.1f s,"
            + " %.2f dependent rules per update, %,d trades, probes %d/%d, %,d resting orders%s,"
            + " updates released %.0f"
            + " s after submission, load %s)",
        workload,
        rules,
        updatesPerSecond(),
        ruleInputsPerSecond(),
        updates,
        measured,
        seconds,
        (double) ruleInputs / measured,
        trades,
        probeTrades,
        probes,
        resting,
        valid ? "" : " INVALID",
        released,
        load);
  }
}
