package nl.netwerkscan.importer;

import nl.netwerkscan.model.Names;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import nl.netwerkscan.model.FunctionGroup;
import nl.netwerkscan.model.InHouse;

/** The small vocabularies of the survey: yes/no answers and function group names. */
final class Parsing {
  private static final Map<String, InHouse> YES_NO = new HashMap<>();
  private static final Map<String, FunctionGroup> FUNCTIONS = new HashMap<>();
  /** Each built-in group's name: Dutch, then English. */
  private static final Map<FunctionGroup.BuiltIn, String[]> FUNCTION_NAMES = new EnumMap<>(FunctionGroup.BuiltIn.class);
  /** The words the template offers: {Dutch, English}; the first of each list below. */
  private static final String[] YES = {"ja", "yes"};
  private static final String[] NO = {"nee", "no"};

  static {
    for (String yes : new String[] {"ja", "yes", "j", "y", "1", "x", "true", "waar"}) {
      YES_NO.put(yes, InHouse.YES);
    }
    for (String no : new String[] {"nee", "no", "n", "0", "false", "onwaar"}) {
      YES_NO.put(no, InHouse.NO);
    }
    function(FunctionGroup.BuiltIn.CASE_MANAGER, "Casemanager", "Case manager");
    function(FunctionGroup.BuiltIn.BENEFIT_CONSULTANT, "Bijstandsconsulent", "Benefit consultant");
    function(FunctionGroup.BuiltIn.FINANCIAL_CONSULTANT, "Financieel consulent", "Financial consultant");
    function(FunctionGroup.BuiltIn.MANAGER, "Leidinggevende", "Manager");
    function(FunctionGroup.BuiltIn.UNKNOWN, "Onbekend", "Unknown");
  }

  private Parsing() {}

  private static void function(FunctionGroup.BuiltIn builtIn, String... names) {
    FUNCTION_NAMES.put(builtIn, names);
    for (String name : names) {
      FUNCTIONS.put(Names.key(name), FunctionGroup.of(builtIn));
    }
  }

  /** ja/nee, yes/no, j/n, 1/0, x (= ja); null when the text is none of these. */
  static InHouse yesNo(String text) {
    return YES_NO.get(Names.key(text));
  }

  /** The name of a built-in function group in one language. */
  static String functionName(FunctionGroup.BuiltIn builtIn, boolean english) {
    return FUNCTION_NAMES.get(builtIn)[english ? 1 : 0];
  }

  /** "ja"/"nee" or "yes"/"no": the answers the template's drop-down lists offer. */
  static String yesNoWord(boolean yes, boolean english) {
    return (yes ? YES : NO)[english ? 1 : 0];
  }

  /** A function group; any text that is not one of the study's groups is a group of its own. */
  static FunctionGroup function(String text) {
    FunctionGroup builtIn = FUNCTIONS.get(Names.key(text));
    return builtIn != null ? builtIn : FunctionGroup.custom(text);
  }
}
