/** Each user's paper-account settings: the starting capital, stored and sent to the job. */
@NullMarked
package com.tweetrade.web.account;

import org.jspecify.annotations.NullMarked;
