/** Sign-in: Spring Security configuration, user look-up and the failed sign-in throttle. */
@NullMarked
package com.tweetrade.web.security;

import org.jspecify.annotations.NullMarked;
