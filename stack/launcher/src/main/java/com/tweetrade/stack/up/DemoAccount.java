package com.tweetrade.stack.up;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;

/**
 * The opt-in demo user of {@code up --demo}: its password is generated at first use, kept in {@code
 * <home>/secrets/demo-password} (mode 0600, shown once), and handed to the web UI as a file name in
 * its environment, never on a command line.
 */
final class DemoAccount {
  static final String USERNAME = "demo";
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final int LENGTH = 20;

  private final Path passwordFile;
  private final String newPassword;

  private DemoAccount(Path passwordFile, String newPassword) {
    this.passwordFile = passwordFile;
    this.newPassword = newPassword;
  }

  /** The account of {@code home}, creating its password file on first use. */
  static DemoAccount ensure(Path home) {
    Path file = home.resolve("secrets").resolve("demo-password");
    if (Files.isRegularFile(file)) return new DemoAccount(file, null);
    String password = generate(new SecureRandom());
    try {
      Files.createDirectories(
          file.getParent(),
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(file, password + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the demo password to " + file, e);
    }
    return new DemoAccount(file, password);
  }

  static String generate(SecureRandom random) {
    StringBuilder password = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++)
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    return password.toString();
  }

  Path passwordFile() {
    return passwordFile;
  }

  /** What the web UI reads to create the user. */
  Map<String, String> environment() {
    return Map.of(
        "TWEETRADE_DEMO_USERNAME",
        USERNAME,
        "TWEETRADE_DEMO_PASSWORD_FILE",
        passwordFile.toString());
  }

  /** The banner line: the password only the first time, when it was just made. */
  String signInLine() {
    return newPassword != null
        ? "Demo sign-in: "
            + USERNAME
            + " / "
            + newPassword
            + "   (shown once; kept in "
            + passwordFile
            + ", mode 0600)"
        : "Demo sign-in: " + USERNAME + ", password in " + passwordFile;
  }
}
