/** The notifier's Cassandra side: users' webhooks (read) and the delivery log (written). */
package com.tweetrade.notifier.webhooks;
