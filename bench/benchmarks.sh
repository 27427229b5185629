#!/usr/bin/env bash
# bench/benchmarks.sh: every benchmark of the project by name, for 'bin/tweetrade bench list|run'.
# Each run first installs the benchmark's module and the modules it needs (mvn install -DskipTests -am),
# so it works on a fresh clone, then runs the benchmark in that module alone. Figures: docs/benchmarks.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# name|module|kind|target|output|what
#   kind failsafe: a JUnit class run by Failsafe (-Dit.test=target); profile: the module's Maven profile
#   'target'; main: a main class of the module's test classes, run by exec:exec.
BENCHMARKS='
rules-throughput|bench|failsafe|RulesThroughputBenchmark|bench/target/bench/rules-throughput.txt|rules engine updates/s with 100 and 100,000 rules (MiniCluster, in-memory aggregates; ~10-20 min)
rules-latency|bench|failsafe|RulesLatencyBenchmark|bench/target/bench/rules-latency.txt|whole job graph event-to-trade latency (MiniCluster, paced in-memory inputs; ~4 min)
backtest-stocknet|flink-job|failsafe|StockNetBacktestBenchmark|flink-job/target/bench/backtest-stocknet.txt|StockNet backtest of the issue-17 rule and 99 more over 2014-2015, wall time incl. job start (goal <= 60 s; -Dbench.from, -Dbench.to)
backtest-recorded|flink-job|failsafe|RecordedBacktestBenchmark|flink-job/target/bench/backtest-recorded.txt|recorded backtest, one ticker, 5 days of 10 s panes (43,200 rows a window) in the real Cassandra: wall time incl. job start (goal <= 15 s) and the rules path in updates/s
analytics-throughput|bench|failsafe|AnalyticsThroughputBenchmark|bench/target/bench/analytics-throughput.txt|quotes/s through the analytics part next to a plain consumer (real Kafka)
fault-suite|bench|failsafe|FaultAndBadInputIT|bench/target/bench/fault-suite-it.md|the short fault and bad-input suite that CI runs (real Kafka, Cassandra, Flink)
quotes|quote-simulator|profile|bench|quote-simulator/target/bench/quote-throughput.txt|quote simulator into a real broker (-Dbench.seconds=20 -Dbench.threads=1)
tweets|tweet-ingestor|failsafe|TweetThroughputBenchIT|tweet-ingestor/target/bench/tweet-throughput.txt|tweet replay into a real broker
bluesky|tweet-ingestor|failsafe|BlueskyThroughputBenchIT|tweet-ingestor/target/bench/bluesky-throughput.txt|Bluesky path: loopback Jetstream to a real broker
sentiment|sentiment|jmh|-|sentiment/target/bench/|VADER and finance model, keyword matching (JMH; -Djmh.args="-f 1 -wi 2 -i 3 -w 5s -r 5s -t 1")
rule-language|model|main|com.tweetrade.model.rules.RuleLanguageBenchmark|model/target/benchmarks/rule-language.txt|compiling and evaluating rules
stack-startup|stack/launcher|main|com.tweetrade.stack.StackStartupBenchmark|stack/launcher/target/benchmarks/stack-startup.txt|start, provision and stop of the local Kafka and Cassandra
'

usage() {
  cat <<'USAGE'
Usage: bin/tweetrade bench list
       bin/tweetrade bench run NAME [-Dproperty=value ...] [maven options, e.g. -o]

Runs one benchmark of the project by name (list shows them, with where each writes its figures).
It installs the benchmark's module and the modules it needs first (mvn -B install -DskipTests -am),
so it works on a fresh clone; -D properties are the benchmark's own flags (docs/benchmarks.md).
The end-to-end benchmark and fault suite of the bench module is 'bin/tweetrade bench [options]'.
USAGE
}

list() {
  printf '%-21s %-16s %s\n' NAME MODULE "WHAT (-> OUTPUT)"
  while IFS='|' read -r name module _kind _target output what; do
    [ -n "$name" ] || continue
    printf '%-21s %-16s %s (-> %s)\n' "$name" "$module" "$what" "$output"
  done <<<"$BENCHMARKS"
  printf '%-21s %-16s %s\n' "(end to end)" bench "bin/tweetrade bench [--faults] ... (-> bench/target/bench/<time>/report.md)"
}

run() {
  local wanted="${1:-}"; [ -n "$wanted" ] || { usage >&2; exit 2; }
  shift
  local line
  line=$(grep "^$wanted|" <<<"$BENCHMARKS" || true)
  [ -n "$line" ] || { echo "tweetrade bench: unknown benchmark '$wanted' (bin/tweetrade bench list)" >&2; exit 2; }
  local name module kind target output what
  IFS='|' read -r name module kind target output what <<<"$line"
  command -v mvn >/dev/null 2>&1 || { echo "tweetrade bench: Maven (mvn) is not on PATH" >&2; exit 1; }
  cd "$ROOT"
  echo "tweetrade bench: installing $module and what it needs (mvn install -DskipTests -am)..." >&2
  mvn -B -q -DskipTests -pl "$module" -am install "$@"
  echo "tweetrade bench: running $name ($what); figures in $output" >&2
  case "$kind" in
    failsafe)
      exec mvn -B -pl "$module" verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
        -Dit.test="$target" -Dfailsafe.failIfNoSpecifiedTests=false "$@" ;;
    profile)
      exec mvn -B -pl "$module" -P"$target" verify "$@" ;;
    jmh)
      exec mvn -B -pl "$module" -Pjmh test-compile exec:exec "$@" ;;
    main)
      exec mvn -B -pl "$module" test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
        "-Dexec.args=-Dtweetrade.root=$ROOT -classpath %classpath $target" "$@" ;;
  esac
}

case "${1:-}" in
  list) list ;;
  run) shift; case "${1:-}" in -h|--help) usage ;; *) run "$@" ;; esac ;;
  *) usage ;;
esac
