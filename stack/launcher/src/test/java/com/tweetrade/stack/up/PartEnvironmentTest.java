package com.tweetrade.stack.up;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.access.Credentials;
import com.tweetrade.stack.StackAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What `up` hands each part on a secured stack: the name of the part's own credentials file, never
 * its content.
 */
class PartEnvironmentTest {
  @TempDir Path secrets;

  @Test
  void shouldNameEachPartsOwnCredentialsFile() throws Exception {
    StackAccess access = StackAccess.ensure(secrets);
    Map<String, String> common = Map.of("TWEETRADE_KAFKA_BOOTSTRAP", "127.0.0.1:9092");

    Map<String, String> job = UpCommand.partEnvironment(common, Optional.of(access), "flink-job");
    Map<String, String> ui = UpCommand.partEnvironment(common, Optional.of(access), "vaadin-ui");

    assertThat(job)
        .containsEntry("TWEETRADE_KAFKA_BOOTSTRAP", "127.0.0.1:9092")
        .containsEntry(Credentials.ENV, secrets.resolve("flink-job.properties").toString());
    assertThat(Credentials.read(Path.of(ui.get(Credentials.ENV))).user()).isEqualTo("vaadin-ui");
    String password = access.of("flink-job").orElseThrow().password();
    assertThat(job.values()).noneMatch(value -> value.contains(password));
    assertThat(Files.readString(secrets.resolve("flink-job.properties"))).contains(password);
  }

  @Test
  void shouldNameNoFileForAnUnknownPartOrAnOpenStack() {
    StackAccess access = StackAccess.ensure(secrets);

    assertThat(UpCommand.partEnvironment(Map.of(), Optional.of(access), "someone-elses-part"))
        .isEmpty();
    assertThat(UpCommand.partEnvironment(Map.of(), Optional.empty(), "flink-job")).isEmpty();
  }

  @Test
  void shouldKeepGeneratedCredentialsAcrossStarts() {
    StackAccess first = StackAccess.ensure(secrets);
    StackAccess again = StackAccess.ensure(secrets);

    assertThat(again.admin()).isEqualTo(first.admin());
    assertThat(again.of("migrate")).isEqualTo(first.of("migrate"));
    assertThat(first.admin().kafkaMechanism()).isEqualTo(Credentials.PLAIN);
    assertThat(first.of("flink-job").orElseThrow().kafkaMechanism()).isEqualTo(Credentials.SCRAM);
  }
}
