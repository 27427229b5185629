package com.tweetrade.job.rules;

import com.tweetrade.model.Alert;
import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.EquityPoint;
import com.tweetrade.model.OpenOrder;
import com.tweetrade.model.Position;
import com.tweetrade.model.Trade;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * What the rules part produces.
 *
 * @param trades every order fired, FILLED or REJECTED (with the reason); timestamp = evaluation
 *     time
 * @param positions a user's position in a ticker after each fill, and revalued at the quotes of the
 *     ticker (at most once a second)
 * @param equity each user's cash, market value and equity after every change
 * @param deadLetters rule events that do not compile, with the reason
 * @param alerts the alerts of {@code NOTIFY} rules, one per firing; timestamp = evaluation time
 * @param openOrders the order book's changes of resting orders (OPEN, FILLED, CANCELLED, EXPIRED)
 */
public record RulesOutputs(
    DataStream<Trade> trades,
    DataStream<Position> positions,
    DataStream<EquityPoint> equity,
    DataStream<DeadLetter> deadLetters,
    DataStream<Alert> alerts,
    DataStream<OpenOrder> openOrders) {}
