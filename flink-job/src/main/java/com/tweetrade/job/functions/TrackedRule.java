package com.tweetrade.job.functions;

import java.util.List;

/**
 * What the keyword fan-out keeps of one rule: the keywords it reads, whether it is active, its
 * revision.
 *
 * @param revision the rule's revision; older events are ignored
 * @param active not paused (a deleted rule is removed, not kept inactive)
 * @param keywords lower-case keywords and {@code $TICKER} cashtags the rule's condition reads
 */
public record TrackedRule(long revision, boolean active, List<String> keywords) {}
