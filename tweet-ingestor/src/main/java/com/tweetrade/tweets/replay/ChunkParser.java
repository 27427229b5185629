package com.tweetrade.tweets.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Reads a recording in chunks of lines and parses each chunk on all cores, one chunk ahead of the
 * caller, so that reading (gunzip) and twitter4j's parsing of the next chunk overlap with sending
 * the current one.
 *
 * <p>Parsing runs in a pool of its own with one thread per core: the common pool has one thread
 * fewer than there are cores (one on this 2-core machine) and counts on the caller to help, but the
 * caller is busy sending. Only one chunk is in flight at a time, so the reader is never used by two
 * threads at once. Not thread-safe.
 */
final class ChunkParser implements AutoCloseable {
  /** The lines of a chunk and, at the same index, their parse ({@code null} for a blank line). */
  record Chunk(List<String> lines, List<LineParser.Parsed> parsed) {}

  private final BufferedReader reader;
  private final int chunkLines;
  private final ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
  private Future<Chunk> ahead;
  private boolean ended;

  ChunkParser(BufferedReader reader, int chunkLines) {
    this.reader = reader;
    this.chunkLines = chunkLines;
  }

  /** The next chunk in file order, or {@code null} at the end; starts reading the one after. */
  Chunk next() throws IOException, InterruptedException {
    if (ended) return null;
    if (ahead == null) ahead = pool.submit(this::readAndParse);
    Chunk chunk;
    try {
      chunk = ahead.get();
    } catch (ExecutionException e) {
      ended = true;
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException io) throw io.getCause();
      if (cause instanceof IOException io) throw io;
      if (cause instanceof RuntimeException re) throw re;
      throw new IllegalStateException("parsing a chunk failed", cause);
    }
    ahead = null;
    if (chunk == null) {
      ended = true;
      return null;
    }
    ahead = pool.submit(this::readAndParse);
    return chunk;
  }

  private Chunk readAndParse() throws IOException {
    List<String> lines = new ArrayList<>(chunkLines);
    String line;
    while (lines.size() < chunkLines && (line = reader.readLine()) != null) lines.add(line);
    if (lines.isEmpty()) return null;
    // a parallel stream started inside this pool's task runs on this pool's threads
    List<LineParser.Parsed> parsed =
        lines.parallelStream().map(l -> l.isBlank() ? null : LineParser.parse(l)).toList();
    return new Chunk(lines, parsed);
  }

  /**
   * Stops reading ahead and waits briefly for a chunk in flight, so the reader can be closed after.
   */
  @Override
  public void close() {
    if (ahead != null) ahead.cancel(false);
    pool.shutdown();
    try {
      if (!pool.awaitTermination(10, TimeUnit.SECONDS)) pool.shutdownNow();
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
