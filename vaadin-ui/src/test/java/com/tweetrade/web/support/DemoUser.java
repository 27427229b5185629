package com.tweetrade.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The demo user of the tests' application, handed over as {@code up --demo} does: a name, and a
 * password generated for this JVM in a file only its owner can read.
 */
public final class DemoUser {
  public static final String NAME = "demo";
  private static Path passwordFile;
  private static String password;

  private DemoUser() {}

  public static synchronized Path passwordFile() {
    if (passwordFile == null) {
      byte[] random = new byte[12];
      new SecureRandom().nextBytes(random);
      password = HexFormat.of().formatHex(random);
      try {
        Path file =
            Files.createTempFile(
                "demo-password",
                "",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        file.toFile().deleteOnExit();
        passwordFile = Files.writeString(file, password + "\n");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the demo password file", e);
      }
    }
    return passwordFile;
  }

  public static synchronized String password() {
    passwordFile();
    return password;
  }
}
