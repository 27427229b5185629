package com.tweetrade.model;

/**
 * A request to cancel a resting order, from the web UI to the job on {@link Topics#ORDER_COMMANDS}.
 * The job cancels the order only when it is still resting and {@code userId} owns it; otherwise it
 * ignores the request.
 *
 * @param userId the user asking (the web UI's signed-in user)
 * @param orderId the order's id ({@link OpenOrder#orderId()})
 * @param ticker the order's ticker: the job's order book is keyed by it
 * @param requestedAt when the user asked, epoch milliseconds (the cancellation's time)
 */
public record OrderCommand(String userId, String orderId, String ticker, long requestedAt) {}
