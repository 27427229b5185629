package com.tweetrade.model.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {
  @TempDir Path dir;

  @Test
  void shouldWriteAnOwnerOnlyFileAndReadItBack() throws Exception {
    Credentials generated = Credentials.generate("flink-job", Credentials.SCRAM);
    Path file = dir.resolve("secrets/flink-job.properties");

    generated.write(file);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(Credentials.read(file)).isEqualTo(generated);
    assertThat(generated.password())
        .hasSize(32)
        .isNotEqualTo(Credentials.generate("flink-job", Credentials.SCRAM).password());
  }

  @Test
  void shouldNeverPrintThePassword() {
    Credentials c = new Credentials("vaadin-ui", "s3cret-value", Credentials.SCRAM);

    assertThat(c.toString()).contains("vaadin-ui").doesNotContain("s3cret-value");
  }

  @Test
  void shouldSignInToKafkaWithScramOrPlain() {
    assertThat(new Credentials("ui", "p\"w", Credentials.SCRAM).kafkaClientProperties())
        .containsEntry("security.protocol", "SASL_PLAINTEXT")
        .containsEntry("sasl.mechanism", "SCRAM-SHA-256")
        .containsEntry(
            "sasl.jaas.config",
            "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"ui\""
                + " password=\"p\\\"w\";");
    assertThat(
            new Credentials("admin", "x", Credentials.PLAIN)
                .kafkaClientProperties()
                .get("sasl.jaas.config"))
        .startsWith("org.apache.kafka.common.security.plain.PlainLoginModule required");
    assertThat(Credentials.kafkaClientProperties(Optional.empty())).isEmpty();
  }

  @Test
  void shouldFindTheFileFromTheEnvironmentOrNothing() {
    Credentials c = new Credentials("migrate", "pw", Credentials.SCRAM);
    Path file = dir.resolve("migrate.properties");
    c.write(file);

    assertThat(Credentials.configured(Map.of(Credentials.ENV, file.toString()))).contains(c);
    assertThat(Credentials.configured(Map.of())).isEmpty();
  }

  @Test
  void shouldNameTheFileAndTheMissingKeyButNoValue() throws Exception {
    Path file = dir.resolve("bad.properties");
    Files.writeString(file, "user=ui\n");

    assertThatThrownBy(() -> Credentials.read(file))
        .hasMessageContaining(file.toString())
        .hasMessageContaining("'password'");
    assertThatThrownBy(() -> Credentials.read(dir.resolve("missing.properties")))
        .hasMessageContaining("missing.properties");
    assertThatThrownBy(() -> new Credentials("ui", "pw", "GSSAPI"))
        .hasMessageContaining("SCRAM-SHA-256 or PLAIN");
  }
}
