/** Users' trading rules: stored in userlogic, checked with the job's parser, published to Kafka. */
@NullMarked
package com.tweetrade.web.rules;

import org.jspecify.annotations.NullMarked;
