package io.github.portregistry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.portregistry.data.NormalizedRegistry;
import io.github.portregistry.data.TableWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The name index's layout, which the public API cannot see: a name missing from the table in
 * capitals would still be found by folding, only slower.
 */
class NameIndexTest {
  private static final String HEADER =
      "Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,"
          + "Registration Date,Modification Date,Reference,Service Code,"
          + "Unauthorized Use Reported,Assignment Notes\r\n";

  @Test
  void everyNameIsAKeyInLowerCaseAndInCapitalsAndFoundInAnyCase() {
    RegistryTable table = RegistryTable.load();
    NameIndex<Integer> index = new NameIndex<>(table, i -> i);
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < table.nameCount(); i++) {
      List<String> spellings = spellings(name(table, i));
      String lower = spellings.get(0);
      if (!index.isKey(lower) || !index.isKey(spellings.get(1))) {
        wrong.add(lower + " is not a key in both spellings");
      }
      for (String spelling : spellings) {
        Integer found = index.get(spelling);
        if (found == null || found != i) {
          wrong.add(spelling + " gives " + found + ", not " + i);
        }
      }
    }
    assertThat(wrong).as("names of %d", table.nameCount()).isEmpty();
    assertThat(index.isKey("Http")).as("mixed case is folded, not stored").isFalse();
  }

  @Test
  void namesWithEqualHashesAreTold() {
    // 31 * 'c' + '-' == 31 * 'a' + 'k', and 31 * 'B' + '-' == 31 * 'A' + 'L': two pairs of names
    // that hash alike, one in lower case, one in capitals.
    assertThat("ac-b".hashCode()).isEqualTo("aakb".hashCode());
    assertThat("AB-C".hashCode()).isEqualTo("AALC".hashCode());
    List<String> names = List.of("aakb", "aalc", "ab-c", "ac-b", "other");
    RegistryTable table = table(names);
    NameIndex<String> index = new NameIndex<>(table, i -> name(table, i));
    for (String name : names) {
      String capitals = name.toUpperCase(Locale.ROOT);
      assertThat(index.get(name)).isEqualTo(name);
      assertThat(index.get(capitals)).isEqualTo(name);
      assertThat(index.get(capitals.charAt(0) + name.substring(1))).isEqualTo(name);
    }
    assertThat(index.get("ac-k")).isNull();
    assertThat(index.get("AALC ")).isNull();
  }

  @Test
  void binarySearchFindsEveryNameInAnyCaseWhereTheHashIndexDoes() {
    RegistryTable table = RegistryTable.load();
    NameIndex<Integer> index = new NameIndex<>(table, i -> i);
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < table.nameCount(); i++) {
      List<String> spellings = spellings(name(table, i));
      String lower = spellings.get(0);
      for (String spelling : spellings) {
        int found = NameIndex.find(table, spelling);
        if (found != i || index.get(spelling) != i) {
          wrong.add(spelling + " gives " + found + ", not " + i);
        }
      }
      // One character more or less is another name, or none.
      for (String other : List.of(lower + "~", lower.substring(0, lower.length() - 1))) {
        Integer hashed = index.get(other);
        if (NameIndex.find(table, other) != (hashed == null ? -1 : hashed)) {
          wrong.add(other + " disagrees with the hash index");
        }
      }
    }
    assertThat(wrong).as("names of %d", table.nameCount()).isEmpty();
    assertThat(NameIndex.find(table, "ssh")).isNotNegative();
    assertThat(NameIndex.find(table, "\u212Aerberos")).as("ASCII folding only").isNegative();
    assertThat(NameIndex.find(table, "")).isNegative();
  }

  @Test
  void binarySearchOrdersCharactersBetweenTheCasesAsTheGeneratorSorts() {
    // '_' (0x5F) sorts between 'Z' (0x5A) and 'a' (0x61): only a comparison of the lower-cased
    // names, as the generator sorts them, finds "a_b" from "A_B" and "a0b" and "aab" beside it.
    List<String> names = List.of("a-b", "a0b", "a_b", "aab", "ab", "b");
    RegistryTable table = table(names);
    for (String name : names) {
      int found = NameIndex.find(table, name.toUpperCase(Locale.ROOT));
      assertThat(found).as(name).isNotNegative();
      assertThat(name(table, found)).isEqualTo(name);
    }
    assertThat(NameIndex.find(table, "a")).isNegative();
    assertThat(NameIndex.find(table, "ac")).isNegative();
    assertThat(NameIndex.find(table, "c")).isNegative();
  }

  /** A records table of port-less records with these names. */
  private static RegistryTable table(List<String> names) {
    StringBuilder csv = new StringBuilder(HEADER);
    for (String name : names) {
      csv.append(name).append(",,,A test name,,,2026-01-01,,,,,\r\n");
    }
    byte[] records =
        TableWriter.compile(
                NormalizedRegistry.read(
                    "names.csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
            .records();
    return RegistryTable.decode(records, "names");
  }

  private static String name(RegistryTable table, int index) {
    byte[] bytes = new byte[table.nameLength(index)];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = table.nameByte(index, i);
    }
    return new String(bytes, StandardCharsets.US_ASCII);
  }

  /** A name in lower case, in capitals, and capitalized: the spellings every test asks for. */
  private static List<String> spellings(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    String capitals = lower.toUpperCase(Locale.ROOT);
    return List.of(lower, capitals, capitals.charAt(0) + lower.substring(1));
  }
}
