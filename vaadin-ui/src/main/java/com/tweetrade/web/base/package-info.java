/**
 * Infrastructure every feature shares: typed settings, the Cassandra session, the Kafka producer.
 */
@NullMarked
package com.tweetrade.web.base;

import org.jspecify.annotations.NullMarked;
