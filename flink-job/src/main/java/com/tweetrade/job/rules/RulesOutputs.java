package com.tweetrade.job.rules;

import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.Position;
import com.tweetrade.model.Trade;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * What the rules part produces.
 *
 * @param trades every order fired, FILLED or REJECTED (with the reason); timestamp = evaluation
 *     time
 * @param positions a user's position in a ticker after each fill
 * @param deadLetters rule events that do not compile, with the reason
 */
public record RulesOutputs(
    DataStream<Trade> trades, DataStream<Position> positions, DataStream<DeadLetter> deadLetters) {}
