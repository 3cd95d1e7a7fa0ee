package nl.netwerkscan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.netwerkscan.model.Location;
import nl.netwerkscan.model.Problem;
import nl.netwerkscan.model.ProblemKind;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private final Problem vaak =
      Problem.of(new Location("Contacten", 7, 5), "vaak", ProblemKind.INVALID_ANSWER, "vaak", "Intensiteit", "intensity");

  @Test
  void invalidAnswerNamesTheScaleLabelsInDutch() {
    assertEquals(
        "\"vaak\" in kolom \"Intensiteit\" is geen antwoord: verwacht een getal 1 tot en met 5 of een van:"
            + " dagelijks, wekelijks, maandelijks, per kwartaal, minder vaak. Telt als niet beantwoord.",
        Messages.of(Messages.DUTCH).problem(vaak));
  }

  @Test
  void invalidAnswerNamesTheScaleLabelsInEnglish() {
    assertEquals(
        "\"vaak\" in column \"Intensiteit\" is not an answer: expected a number 1 to 5 or one of:"
            + " daily, weekly, monthly, quarterly, less often. Treated as not answered.",
        Messages.of(Messages.ENGLISH).problem(vaak));
  }
}
