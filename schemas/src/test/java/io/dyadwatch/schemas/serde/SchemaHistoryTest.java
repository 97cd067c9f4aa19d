package io.dyadwatch.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadwatch.schemas.avro.CleanArticle;
import io.dyadwatch.schemas.avro.ContactAlert;
import io.dyadwatch.schemas.avro.DiplomaticEvent;
import io.dyadwatch.schemas.avro.DyadHistory;
import io.dyadwatch.schemas.avro.RawArticle;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every record's current schema must read data written with each released version. */
class SchemaHistoryTest {

  static Stream<Class<?>> records() {
    return Stream.of(RawArticle.class, CleanArticle.class, DiplomaticEvent.class, ContactAlert.class,
        DyadHistory.class);
  }

  @ParameterizedTest
  @MethodSource("records")
  void currentSchemaReadsEveryReleasedVersion(Class<?> type) {
    Schema current = SpecificData.get().getSchema(type);
    List<Schema> past = SchemaHistory.pastVersions(current.getName());
    assertThat(past).as("released versions of %s", current.getName()).isNotEmpty();
    for (Schema writer : past) {
      SchemaCompatibilityType result =
          SchemaCompatibility.checkReaderWriterCompatibility(current, writer).getType();
      assertThat(result).as("%s reading %s", current.getName(), writer).isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }
  }

  @ParameterizedTest
  @MethodSource("records")
  void currentSchemaIsReleased(Class<?> type) {
    Schema current = SpecificData.get().getSchema(type);
    List<Schema> past = SchemaHistory.pastVersions(current.getName());
    Schema newest = past.get(past.size() - 1);
    assertThat(SchemaNormalization.parsingFingerprint64(newest))
        .as("%s changed: add it as the next vN.avsc under schemas/history", current.getName())
        .isEqualTo(SchemaNormalization.parsingFingerprint64(current));
  }
}
