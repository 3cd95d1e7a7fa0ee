package nl.netwerkscan.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.netwerkscan.model.Contact;
import nl.netwerkscan.model.Interner;
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
 * survey, so everything drawn or written from the graph is deterministic. A network may also
 * hold a part of the survey, the contacts with some organisations only ({@link #isWhole()}).
 */
public final class ContactNetwork {
  private final Graph<Node, Link> graph;
  private final HomeNode home;
  private final List<OrganisationNode> organisations;
  private final boolean whole;

  private ContactNetwork(Graph<Node, Link> graph, HomeNode home, List<OrganisationNode> orgs, boolean whole) {
    this.graph = new AsUnmodifiableGraph<>(graph);
    this.home = home;
    this.organisations = List.copyOf(orgs);
    this.whole = whole;
  }

  /** Builds the network of {@code survey}'s used contacts, around our organisation {@code homeName}. */
  public static ContactNetwork of(Survey survey, String homeName) {
    Objects.requireNonNull(survey);
    return of(survey.contacts(), homeName, true, List.of());
  }

  /**
   * Builds the network of only those used contacts of {@code survey} that are with one of
   * {@code organisations}: the part of a very large survey that is drawn person by person (a
   * million links would cost seconds and a hundred megabytes to hold, and nothing reads them
   * whole). Staff members and persons come in the same order as in the whole network.
   */
  public static ContactNetwork of(Survey survey, String homeName, Set<Organisation> organisations) {
    Objects.requireNonNull(survey);
    Objects.requireNonNull(organisations);
    List<Contact> part = new ArrayList<>();
    Set<Respondent> partStaff = new HashSet<>();
    for (Contact contact : survey.contacts()) {
      if (organisations.contains(contact.organisation())) {
        part.add(contact);
        partStaff.add(contact.respondent());
      }
    }
    // Staff in order of first appearance in the whole survey, as the whole network has them: a
    // relation then lists its staff the same way whichever network it is drawn from.
    List<Respondent> staffOrder = new ArrayList<>();
    Set<Respondent> seen = new HashSet<>();
    Respondent previous = null;
    for (Contact contact : survey.contacts()) {
      Respondent respondent = contact.respondent();
      if (respondent != previous && partStaff.contains(respondent) && seen.add(respondent)) {
        staffOrder.add(respondent);
      }
      previous = respondent;
    }
    return of(part, homeName, false, staffOrder);
  }

  /** @param staffOrder staff numbered first, in this order; the others by first appearance */
  private static ContactNetwork of(
      List<Contact> contacts, String homeName, boolean whole, List<Respondent> staffOrder) {
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

    // Everyone numbered once, identity first (the importer shares one object per person and
    // respondent): the hash maps of whole records per row were most of the cost of a large survey.
    Interner<Object> personKeys = new Interner<>(); // a ContactPerson, or the Organisation for its unnamed node
    Interner<Respondent> respondents = new Interner<>();
    staffOrder.forEach(respondents::id);
    List<PersonNode> persons = new ArrayList<>();
    int[] personOf = new int[contacts.size()];
    int[] staffOf = new int[contacts.size()];
    for (int c = 0; c < contacts.size(); c++) {
      Contact contact = contacts.get(c);
      Object key = contact.person().isPresent() ? contact.person().get() : contact.organisation();
      personOf[c] = personKeys.id(key);
      if (personOf[c] == persons.size()) {
        persons.add(
            contact.person().isPresent()
                ? PersonNode.named(contact.person().get())
                : PersonNode.unnamed(contact.organisation()));
      }
      staffOf[c] = respondents.id(contact.respondent());
    }

    Map<OrganisationNode, Boolean> organisations = new LinkedHashMap<>();
    for (PersonNode person : persons) {
      OrganisationNode organisation = new OrganisationNode(person.organisation());
      if (organisations.putIfAbsent(organisation, Boolean.TRUE) == null) {
        graph.addVertex(organisation);
      }
      graph.addVertex(person);
      graph.addEdge(person, organisation, Link.structural(LinkKind.PERSON_ORGANISATION));
    }
    addStaff(graph, home, contacts, respondents, persons, personOf, staffOf);
    return new ContactNetwork(graph, home, new ArrayList<>(organisations.keySet()), whole);
  }

  /**
   * Each staff member with an edge home and one edge per person named, in order of first
   * appearance: the rows sorted by staff member (a stable counting sort), then each person's
   * mentions added up through an index local to that staff member.
   */
  private static void addStaff(
      Graph<Node, Link> graph,
      HomeNode home,
      List<Contact> contacts,
      Interner<Respondent> respondents,
      List<PersonNode> persons,
      int[] personOf,
      int[] staffOf) {
    int[] start = new int[respondents.size() + 1];
    for (int staff : staffOf) {
      start[staff + 1]++;
    }
    for (int s = 0; s < respondents.size(); s++) {
      start[s + 1] += start[s];
    }
    int[] order = new int[staffOf.length];
    int[] next = Arrays.copyOf(start, respondents.size());
    for (int c = 0; c < staffOf.length; c++) {
      order[next[staffOf[c]]++] = c;
    }
    int[] local = new int[persons.size()];
    Arrays.fill(local, -1);
    List<Integer> named = new ArrayList<>();
    List<AnswerSums.Builder> sums = new ArrayList<>();
    for (int s = 0; s < respondents.size(); s++) {
      for (int k = start[s]; k < start[s + 1]; k++) {
        int person = personOf[order[k]];
        if (local[person] < 0) {
          local[person] = sums.size();
          named.add(person);
          sums.add(new AnswerSums.Builder());
        }
        sums.get(local[person]).add(contacts.get(order[k]).answers());
      }
      StaffNode staffNode = new StaffNode(respondents.value(s));
      graph.addVertex(staffNode);
      graph.addEdge(staffNode, home, Link.structural(LinkKind.STAFF_HOME));
      for (int i = 0; i < named.size(); i++) {
        AnswerSums.Builder builder = sums.get(i);
        graph.addEdge(staffNode, persons.get(named.get(i)), Link.staffPerson(builder.mentions(), builder.build()));
        local[named.get(i)] = -1;
      }
      named.clear();
      sums.clear();
    }
  }

  /** The graph itself, read-only. */
  public Graph<Node, Link> graph() {
    return graph;
  }

  /**
   * Whether this is the network of every used contact of the survey, not of a part of its
   * organisations only.
   */
  public boolean isWhole() {
    return whole;
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
