package com.tweetrade.tweets;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.stack.junit.UpPartArgs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code up --live} as far as this part goes: the args {@code up} resolves from this module's real
 * {@code tweetrade-part.properties} are this command's Bluesky source at the given Jetstream
 * address (BlueskyIT runs that source against a loopback Jetstream and the real broker).
 */
class UpLivePartTest {
  private static final String JETSTREAM = "ws://127.0.0.1:41001/subscribe";

  private static TweetIngestorCommand parsed(boolean live) {
    List<String> args =
        UpPartArgs.of("tweet-ingestor", live, Map.of(), null, live ? JETSTREAM : null);
    TweetIngestorCommand command = new TweetIngestorCommand();
    new CommandLine(command).parseArgs(args.toArray(String[]::new));
    return command;
  }

  @Test
  void shouldRunBlueskyAtTheGivenJetstreamUnderLive() {
    TweetIngestorCommand command = parsed(true);
    assertThat(command.source).isEqualTo(TweetIngestorCommand.SourceKind.bluesky);
    assertThat(command.endpoint).isEqualTo(JETSTREAM);
  }

  @Test
  void shouldKeepTheReplayWithoutLive() {
    TweetIngestorCommand command = parsed(false);
    assertThat(command.source).isEqualTo(TweetIngestorCommand.SourceKind.replay);
    assertThat(command.loop).isTrue();
  }
}
