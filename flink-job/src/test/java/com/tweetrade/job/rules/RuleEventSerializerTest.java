package com.tweetrade.job.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.rules.RuleEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.ExecutionConfig;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.StringSerializer;
import org.apache.flink.api.java.typeutils.runtime.PojoSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.api.Test;

class RuleEventSerializerTest {
  private static final long T = 1_700_000_000_000L;
  private static final RuleEventSerializer SERIALIZER = new RuleEventSerializer();

  private static final RuleEvent EVERY_FIELD =
      new RuleEvent(
          RuleEvent.CURRENT_SCHEMA,
          RuleEvent.Type.PAUSE,
          "r-1",
          "alice",
          "WHEN price(TSLA) > 200 THEN BUY 1 TSLA ON TICK",
          true,
          7,
          T,
          T + 86_400_000L);
  private static final RuleEvent DELETE = RuleEvent.delete("r-2", "bob", 3, T);
  private static final RuleEvent NO_EXPIRY = RuleEvent.create("r-3", "carol", "WHEN x", T);
  private static final RuleEvent NON_ASCII =
      RuleEvent.create(
          "règle-ü", "Zoë 🚀", "WHEN sentiment(\"café €\", 1m) > 0.4 THEN BUY 1 TSLA", T);

  @Test
  void shouldReadBackWhatItWrote() throws IOException {
    for (RuleEvent e : new RuleEvent[] {EVERY_FIELD, DELETE, NO_EXPIRY, NON_ASCII, longText()}) {
      assertThat(roundTrip(SERIALIZER, SERIALIZER, e)).isEqualTo(e);
    }
    assertThat(DELETE.text()).isNull();
    assertThat(NO_EXPIRY.expiresAt()).isNull();
  }

  @Test
  void shouldWriteTextsLongerThanWriteUtfAllows() throws IOException {
    RuleEvent e = longText();
    assertThat(e.text().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(65_535);
    assertThat(roundTrip(SERIALIZER, SERIALIZER, e)).isEqualTo(e);
  }

  @Test
  void shouldReadSeveralEventsInARowAndCopyOneBetweenViews() throws IOException {
    DataOutputSerializer out = new DataOutputSerializer(64);
    SERIALIZER.serialize(DELETE, out);
    SERIALIZER.serialize(EVERY_FIELD, out);
    DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());
    DataOutputSerializer copied = new DataOutputSerializer(64);
    SERIALIZER.copy(in, copied);
    assertThat(SERIALIZER.deserialize(in)).isEqualTo(EVERY_FIELD);
    assertThat(in.available()).isZero();
    assertThat(SERIALIZER.deserialize(new DataInputDeserializer(copied.getCopyOfBuffer())))
        .isEqualTo(DELETE);
  }

  @Test
  void shouldCopyByReturningTheSameImmutableEvent() {
    assertThat(SERIALIZER.isImmutableType()).isTrue();
    assertThat(SERIALIZER.copy(EVERY_FIELD)).isSameAs(EVERY_FIELD);
    assertThat(SERIALIZER.copy(EVERY_FIELD, DELETE)).isSameAs(EVERY_FIELD);
  }

  @Test
  void shouldTravelWithTheJobGraph() throws Exception {
    TypeSerializer<RuleEvent> shipped =
        InstantiationUtil.clone(SERIALIZER, getClass().getClassLoader());
    assertThat(shipped).isEqualTo(SERIALIZER).hasSameHashCodeAs(SERIALIZER);
    assertThat(roundTrip(SERIALIZER, shipped, EVERY_FIELD)).isEqualTo(EVERY_FIELD);
  }

  @Test
  void shouldRestoreItsOwnSnapshotAsIs() throws IOException {
    DataOutputSerializer out = new DataOutputSerializer(64);
    TypeSerializerSnapshot.writeVersionedSnapshot(out, SERIALIZER.snapshotConfiguration());
    TypeSerializerSnapshot<RuleEvent> read =
        TypeSerializerSnapshot.readVersionedSnapshot(
            new DataInputDeserializer(out.getCopyOfBuffer()), getClass().getClassLoader());

    assertThat(read).isInstanceOf(RuleEventSerializer.Snapshot.class);
    assertThat(read.getCurrentVersion()).isEqualTo(1);
    assertThat(read.restoreSerializer()).isEqualTo(SERIALIZER);
    assertThat(
            SERIALIZER.snapshotConfiguration().resolveSchemaCompatibility(read).isCompatibleAsIs())
        .isTrue();
  }

  /**
   * The rules state of every savepoint before this serializer: compatible after migration, and what
   * the POJO serializer wrote, read by it and written again by this one, is the same event.
   */
  @Test
  void shouldMigrateStateThatThePojoSerializerWrote() throws IOException {
    TypeSerializer<RuleEvent> pojo =
        RulesTypes.RULE_EVENT.createSerializer(new ExecutionConfig().getSerializerConfig());
    TypeSerializerSnapshot<RuleEvent> old = pojo.snapshotConfiguration();
    assertThat(old).isInstanceOf(PojoSerializerSnapshot.class);

    TypeSerializerSchemaCompatibility<RuleEvent> compatibility =
        SERIALIZER.snapshotConfiguration().resolveSchemaCompatibility(old);

    assertThat(compatibility.isCompatibleAfterMigration()).isTrue();
    for (RuleEvent e : new RuleEvent[] {EVERY_FIELD, DELETE, NON_ASCII}) {
      RuleEvent restored = roundTrip(pojo, old.restoreSerializer(), e);
      assertThat(roundTrip(SERIALIZER, SERIALIZER, restored)).isEqualTo(e);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  @Test
  void shouldRefuseStateOfAnotherSerializer() {
    TypeSerializerSnapshot<RuleEvent> strings =
        (TypeSerializerSnapshot) StringSerializer.INSTANCE.snapshotConfiguration();

    assertThat(
            SERIALIZER.snapshotConfiguration().resolveSchemaCompatibility(strings).isIncompatible())
        .isTrue();
  }

  private static RuleEvent roundTrip(
      TypeSerializer<RuleEvent> writer, TypeSerializer<RuleEvent> reader, RuleEvent e)
      throws IOException {
    DataOutputSerializer out = new DataOutputSerializer(64);
    writer.serialize(e, out);
    DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());
    RuleEvent read = reader.deserialize(in);
    assertThat(in.available()).as("bytes left after one event").isZero();
    return read;
  }

  /** 30,000 chars, three UTF-8 bytes each: beyond {@code writeUTF}'s 64 KB. */
  private static RuleEvent longText() {
    return RuleEvent.create("r-long", "dave", "€".repeat(30_000), T).withExpiresAt(T + 1);
  }
}
