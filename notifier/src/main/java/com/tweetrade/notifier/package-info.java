/** The notifier: delivers rules' alerts from Kafka to users' webhooks. */
package com.tweetrade.notifier;
