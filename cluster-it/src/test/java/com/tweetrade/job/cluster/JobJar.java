package com.tweetrade.job.cluster;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shaded flink-job jar this module depends on, found through the job's main class on the test
 * classpath.
 */
final class JobJar {
  static final String MAIN_CLASS = "com.tweetrade.job.TweeTradeJob";

  private JobJar() {}

  static Path locate() {
    String override = System.getProperty("tweetrade.job.jar");
    if (override != null && !override.isBlank()) return Path.of(override);
    String resource = MAIN_CLASS.replace('.', '/') + ".class";
    URL url = JobJar.class.getClassLoader().getResource(resource);
    if (url == null || !url.getProtocol().equals("jar")) {
      throw new IllegalStateException(
          "The job's classes come from "
              + url
              + ", not from the shaded jar: package flink-job first (cd flink-job && mvn -B install"
              + " -DskipTests), or set -Dtweetrade.job.jar");
    }
    String file = url.getPath().substring(0, url.getPath().indexOf("!/"));
    try {
      Path jar = Path.of(new URL(file).toURI());
      if (!Files.isRegularFile(jar)) throw new IllegalStateException("No job jar at " + jar);
      return jar;
    } catch (java.net.MalformedURLException | URISyntaxException e) {
      throw new IllegalStateException("Cannot turn " + url + " into a path", e);
    }
  }
}
