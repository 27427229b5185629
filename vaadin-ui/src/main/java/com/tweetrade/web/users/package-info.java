/** Users: sign-up, look-up and the administrators' list, stored in Cassandra's usertable. */
@NullMarked
package com.tweetrade.web.users;

import org.jspecify.annotations.NullMarked;
