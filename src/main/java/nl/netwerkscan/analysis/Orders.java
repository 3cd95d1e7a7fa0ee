package nl.netwerkscan.analysis;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import nl.netwerkscan.model.FunctionGroup;
import nl.netwerkscan.model.OrganisationType;

/**
 * The fixed orders every analysis lists its rows in: the study's order for built-in types and
 * function groups, custom ones by name after them, Unknown last.
 */
final class Orders {
  static final Comparator<OrganisationType> TYPES =
      Comparator.comparingInt(OrganisationType::order).thenComparing(OrganisationType::customName);
  static final Comparator<FunctionGroup> GROUPS =
      Comparator.comparingInt(FunctionGroup::order).thenComparing(FunctionGroup::customName);

  private Orders() {}

  static List<OrganisationType> sortedTypes(Collection<OrganisationType> types) {
    return types.stream().sorted(TYPES).toList();
  }

  static List<FunctionGroup> sortedGroups(Collection<FunctionGroup> groups) {
    return groups.stream().sorted(GROUPS).toList();
  }
}
