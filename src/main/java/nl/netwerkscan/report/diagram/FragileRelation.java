package nl.netwerkscan.report.diagram;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.netwerkscan.model.OrganisationType;

/**
 * One high-risk relation as its picture draws it: our staff on the left, the organisation's
 * people on the right, a line per staff–person pair, and the one person everything runs through.
 *
 * @param staff our staff members with a contact there, by name (or pseudonym)
 * @param persons the organisation's person nodes; empty = the shared node of unnamed mentions
 * @param mentions the staff–person pairs, by index into {@code staff} and {@code persons}
 * @param carriers who carries the relation (one, or two when both sides have a single person)
 */
public record FragileRelation(
    String organisation,
    OrganisationType type,
    List<String> staff,
    List<Optional<String>> persons,
    List<Mention> mentions,
    List<Carrier> carriers) {

  /** One staff member named one person {@code count} times. */
  public record Mention(int staff, int person, int count) {
    public Mention {
      if (staff < 0 || person < 0 || count < 1) {
        throw new IllegalArgumentException("bad mention " + staff + "-" + person + " x" + count);
      }
    }
  }

  /** The person through whom everything runs: ours ({@code ourSide}) or theirs, by index. */
  public record Carrier(boolean ourSide, int index) {}

  public FragileRelation {
    Objects.requireNonNull(organisation);
    Objects.requireNonNull(type);
    staff = List.copyOf(staff);
    persons = List.copyOf(persons);
    mentions = List.copyOf(mentions);
    carriers = List.copyOf(carriers);
    for (Mention m : mentions) {
      if (m.staff() >= staff.size() || m.person() >= persons.size()) {
        throw new IllegalArgumentException("mention outside the lists: " + m);
      }
    }
    for (Carrier c : carriers) {
      if (c.index() < 0 || c.index() >= (c.ourSide() ? staff.size() : persons.size())) {
        throw new IllegalArgumentException("carrier outside the lists: " + c);
      }
    }
  }
}
