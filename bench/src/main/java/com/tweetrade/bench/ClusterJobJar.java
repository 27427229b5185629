package com.tweetrade.bench;

import com.tweetrade.job.TweeTradeJob;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Builds the jar the fault suite submits to a standalone cluster: the shaded flink-job jar (the
 * production job with its connectors) plus the bench's classes, with {@link PacedJob} as main
 * class.
 */
public final class ClusterJobJar {
  private static final String BENCH_PACKAGE = "com/tweetrade/bench/";

  private ClusterJobJar() {}

  /** Writes the jar to {@code target} and returns it. */
  public static Path build(Path target) {
    Path jobJar = location(TweeTradeJob.class);
    if (!Files.isRegularFile(jobJar)) {
      throw new IllegalStateException(
          "The job's classes come from "
              + jobJar
              + ", not from the shaded jar: "
              + "install flink-job first (cd flink-job && mvn -B -o install -DskipTests)");
    }
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, PacedJob.class.getName());
    Set<String> written = new HashSet<>(Set.of(JarFile.MANIFEST_NAME, "META-INF/"));
    try {
      Files.createDirectories(target.getParent());
      try (OutputStream file = Files.newOutputStream(target);
          JarOutputStream out = new JarOutputStream(file, manifest);
          JarFile job = new JarFile(jobJar.toFile())) {
        // Re-compressing the 27 MB job jar dominates; the fastest level halves the time on a busy
        // machine.
        out.setLevel(java.util.zip.Deflater.BEST_SPEED);
        copyBenchClasses(location(PacedJob.class), out, written);
        for (JarEntry e : java.util.Collections.list(job.entries())) {
          // The job jar's manifest names TweeTradeJob; signatures would not match the merged jar.
          String name = e.getName();
          if (!written.add(name) || name.matches("META-INF/.*\\.(SF|RSA|DSA)")) continue;
          out.putNextEntry(new JarEntry(name));
          try (InputStream in = job.getInputStream(e)) {
            in.transferTo(out);
          }
          out.closeEntry();
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot build the cluster job jar " + target, e);
    }
  }

  /** The bench's classes, from target/classes (tests) or the bench jar (bin/tweetrade bench). */
  private static void copyBenchClasses(Path from, JarOutputStream out, Set<String> written)
      throws IOException {
    if (Files.isDirectory(from)) {
      try (Stream<Path> files = Files.walk(from.resolve(BENCH_PACKAGE))) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          String name = from.relativize(f).toString().replace('\\', '/');
          written.add(name);
          out.putNextEntry(new JarEntry(name));
          Files.copy(f, out);
          out.closeEntry();
        }
      }
      return;
    }
    try (JarFile bench = new JarFile(from.toFile())) {
      for (JarEntry e : java.util.Collections.list(bench.entries())) {
        if (!e.getName().startsWith(BENCH_PACKAGE) || e.isDirectory()) continue;
        written.add(e.getName());
        out.putNextEntry(new JarEntry(e.getName()));
        try (InputStream in = bench.getInputStream(e)) {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
  }

  private static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Cannot locate the classes of " + type, e);
    }
  }
}
