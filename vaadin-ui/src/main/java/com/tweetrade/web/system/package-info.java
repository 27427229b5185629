/**
 * What the System page shows: rates, consumer lag, decision latency and checkpoints of the running
 * system, sampled from Kafka and Flink's REST API by one shared monitor.
 */
@NullMarked
package com.tweetrade.web.system;

import org.jspecify.annotations.NullMarked;
