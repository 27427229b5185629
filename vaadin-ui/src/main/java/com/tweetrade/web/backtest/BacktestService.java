package com.tweetrade.web.backtest;

import com.tweetrade.model.settings.ProjectRoot;
import com.tweetrade.model.settings.SharedSetting;
import com.tweetrade.web.base.CurrentUser;
import com.tweetrade.web.base.TweetradeProperties;
import jakarta.annotation.PreDestroy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs the signed-in user's rule draft through {@code bin/tweetrade backtest} as a child process:
 * at most one at a time per user, in the background, cancellable, stopped after a timeout.
 *
 * <p>A child process, not a library call: the backtest is a Flink MiniCluster with its own memory
 * and threads, which must not share the web server's JVM, and a cancel must free all of it. The
 * command runs with {@code TWEETRADE_NO_BUILD=1}, so it never starts Maven; the draft goes as one
 * {@code --rule} argument (no shell), and the report is read from a temporary directory that is
 * deleted afterwards.
 */
@Service
public class BacktestService {
  static final String NO_BUILD_ENV = "TWEETRADE_NO_BUILD";
  static final String JAVA_OPTS_ENV = "TWEETRADE_JAVA_OPTS";
  private static final String PREFIX = "backtest: ";
  private static final Logger LOG = LoggerFactory.getLogger(BacktestService.class);

  private final CurrentUser currentUser;
  private final BacktestProperties settings;
  private final TweetradeProperties tweetrade;
  private final ConcurrentMap<String, Run> running = new ConcurrentHashMap<>();

  public BacktestService(
      CurrentUser currentUser, BacktestProperties settings, TweetradeProperties tweetrade) {
    this.currentUser = currentUser;
    this.settings = settings;
    this.tweetrade = tweetrade;
  }

  /**
   * Starts {@code request} for the signed-in user; {@code listener} hears its progress and end.
   *
   * @throws BacktestRefusedException the request is invalid (no process is started) or one of the
   *     user's backtests is still running
   */
  public Run start(BacktestRequest request, BacktestListener listener) {
    String user = currentUser.require();
    request
        .problem()
        .ifPresent(
            p -> {
              throw new BacktestRefusedException(p);
            });
    Run run = new Run(user, listener);
    if (running.putIfAbsent(user, run) != null) {
      throw new BacktestRefusedException(
          "One of your backtests is still running: wait for it or cancel it first.");
    }
    try {
      run.start(request);
    } catch (IOException | RuntimeException e) {
      running.remove(user, run);
      run.deleteFiles();
      throw new BacktestRefusedException("The backtest could not start: " + e.getMessage());
    }
    return run;
  }

  /** Whether the signed-in user has a backtest running. */
  public boolean isRunning() {
    return running.containsKey(currentUser.require());
  }

  /** Stops every running backtest when the application stops: no orphaned Flink JVMs. */
  @PreDestroy
  public void cancelAll() {
    running.values().forEach(Run::cancel);
  }

  private List<String> command(BacktestRequest request, Path out) {
    String configured = settings.command();
    Path tweetrade =
        configured == null || configured.isBlank()
            ? ProjectRoot.find().resolve("bin/tweetrade")
            : Path.of(configured);
    List<String> command = new ArrayList<>(List.of(tweetrade.toString(), "backtest"));
    command.addAll(request.arguments(out.toString()));
    return command;
  }

  /** One running backtest; {@link #cancel()} stops it and its whole process tree. */
  public final class Run {
    private final String user;
    private final BacktestListener listener;
    private volatile boolean cancelled;
    private volatile boolean timedOut;
    private Path dir = Path.of("");
    private @Nullable Process process;

    private Run(String user, BacktestListener listener) {
      this.user = user;
      this.listener = listener;
    }

    private void start(BacktestRequest request) throws IOException {
      dir = Files.createTempDirectory("tweetrade-backtest-");
      ProcessBuilder builder =
          new ProcessBuilder(command(request, dir.resolve("report")))
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      Map<String, String> env = builder.environment();
      env.put(NO_BUILD_ENV, "1");
      env.put(JAVA_OPTS_ENV, settings.javaOptions());
      // The recorded source reads the same Cassandra as this UI: hand over where it is (a place,
      // never a secret; credentials stay in the credentials file the environment names).
      env.put(SharedSetting.CQL.env(), tweetrade.cql());
      env.put(SharedSetting.KAFKA.env(), tweetrade.kafkaBootstrap());
      Process started = builder.start();
      process = started;
      LOG.info("backtest for {} started (pid {})", user, started.pid());
      CompletableFuture.delayedExecutor(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)
          .execute(
              () -> {
                if (started.isAlive()) {
                  timedOut = true;
                  destroyTree();
                }
              });
      Thread watcher = new Thread(this::watch, "backtest-" + user);
      watcher.setDaemon(true);
      watcher.start();
    }

    /** Reads progress until the command exits, then reports how it ended. */
    private void watch() {
      String lastMessage = "";
      String lastLine = "";
      Process p = java.util.Objects.requireNonNull(process);
      try (BufferedReader err =
          new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = err.readLine()) != null; ) {
          if (line.isBlank()) continue;
          lastLine = line;
          if (line.startsWith(PREFIX)) {
            lastMessage = line.substring(PREFIX.length());
            listener.progress(lastMessage);
          }
        }
        int code = p.waitFor();
        end(code, lastMessage, lastLine);
      } catch (IOException | InterruptedException | RuntimeException e) {
        if (e instanceof InterruptedException) Thread.currentThread().interrupt();
        destroyTree();
        finish(() -> listener.failed("The backtest failed: " + e.getMessage()));
      }
    }

    private void end(int code, String lastMessage, String lastLine) {
      if (cancelled) {
        finish(listener::cancelled);
      } else if (timedOut) {
        finish(
            () ->
                listener.failed(
                    "The backtest took longer than "
                        + settings.timeout().toSeconds()
                        + " s and was stopped: try a shorter range."));
      } else if (code == 0) {
        BacktestResult result;
        try {
          result = BacktestResult.read(dir.resolve("report"));
        } catch (IOException | RuntimeException e) {
          finish(() -> listener.failed("The backtest's report could not be read: " + e));
          return;
        }
        finish(() -> listener.finished(result));
      } else if (code == 2 && !lastMessage.isEmpty()) {
        finish(() -> listener.failed(lastMessage));
      } else {
        finish(() -> listener.failed("The backtest failed (exit code " + code + "): " + lastLine));
      }
    }

    /** Frees the user's slot and the files first, so the listener may start the next run. */
    private void finish(Runnable report) {
      running.remove(user, this);
      deleteFiles();
      LOG.info("backtest for {} ended", user);
      report.run();
    }

    /** Stops the backtest; the listener hears {@link BacktestListener#cancelled()}. */
    public void cancel() {
      cancelled = true;
      destroyTree();
    }

    private void destroyTree() {
      Process p = process;
      if (p == null) return;
      // Children first, listed while they are still ours (once the parent dies they are not).
      List<ProcessHandle> tree = new ArrayList<>(p.descendants().toList());
      tree.add(p.toHandle());
      tree.forEach(ProcessHandle::destroy);
      CompletableFuture.delayedExecutor(5, TimeUnit.SECONDS)
          .execute(() -> tree.forEach(ProcessHandle::destroyForcibly));
    }

    private void deleteFiles() {
      if (dir.toString().isEmpty() || !Files.exists(dir)) return;
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(BacktestService::delete);
      } catch (IOException | UncheckedIOException e) {
        LOG.warn("could not delete {}: {}", dir, e.toString());
      }
    }
  }

  private static void delete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
