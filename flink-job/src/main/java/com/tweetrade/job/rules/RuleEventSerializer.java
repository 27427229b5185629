package com.tweetrade.job.rules;

import com.tweetrade.model.rules.RuleEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.java.typeutils.runtime.PojoSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Serializer of the rules broadcast state ({@link RulesDescriptors#RULES}): {@link RuleEvent} is an
 * immutable record, so a copy is the event itself.
 *
 * <p>Why not Flink's POJO serializer: broadcast state is snapshotted in full at every checkpoint,
 * in four operators at parallelism 2. The backend first deep-copies each map on the task thread
 * ({@code copy} per value, a record rebuilt by reflection), then serializes it string by string,
 * char by char. In a profile of the latency bench (10,000 rules, a checkpoint a second) checkpoint
 * snapshots took ~35% of the CPU, most of it this state, with a stall at every checkpoint. Here the
 * copy is free and strings go out as UTF-8 bytes in bulk.
 *
 * <p>State written by the POJO serializer restores: {@link Snapshot} declares it compatible after
 * migration, and the operator state backend reads old state with the old serializer. The class
 * names of this serializer and its snapshot are in savepoints: never move or rename them.
 */
public final class RuleEventSerializer extends TypeSerializer<RuleEvent> {
  private static final long serialVersionUID = 1L;

  /** Length written for a {@code null} string. */
  private static final int NULL = -1;

  @Override
  public boolean isImmutableType() {
    return true;
  }

  @Override
  public TypeSerializer<RuleEvent> duplicate() {
    return this; // stateless
  }

  /** No event is a meaningful empty one; Flink does not call this for immutable state values. */
  @Override
  public RuleEvent createInstance() {
    return null;
  }

  @Override
  public RuleEvent copy(RuleEvent from) {
    return from;
  }

  @Override
  public RuleEvent copy(RuleEvent from, RuleEvent reuse) {
    return from;
  }

  @Override
  public int getLength() {
    return -1;
  }

  @Override
  public void serialize(RuleEvent e, DataOutputView out) throws IOException {
    out.writeInt(e.schemaVersion());
    // By name, not ordinal: a type added to the enum anywhere leaves stored events readable.
    writeString(e.type() == null ? null : e.type().name(), out);
    writeString(e.ruleId(), out);
    writeString(e.userId(), out);
    writeString(e.text(), out);
    out.writeBoolean(e.paused());
    out.writeLong(e.revision());
    out.writeLong(e.timestamp());
    out.writeBoolean(e.expiresAt() != null);
    if (e.expiresAt() != null) {
      out.writeLong(e.expiresAt());
    }
  }

  @Override
  public RuleEvent deserialize(DataInputView in) throws IOException {
    int schemaVersion = in.readInt();
    String type = readString(in);
    return new RuleEvent(
        schemaVersion,
        type == null ? null : RuleEvent.Type.valueOf(type),
        readString(in),
        readString(in),
        readString(in),
        in.readBoolean(),
        in.readLong(),
        in.readLong(),
        in.readBoolean() ? in.readLong() : null);
  }

  @Override
  public RuleEvent deserialize(RuleEvent reuse, DataInputView in) throws IOException {
    return deserialize(in);
  }

  @Override
  public void copy(DataInputView source, DataOutputView target) throws IOException {
    serialize(deserialize(source), target);
  }

  /**
   * Byte length (or {@link #NULL}), then the UTF-8 bytes: no 64 KB limit as in {@code writeUTF}.
   */
  private static void writeString(String s, DataOutputView out) throws IOException {
    if (s == null) {
      out.writeInt(NULL);
      return;
    }
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static String readString(DataInputView in) throws IOException {
    int length = in.readInt();
    if (length == NULL) {
      return null;
    }
    byte[] utf8 = new byte[length];
    in.readFully(utf8);
    return new String(utf8, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RuleEventSerializer;
  }

  @Override
  public int hashCode() {
    return RuleEventSerializer.class.hashCode();
  }

  @Override
  public TypeSerializerSnapshot<RuleEvent> snapshotConfiguration() {
    return new Snapshot();
  }

  /**
   * The serializer's format version; the serializer has no configuration to write.
   *
   * <p>Compatibility with the state already written: its own snapshot as is; the POJO serializer's
   * (the rules state before this serializer) after migration, which for operator state means the
   * backend reads it with the POJO serializer and writes it with this one from then on; anything
   * else incompatible.
   */
  public static final class Snapshot implements TypeSerializerSnapshot<RuleEvent> {
    private static final int VERSION = 1;

    /** Flink instantiates snapshots by reflection when it reads a savepoint. */
    public Snapshot() {}

    @Override
    public int getCurrentVersion() {
      return VERSION;
    }

    @Override
    public void writeSnapshot(DataOutputView out) {}

    @Override
    public void readSnapshot(int readVersion, DataInputView in, ClassLoader classLoader)
        throws IOException {
      if (readVersion != VERSION) {
        throw new IOException(
            "RuleEventSerializer snapshot version "
                + readVersion
                + " is unknown to this job (it reads version "
                + VERSION
                + ")");
      }
    }

    @Override
    public TypeSerializer<RuleEvent> restoreSerializer() {
      return new RuleEventSerializer();
    }

    @Override
    public TypeSerializerSchemaCompatibility<RuleEvent> resolveSchemaCompatibility(
        TypeSerializerSnapshot<RuleEvent> oldSerializerSnapshot) {
      if (oldSerializerSnapshot instanceof Snapshot) {
        return TypeSerializerSchemaCompatibility.compatibleAsIs();
      }
      if (oldSerializerSnapshot instanceof PojoSerializerSnapshot) {
        return TypeSerializerSchemaCompatibility.compatibleAfterMigration();
      }
      return TypeSerializerSchemaCompatibility.incompatible();
    }
  }
}
