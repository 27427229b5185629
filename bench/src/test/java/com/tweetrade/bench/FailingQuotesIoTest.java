package com.tweetrade.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.job.io.JobIo;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * FailingQuotesIo decorates any JobIo: everything but the quotes input goes to the decorated IO
 * unchanged.
 */
class FailingQuotesIoTest {

  @Test
  void shouldHandEverythingButTheQuotesToTheDecoratedIo() throws Exception {
    List<String> calls = new ArrayList<>();
    JobIo recorded =
        (JobIo)
            Proxy.newProxyInstance(
                JobIo.class.getClassLoader(),
                new Class<?>[] {JobIo.class},
                (proxy, method, args) -> {
                  calls.add(method.getName());
                  return null;
                });
    FailingQuotesIo io = new FailingQuotesIo(recorded, 10, 100.0);

    List<String> delegated = new ArrayList<>();
    for (Method m : JobIo.class.getMethods()) {
      if (m.getName().equals("quotes")) continue;
      m.invoke(io, new Object[m.getParameterCount()]);
      delegated.add(m.getName());
    }

    assertThat(calls).containsExactlyInAnyOrderElementsOf(delegated);
    assertThat(delegated)
        .containsAll(
            Arrays.asList(
                "tweets",
                "rules",
                "rulesAtStart",
                "writePrices",
                "writeSentiments",
                "writeDeadLetters",
                "writeTrades",
                "writePositions"));
  }
}
