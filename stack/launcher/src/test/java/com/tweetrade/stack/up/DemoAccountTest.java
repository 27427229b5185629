package com.tweetrade.stack.up;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoAccountTest {
  @TempDir Path home;

  @Test
  void shouldGenerateThePasswordOnceKeepItPrivateAndShowItOnlyThen() throws Exception {
    DemoAccount first = DemoAccount.ensure(home);
    Path file = home.resolve("secrets/demo-password");
    String password = Files.readString(file).trim();

    assertThat(password).hasSize(20).matches("[A-Za-z2-9]+");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(first.signInLine()).contains("demo / " + password, "shown once");
    assertThat(first.environment())
        .containsEntry("TWEETRADE_DEMO_USERNAME", "demo")
        .containsEntry("TWEETRADE_DEMO_PASSWORD_FILE", file.toString());

    DemoAccount again = DemoAccount.ensure(home);
    assertThat(Files.readString(file).trim()).isEqualTo(password);
    assertThat(again.signInLine()).doesNotContain(password).contains(file.toString());
    assertThat(DemoAccount.ensure(home.resolve("other")).signInLine()).doesNotContain(password);
  }
}
