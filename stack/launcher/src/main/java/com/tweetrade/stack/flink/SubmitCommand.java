package com.tweetrade.stack.flink;

import com.tweetrade.model.settings.Settings;
import com.tweetrade.model.settings.SharedSetting;
import com.tweetrade.stack.StackSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cluster submit}: uploads the job jar and runs it, fresh or from a savepoint. */
@Command(
    name = "submit",
    mixinStandardHelpOptions = true,
    description = {
      "Uploads the job jar and runs it on the cluster; prints the job id once all tasks run.",
      "Job arguments go after `--`; without --kafka/--cql there, the stack's addresses are added "
          + "(bin/tweetrade job --help lists the job's flags)."
    })
final class SubmitCommand extends RestSubcommand {
  @Option(
      names = "--jar",
      description = "Job jar (default: the newest flink-job/target/flink-job-*.jar).")
  Path jar;

  @Option(
      names = "--parallelism",
      defaultValue = "2",
      description = "Job parallelism (default ${DEFAULT-VALUE}).")
  int parallelism;

  @Option(
      names = "--from-savepoint",
      paramLabel = "PATH",
      description = "Restore the job's state from this savepoint.")
  String fromSavepoint;

  @Option(
      names = "--allow-non-restored-state",
      description =
          "Start even if the savepoint holds state of operators the new jar no longer has.")
  boolean allowNonRestoredState;

  @Option(names = "--entry-class", description = "Main class (default: the jar's Main-Class).")
  String entryClass;

  @Option(
      names = "--timeout",
      defaultValue = "240",
      description = "Seconds to wait for the job to run (default ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Parameters(paramLabel = "JOB_ARGS", description = "Arguments of the job (after --).")
  List<String> jobArgs = new ArrayList<>();

  @Override
  int run(FlinkRestClient rest) {
    Path jobJar = jar != null ? jar : FlinkClusterSettings.defaultJobJar(parent.root());
    JobSubmission submission =
        new JobSubmission(
            Optional.ofNullable(entryClass),
            parallelism,
            withStackAddresses(jobArgs, parent.stackSettings()),
            Optional.ofNullable(fromSavepoint),
            allowNonRestoredState);
    System.err.println("Uploading " + jobJar + " to " + rest.baseUrl());
    String jarId = rest.uploadJar(jobJar);
    String jobId = rest.runJar(jarId, submission);
    rest.awaitRunning(jobId, Duration.ofSeconds(timeoutSeconds));
    System.err.println(
        "Job running at parallelism "
            + parallelism
            + (fromSavepoint != null ? ", restored from " + fromSavepoint : "")
            + ": "
            + rest.baseUrl()
            + "/#/job/running/"
            + jobId);
    System.out.println(jobId);
    return 0;
  }

  /**
   * The job reads env in the JobManager, which may not be ours: pass the addresses explicitly, each
   * the shared setting's (env, then conf/tweetrade.properties) or else the local stack's.
   */
  static List<String> withStackAddresses(List<String> args, StackSettings stack) {
    return withStackAddresses(args, stack, Settings.load());
  }

  static List<String> withStackAddresses(
      List<String> args, StackSettings stack, Settings settings) {
    List<String> out = new ArrayList<>();
    Map<SharedSetting, String> local =
        Map.of(SharedSetting.KAFKA, stack.kafkaBootstrap(), SharedSetting.CQL, stack.cqlHostPort());
    for (SharedSetting setting : List.of(SharedSetting.KAFKA, SharedSetting.CQL)) {
      List<String> spellings = new ArrayList<>(setting.deprecatedFlags());
      spellings.add(setting.flag());
      if (args.stream()
          .noneMatch(a -> spellings.stream().anyMatch(f -> a.equals(f) || a.startsWith(f + "=")))) {
        out.addAll(
            List.of(setting.flag(), settings.configured(setting).orElse(local.get(setting))));
      }
    }
    out.addAll(args);
    return out;
  }
}
