package nl.netwerkscan.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.netwerkscan.model.Contact;
import nl.netwerkscan.model.ContactPerson;
import nl.netwerkscan.model.Organisation;
import nl.netwerkscan.model.Respondent;
import nl.netwerkscan.model.Survey;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultGraphSpecificsStrategy;
import org.jgrapht.graph.DefaultGraphType;
import org.jgrapht.graph.AsUnmodifiableGraph;

/**
 * The survey as a JGraphT graph: home – staff – person – organisation. Every used contact adds
 * to one staff–person link; mentions without a person's name go to the one unnamed person node
 * of their organisation. Vertices and edges iterate in the order of first appearance in the
 * survey, so everything drawn or written from the graph is deterministic.
 */
public final class ContactNetwork {
  private final Graph<Node, Link> graph;
  private final HomeNode home;
  private final List<OrganisationNode> organisations;

  private ContactNetwork(Graph<Node, Link> graph, HomeNode home, List<OrganisationNode> orgs) {
    this.graph = new AsUnmodifiableGraph<>(graph);
    this.home = home;
    this.organisations = List.copyOf(orgs);
  }

  /** Builds the network of {@code survey}'s used contacts, around our organisation {@code homeName}. */
  public static ContactNetwork of(Survey survey, String homeName) {
    Objects.requireNonNull(survey);
    // Without the fast-lookup index: it would cost ~70 bytes an edge, and no edge is looked up
    // by its two ends on a hot path (degrees of staff and persons are small). Declared a
    // multigraph only so that adding an edge skips the search for an existing one: every pair
    // below is added once by construction, so the graph is simple all the same.
    Graph<Node, Link> graph =
        new AbstractBaseGraph<Node, Link>(
            null, null, DefaultGraphType.multigraph(), new DefaultGraphSpecificsStrategy<>()) {
          private static final long serialVersionUID = 1L;
        };
    HomeNode home = new HomeNode(homeName);
    graph.addVertex(home);

    Map<PersonNode, OrganisationNode> personOrganisation = new LinkedHashMap<>();
    Map<Respondent, Map<PersonNode, AnswerSums.Builder>> mentions = new LinkedHashMap<>();
    // One node object per person, so that the maps below mostly compare by identity.
    Map<Object, PersonNode> nodes = new HashMap<>();
    for (Contact contact : survey.contacts()) {
      PersonNode person =
          contact.person().isPresent()
              ? nodes.computeIfAbsent(contact.person().get(), p -> PersonNode.named((ContactPerson) p))
              : nodes.computeIfAbsent(contact.organisation(), o -> PersonNode.unnamed((Organisation) o));
      personOrganisation.computeIfAbsent(person, p -> new OrganisationNode(p.organisation()));
      mentions
          .computeIfAbsent(contact.respondent(), r -> new LinkedHashMap<>())
          .computeIfAbsent(person, p -> new AnswerSums.Builder())
          .add(contact.answers());
    }

    Map<OrganisationNode, Boolean> organisations = new LinkedHashMap<>();
    for (Map.Entry<PersonNode, OrganisationNode> entry : personOrganisation.entrySet()) {
      OrganisationNode organisation = entry.getValue();
      if (organisations.putIfAbsent(organisation, Boolean.TRUE) == null) {
        graph.addVertex(organisation);
      }
      graph.addVertex(entry.getKey());
      graph.addEdge(entry.getKey(), organisation, Link.structural(LinkKind.PERSON_ORGANISATION));
    }
    for (Map.Entry<Respondent, Map<PersonNode, AnswerSums.Builder>> staff : mentions.entrySet()) {
      StaffNode staffNode = new StaffNode(staff.getKey());
      graph.addVertex(staffNode);
      graph.addEdge(staffNode, home, Link.structural(LinkKind.STAFF_HOME));
      for (Map.Entry<PersonNode, AnswerSums.Builder> person : staff.getValue().entrySet()) {
        AnswerSums.Builder sums = person.getValue();
        graph.addEdge(staffNode, person.getKey(), Link.staffPerson(sums.mentions(), sums.build()));
      }
    }
    return new ContactNetwork(graph, home, new ArrayList<>(organisations.keySet()));
  }

  /** The graph itself, read-only. */
  public Graph<Node, Link> graph() {
    return graph;
  }

  public HomeNode home() {
    return home;
  }

  /** The partner organisations with at least one used contact, in order of first mention. */
  public List<OrganisationNode> organisations() {
    return organisations;
  }

  /** The person nodes of {@code organisation} (named people and its unnamed node, if any). */
  public List<PersonNode> personsAt(OrganisationNode organisation) {
    List<PersonNode> persons = new ArrayList<>();
    for (Node neighbour : Graphs.neighborListOf(graph, organisation)) {
      persons.add((PersonNode) neighbour);
    }
    return persons;
  }

  /** The staff members who named {@code person}, each with its staff–person link. */
  public Map<StaffNode, Link> staffOf(PersonNode person) {
    Map<StaffNode, Link> staff = new LinkedHashMap<>();
    for (Link link : graph.edgesOf(person)) {
      if (link.kind() == LinkKind.STAFF_PERSON) {
        staff.put((StaffNode) Graphs.getOppositeVertex(graph, link, person), link);
      }
    }
    return staff;
  }
}
