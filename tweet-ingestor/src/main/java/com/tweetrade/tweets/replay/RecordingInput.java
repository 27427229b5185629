package com.tweetrade.tweets.replay;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * A recording of tweets, one JSON object per line, gzip or plain (told apart by the gzip magic
 * bytes, not the name); opened once per replay pass.
 */
public final class RecordingInput {
  /** The sample shipped as a resource: the 750 StockNet tweets of 2015-03-02 to 2015-03-08. */
  public static final String SAMPLE_RESOURCE = "stocknet-tweets-sample-week.jsonl.gz";

  private final String name;
  private final Path file;

  private RecordingInput(String name, Path file) {
    this.name = name;
    this.file = file;
  }

  public static RecordingInput file(Path file) {
    if (!Files.isReadable(file))
      throw new IllegalArgumentException("cannot read recording " + file);
    return new RecordingInput(file.getFileName().toString(), file);
  }

  public static RecordingInput sample() {
    return new RecordingInput(SAMPLE_RESOURCE, null);
  }

  /** How positions name this input: {@code name:line}. */
  public String name() {
    return name;
  }

  public BufferedReader open() {
    try {
      InputStream raw =
          file != null
              ? Files.newInputStream(file)
              : RecordingInput.class.getResourceAsStream("/" + SAMPLE_RESOURCE);
      if (raw == null)
        throw new IllegalStateException(
            "resource " + SAMPLE_RESOURCE + " is missing from the classpath");
      BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
      in.mark(2);
      boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
      in.reset();
      InputStream body = gzip ? new GZIPInputStream(in, 1 << 16) : in;
      return new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open recording " + name, e);
    }
  }
}
