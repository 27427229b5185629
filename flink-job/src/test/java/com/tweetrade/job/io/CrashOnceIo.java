package com.tweetrade.job.io;

import com.tweetrade.job.analytics.Decoded;
import com.tweetrade.job.analytics.ModelTypes;
import com.tweetrade.model.Quote;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A {@link JobIo} decorator that fails the job once, at the first quote of {@link #CRASH_TICKER}: a
 * task failure and restart at a known point of the input. Works on a MiniCluster (one JVM).
 */
final class CrashOnceIo extends ForwardingJobIo {
  static final String CRASH_TICKER = "CRASHNOW";
  private static final AtomicBoolean CRASHED = new AtomicBoolean();

  CrashOnceIo(JobIo delegate) {
    super(delegate);
    CRASHED.set(false);
  }

  static boolean crashed() {
    return CRASHED.get();
  }

  @Override
  public DataStream<Decoded<Quote>> quotes(StreamExecutionEnvironment env) {
    return super.quotes(env)
        .map(new CrashOnce(), ModelTypes.decoded(ModelTypes.QUOTE))
        .name("Crash Once");
  }

  private static final class CrashOnce implements MapFunction<Decoded<Quote>, Decoded<Quote>> {
    @Override
    public Decoded<Quote> map(Decoded<Quote> quote) {
      if (quote.isOk()
          && CRASH_TICKER.equals(quote.value().ticker())
          && CRASHED.compareAndSet(false, true)) {
        throw new IllegalStateException("CrashOnceIo: the planned failure at " + quote.position());
      }
      return quote;
    }
  }
}
