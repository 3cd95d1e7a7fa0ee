package nl.netwerkscan.report.diagram;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import nl.netwerkscan.analysis.ComparisonAnalysis;
import nl.netwerkscan.analysis.DistanceAnalysis;
import nl.netwerkscan.analysis.FragilityAnalysis;
import nl.netwerkscan.analysis.OrganisationFigures;
import nl.netwerkscan.analysis.Risk;
import nl.netwerkscan.analysis.Side;
import nl.netwerkscan.analysis.UnitAnalysis;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.model.ContactPerson;
import nl.netwerkscan.model.Respondent;
import nl.netwerkscan.model.Unit;
import nl.netwerkscan.network.ContactNetwork;
import nl.netwerkscan.network.Link;
import nl.netwerkscan.network.OrganisationNode;
import nl.netwerkscan.network.PersonNode;
import nl.netwerkscan.network.StaffNode;
import nl.netwerkscan.report.diagram.FragileRelation.Carrier;
import nl.netwerkscan.report.diagram.FragileRelation.Mention;

/**
 * The thin adapter from analysis results and the network to the diagrams' own inputs: it copies
 * figures, it computes none.
 */
public final class DiagramInputs {
  private DiagramInputs() {}

  /**
   * Everything the diagrams draw, from the analysis results: per organisation its figures and
   * risk (fragility analysis), per type its distances (distance analysis), and per high-risk
   * organisation its people and carriers (network and fragility analysis).
   */
  public static DiagramInput of(
      ContactNetwork network,
      FragilityAnalysis.Result fragility,
      DistanceAnalysis.Result distances,
      OptionalInt year) {
    List<FragileRelation> relations = new ArrayList<>();
    for (FragilityAnalysis.Row row : fragility.highRisk()) {
      Set<Respondent> staff = new HashSet<>();
      Set<PersonNode> persons = new HashSet<>();
      for (nl.netwerkscan.analysis.Carrier carrier : row.carriers()) {
        if (carrier.side() == Side.INTERNAL) {
          staff.add(carrier.staffMember().orElseThrow());
        } else {
          persons.add(
              carrier.contactPerson().map(PersonNode::named).orElseGet(() -> PersonNode.unnamed(row.organisation())));
        }
      }
      relations.add(relation(network, new OrganisationNode(row.organisation()), staff, persons));
    }
    return new DiagramInput(network.home().name(), year, organisations(fragility), distances(distances), relations);
  }

  /**
   * The units of a roll-up survey in the Teams sheet's ranking; a unit of fewer than {@code
   * smallGroup} respondents is marked small, as the sheet marks it.
   */
  public static UnitInput units(UnitAnalysis.Result units, String home, OptionalInt year, int smallGroup) {
    List<UnitFigure> figures = new ArrayList<>();
    for (UnitAnalysis.UnitRow row : units.units()) {
      Unit unit = row.unit().orElseThrow();
      figures.add(new UnitFigure(
          unit.isUnknown() ? "" : unit.name(),
          row.highRisk(),
          row.mediumRisk(),
          row.meanDistance(),
          row.respondents() < smallGroup));
    }
    return new UnitInput(home, year, figures);
  }

  /** Every organisation with its figures and risk, in the fragility analysis's order. */
  public static List<OrganisationFigure> organisations(FragilityAnalysis.Result fragility) {
    List<OrganisationFigure> organisations = new ArrayList<>();
    for (FragilityAnalysis.Row row : fragility.rows()) {
      OrganisationFigures figures = row.figures();
      organisations.add(
          new OrganisationFigure(
              row.organisation().name(), row.organisation().type(), figures.contacts(), figures.staff(), risk(row.risk())));
    }
    return organisations;
  }

  /**
   * The change diagram's input from the comparison: per organisation its change and the figures
   * of the new survey (of the old one when it is gone).
   */
  public static ChangeInput change(ComparisonAnalysis.Result comparison, String home, String oldSurvey, String newSurvey) {
    List<ChangeFigure> organisations = new ArrayList<>();
    for (ComparisonAnalysis.OrganisationChange change : comparison.organisations()) {
      FragilityAnalysis.Row row = change.current().or(change::old).orElseThrow();
      organisations.add(
          new ChangeFigure(
              change.organisation().name(), change.organisation().type(), kind(change.change()),
              row.figures().contacts(), row.figures().staff()));
    }
    return new ChangeInput(home, oldSurvey, newSurvey, organisations);
  }

  private static ChangeKind kind(ComparisonAnalysis.Change change) {
    return switch (change) {
      case NEW -> ChangeKind.NEW;
      case GONE -> ChangeKind.GONE;
      case STRONGER -> ChangeKind.STRONGER;
      case WEAKER -> ChangeKind.WEAKER;
      case SAME -> ChangeKind.SAME;
    };
  }

  private static RiskLevel risk(Risk risk) {
    return switch (risk) {
      case HIGH -> RiskLevel.HIGH;
      case MEDIUM -> RiskLevel.MEDIUM;
      case LOW -> RiskLevel.LOW;
    };
  }

  /** The distance figure's input: one entry per type row of the distance analysis (not All). */
  public static List<TypeDistances> distances(DistanceAnalysis.Result result) {
    List<TypeDistances> types = new ArrayList<>();
    for (DistanceAnalysis.Row row : result.types()) {
      Map<Aspect, OptionalDouble> distances = new EnumMap<>(Aspect.class);
      for (Aspect aspect : Aspect.values()) {
        distances.put(aspect, row.distance(aspect));
      }
      types.add(new TypeDistances(row.type().orElseThrow(), distances, row.mean()));
    }
    return types;
  }

  /**
   * The picture of one relation, read from the network: every staff member with a contact at
   * {@code organisation}, every person node there, a mention per staff–person link; the carriers
   * (from the fragility analysis) are marked.
   */
  public static FragileRelation relation(
      ContactNetwork network,
      OrganisationNode organisation,
      Set<Respondent> carryingStaff,
      Set<PersonNode> carryingPersons) {
    Map<Respondent, Integer> staff = new LinkedHashMap<>();
    List<Optional<String>> persons = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    List<Carrier> carriers = new ArrayList<>();
    List<PersonNode> nodes = network.personsAt(organisation);
    for (int p = 0; p < nodes.size(); p++) {
      PersonNode person = nodes.get(p);
      persons.add(person.person().map(ContactPerson::name));
      if (carryingPersons.contains(person)) {
        carriers.add(new Carrier(false, p));
      }
      for (Map.Entry<StaffNode, Link> link : network.staffOf(person).entrySet()) {
        Respondent respondent = link.getKey().respondent();
        int s = staff.computeIfAbsent(respondent, r -> staff.size());
        mentions.add(new Mention(s, p, link.getValue().mentions()));
      }
    }
    staff.forEach(
        (respondent, index) -> {
          if (carryingStaff.contains(respondent)) {
            carriers.add(0, new Carrier(true, index));
          }
        });
    return new FragileRelation(
        organisation.organisation().name(),
        organisation.organisation().type(),
        staff.keySet().stream().map(Respondent::name).toList(),
        persons,
        mentions,
        carriers);
  }
}
