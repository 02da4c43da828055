package io.github.portregistry.data;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a registry's people list: who a person id such as {@code Jon_Postel} stands for.
 *
 * <p>The XML has a {@code <people>} section; the legacy text ends with a list of {@code
 * [Jon_Postel] Jon Postel <postel&isi.edu>}-style entries; RFC 1700 has the same under "PEOPLE".
 * Fields the form does not give are "" (or empty).
 *
 * @param id the id as references write it, without brackets: {@code Jon_Postel}
 * @param name the person's name as written, "" when the entry names only an organisation
 * @param organization the organisation as written, ""when none
 * @param uri the contact URI exactly as written ({@code mailto:postel&isi.edu}), "" when none;
 *     where an entry has several (the XML gives seven people two {@code <uri>}s), all of them in
 *     file order, separated by one space, which no URI contains
 * @param updated when the entry was last changed, where the form says
 * @param line 1-based line of the entry in its file, for error messages
 */
public record Person(
    String id, String name, String organization, String uri, Optional<CsvDate> updated, int line) {

  /** Rejects nulls and an empty id. */
  public Person {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(updated, "updated");
    if (id.isEmpty()) {
      throw new IllegalArgumentException("a person has an id");
    }
  }
}
