package com.tweetrade.job.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.settings.Settings;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * migrate's endpoints: --cql and --kafka, else the environment, else conf/tweetrade.properties,
 * else defaults.
 */
class MigrateCommandTest {

  @Test
  void shouldTakeEndpointsFromFlagsElseTheSettingsFile(@TempDir Path root) throws Exception {
    Files.createDirectories(root.resolve("conf"));
    Files.writeString(
        root.resolve(Settings.FILE),
        "kafka.bootstrap=file-kafka:9192\ncassandra.cql=file-cql:9142\n");
    Settings settings = Settings.of(root, Map.of());

    MigrateCommand.Apply fromFile = new MigrateCommand.Apply();
    new CommandLine(fromFile).parseArgs("--savepoint", "/sp", "--migration", "rename-keyword");
    MigrateCommand.Apply fromFlags = new MigrateCommand.Apply();
    new CommandLine(fromFlags)
        .parseArgs(
            "--savepoint",
            "/sp",
            "--migration",
            "rename-keyword",
            "--cql",
            "c:1",
            "--kafka",
            "k:2");
    MigrateCommand.Bootstrap bootstrap = new MigrateCommand.Bootstrap();
    new CommandLine(bootstrap).parseArgs("--out", "/new");

    assertThat(MigrateCommand.contactPoint(fromFile.userLogic.cql, settings))
        .isEqualTo(InetSocketAddress.createUnresolved("file-cql", 9142));
    assertThat(fromFile.kafka.resolve(settings)).isEqualTo("file-kafka:9192");
    assertThat(MigrateCommand.contactPoint(fromFlags.userLogic.cql, settings))
        .isEqualTo(InetSocketAddress.createUnresolved("c", 1));
    assertThat(fromFlags.kafka.resolve(settings)).isEqualTo("k:2");
    assertThat(
            MigrateCommand.contactPoint(
                bootstrap.userLogic.cql, Settings.of(root, new java.util.Properties(), Map.of())))
        .isEqualTo(InetSocketAddress.createUnresolved("127.0.0.1", 9042));
  }
}
