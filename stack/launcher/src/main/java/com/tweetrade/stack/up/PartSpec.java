package com.tweetrade.stack.up;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * One part of the running system (simulator, ingestor, Flink job, UI), described by the {@code
 * tweetrade-part.properties} file at its module's root, so parts plug into {@code up} without
 * touching the launcher.
 *
 * <p>Keys: {@code name} (required), {@code main} (required), {@code order} (start order, lower
 * first, stopped in reverse; default 50), {@code args}, {@code jvmArgs} (split on spaces, quotes
 * group), {@code flinkOpens} (true adds Flink's --add-opens flags), {@code url} and {@code note}
 * (printed once it runs), {@code readyUrl} (up waits until it answers HTTP before its banner),
 * {@code flinkRest} (the REST API of the Flink job the part runs: up waits until that job runs, and
 * stops it with a savepoint before stopping the part), {@code liveArgs} (the args under {@code up
 * --live}; default: {@code args}). In args, liveArgs and jvmArgs, {@code ${root}}, {@code ${home}},
 * {@code ${kafka}} and {@code ${cql}} are replaced by the project root, the data directory and the
 * two addresses, and {@link LiveSources}' placeholders by the live choice.
 */
public record PartSpec(
    Path moduleDir,
    String name,
    int order,
    String mainClass,
    List<String> args,
    List<String> liveArgs,
    List<String> jvmArgs,
    boolean flinkOpens,
    String url,
    String note,
    String readyUrl,
    String flinkRest) {

  public static final String FILE_NAME = "tweetrade-part.properties";
  static final int DEFAULT_ORDER = 50;

  /** Parts of every {@code <root>/<module>/tweetrade-part.properties}, in start order. */
  public static List<PartSpec> scan(Path root) {
    List<PartSpec> parts = new ArrayList<>();
    try (DirectoryStream<Path> modules = Files.newDirectoryStream(root, Files::isDirectory)) {
      for (Path module : modules) {
        Path file = module.resolve(FILE_NAME);
        if (Files.isRegularFile(file)) {
          parts.add(parse(module, read(file)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list modules of " + root, e);
    }
    parts.sort(Comparator.comparingInt(PartSpec::order).thenComparing(PartSpec::name));
    return parts;
  }

  static PartSpec parse(Path moduleDir, Properties p) {
    String where = moduleDir.resolve(FILE_NAME).toString();
    String name = required(p, "name", where);
    String main = required(p, "main", where);
    int order;
    try {
      order = Integer.parseInt(p.getProperty("order", Integer.toString(DEFAULT_ORDER)).trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + ": order must be a number", e);
    }
    return new PartSpec(
        moduleDir,
        name,
        order,
        main,
        split(p.getProperty("args", "")),
        split(p.getProperty("liveArgs", p.getProperty("args", ""))),
        split(p.getProperty("jvmArgs", "")),
        Boolean.parseBoolean(p.getProperty("flinkOpens", "false").trim()),
        p.getProperty("url", "").trim(),
        p.getProperty("note", "").trim(),
        p.getProperty("readyUrl", "").trim(),
        p.getProperty("flinkRest", "").trim());
  }

  /** {@code <module>/target/classpath.txt}, written by every module at `package`. */
  public Path classpathFile() {
    return moduleDir.resolve("target").resolve("classpath.txt");
  }

  /** {@code <module>/target/classes}. */
  public Path classesDir() {
    return moduleDir.resolve("target").resolve("classes");
  }

  /** The args with placeholders replaced; an arg that was only an empty placeholder is dropped. */
  public List<String> resolvedArgs(Map<String, String> values) {
    return resolvedArgs(false, values);
  }

  /** As {@link #resolvedArgs(Map)}, from {@code liveArgs} when {@code live}. */
  public List<String> resolvedArgs(boolean live, Map<String, String> values) {
    return (live ? liveArgs : args)
        .stream().map(arg -> substitute(arg, values)).filter(arg -> !arg.isEmpty()).toList();
  }

  /** The JVM flags: Flink's opens when asked for, then jvmArgs with placeholders replaced. */
  public List<String> resolvedJvmArgs(Map<String, String> values) {
    List<String> all = new ArrayList<>();
    if (flinkOpens) {
      all.addAll(FlinkJvmOptions.asArgs());
    }
    jvmArgs.stream().map(arg -> substitute(arg, values)).forEach(all::add);
    return all;
  }

  static String substitute(String text, Map<String, String> values) {
    String result = text;
    for (Map.Entry<String, String> entry : values.entrySet()) {
      result = result.replace("${" + entry.getKey() + "}", entry.getValue());
    }
    return result;
  }

  /** Splits on whitespace; single or double quotes group words (and are removed). */
  static List<String> split(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (char c : line.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (quote != 0) {
      throw new IllegalArgumentException("Unclosed quote in: " + line);
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  private static String required(Properties p, String key, String where) {
    String value = p.getProperty(key, "").trim();
    if (value.isEmpty()) {
      throw new IllegalArgumentException(where + ": '" + key + "' is required");
    }
    return value;
  }

  private static Properties read(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    return properties;
  }
}
