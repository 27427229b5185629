package com.tweetrade.stack.up;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.stack.ProjectRoot;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FlinkJvmOptionsTest {
  @Test
  void shouldMatchTheRootPomsFlinkJvmOpens() throws Exception {
    String pom = Files.readString(ProjectRoot.find().resolve("pom.xml"));
    Matcher property = Pattern.compile("<flink.jvm.opens>([^<]*)</flink.jvm.opens>").matcher(pom);

    assertThat(property.find()).as("root pom defines flink.jvm.opens").isTrue();
    assertThat(FlinkJvmOptions.OPENS).isEqualTo(property.group(1).trim());
  }
}
