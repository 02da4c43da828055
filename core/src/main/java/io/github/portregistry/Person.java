package io.github.portregistry;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the registry's people list: who an id such as {@code [Jon_Postel]} in a record's
 * Assignee, Contact or Reference stands for. The XML form has the list (its {@code <people>}
 * section), as do the legacy text and RFC forms; the CSV has none, so a registry compiled from a
 * CSV knows no one.
 *
 * <pre>{@code
 * Person p = PortRegistry.person("[Jon_Postel]").orElseThrow();   // brackets optional
 * p.name();       // "Jon Postel"
 * p.uri();        // Optional[mailto:postel&isi.edu]
 * p.updated();    // Optional[...] where the registry dates the entry
 * }</pre>
 *
 * @param id the id as records write it, without brackets: {@code Jon_Postel}
 * @param name the name as written, "" when the entry names only an organization
 * @param organization the organization as written, "" when none
 * @param uri the first contact URI of the entry ({@code mailto:...} or {@code https://...}), where
 *     it has one that Java's {@link URI} can represent (characters it does not allow are quoted)
 * @param updated when the registry last changed the entry, where it says
 */
public record Person(
    String id,
    String name,
    String organization,
    Optional<URI> uri,
    Optional<RegistryDate> updated) {

  /**
   * Rejects nulls and an empty id.
   *
   * @throws NullPointerException naming the component that is null
   * @throws IllegalArgumentException when {@code id} is empty
   */
  public Person {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(organization, "organization must not be null");
    Objects.requireNonNull(uri, "uri must not be null");
    Objects.requireNonNull(updated, "updated must not be null");
    if (id.isEmpty()) {
      throw new IllegalArgumentException("a person's id must not be empty");
    }
  }

  /**
   * The first of the space-separated URIs the table keeps for a person, as a {@link URI}: parsed as
   * written where it is valid, else rebuilt from its scheme and the rest, which quotes what a URI
   * may not contain.
   */
  static Optional<URI> uriOf(String written) {
    String first = written.strip();
    int space = first.indexOf(' ');
    if (space >= 0) {
      first = first.substring(0, space);
    }
    int colon = first.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(new URI(first));
    } catch (URISyntaxException e) {
      try {
        return Optional.of(new URI(first.substring(0, colon), first.substring(colon + 1), null));
      } catch (URISyntaxException again) {
        return Optional.empty(); // not a URI at all; the name and organization remain
      }
    }
  }
}
