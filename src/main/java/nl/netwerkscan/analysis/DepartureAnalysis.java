package nl.netwerkscan.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.netwerkscan.model.Organisation;
import nl.netwerkscan.model.Survey;

/**
 * Departures (report contract, sheet 8): every person whose departure alone leaves an
 * organisation without any contact, because they are the only one on their side there: the
 * only staff member of ours who has a used row with it ({@link Side#INTERNAL}), or the only
 * person node at it when that node is a named contact person ({@link Side#EXTERNAL}).
 * Contacts = that person's used rows with that organisation (all of its rows, as they are
 * alone on their side). The shared unnamed node is no person and never appears, even when it is
 * the only node on the external side; the staff member on the other side still does.
 *
 * <p>Order (the contract is silent): our own staff first (the side a coordinator can act on),
 * then by person name, then by organisation name.
 *
 * <p>Source: the coordinators' question in domain.md (a partner lost us when one colleague
 * left). Cost: the grouping of {@link FragilityAnalysis} plus O(1) per organisation.
 */
public final class DepartureAnalysis {

  /** A person who alone carries the relation with an organisation. */
  public record Departure(Carrier person, Organisation organisation, int contacts) {
    public Departure {
      Objects.requireNonNull(person);
      Objects.requireNonNull(organisation);
      if (person.isUnnamed()) {
        throw new IllegalArgumentException("the unnamed node never departs");
      }
      if (contacts < 1) {
        throw new IllegalArgumentException("no contacts: " + contacts);
      }
    }
  }

  public record Result(List<Departure> departures) {
    public Result {
      departures = List.copyOf(departures);
    }
  }

  private DepartureAnalysis() {}

  public static Result analyse(Survey survey) {
    return analyse(OrganisationGroups.of(survey));
  }

  public static Result analyse(OrganisationGroups groups) {
    Objects.requireNonNull(groups);
    List<Departure> departures = new ArrayList<>();
    for (OrganisationContacts group : groups.list()) {
      for (Carrier carrier : group.singleCarriers()) {
        if (!carrier.isUnnamed()) {
          departures.add(new Departure(carrier, group.organisation(), group.contacts()));
        }
      }
    }
    departures.sort(
        Comparator.comparing((Departure d) -> d.person().side())
            .thenComparing(d -> d.person().name().orElse(""))
            .thenComparing(d -> d.organisation().name())
            .thenComparing(d -> d.organisation().key()));
    return new Result(departures);
  }
}
