package com.tweetrade.web.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a start-up user's password is read from its file. */
class StartupUsersTest {
  @TempDir Path dir;

  @Test
  void shouldReadTheFirstLineWithoutItsLineEnd() throws IOException {
    Path file = Files.writeString(dir.resolve("demo-password"), "s3cret pass word\r\n");
    assertThat(StartupUsers.readPassword(file.toString())).contains("s3cret pass word");
  }

  @Test
  void shouldHaveNoPasswordWithoutAFileOrInAnEmptyOne() throws IOException {
    assertThat(StartupUsers.readPassword("")).isEmpty();
    assertThat(StartupUsers.readPassword(dir.resolve("missing").toString())).isEmpty();
    assertThat(StartupUsers.readPassword(Files.writeString(dir.resolve("empty"), "\n").toString()))
        .isEmpty();
  }
}
