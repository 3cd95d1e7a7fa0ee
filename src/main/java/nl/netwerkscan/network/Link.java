package nl.netwerkscan.network;

import java.util.Objects;
import java.util.OptionalDouble;
import nl.netwerkscan.model.Aspect;

/**
 * An edge of the contact network. Staff–person links carry how often that staff member named
 * that person and the mean answer per aspect over those mentions; the structural links
 * (person–organisation, staff–home) carry no figures.
 *
 * <p>Deliberately a class with identity equality, not a record: JGraphT keys its edge maps by
 * the edge object, and two links with the same figures are still two edges.
 */
public final class Link {
  private final LinkKind kind;
  private final int mentions;
  private final AnswerSums answerSums;

  private Link(LinkKind kind, int mentions, AnswerSums answerSums) {
    this.kind = Objects.requireNonNull(kind);
    this.mentions = mentions;
    this.answerSums = Objects.requireNonNull(answerSums);
  }

  static Link staffPerson(int mentions, AnswerSums answerSums) {
    return new Link(LinkKind.STAFF_PERSON, mentions, answerSums);
  }

  static Link structural(LinkKind kind) {
    return new Link(kind, 0, AnswerSums.EMPTY);
  }

  public LinkKind kind() {
    return kind;
  }

  /** How many used rows join this staff member to this person; 0 for structural links. */
  public int mentions() {
    return mentions;
  }

  /** The mean answer on {@code aspect} over the mentions that answered it. */
  public OptionalDouble meanAnswer(Aspect aspect) {
    return answerSums.mean(aspect);
  }

  @Override
  public String toString() {
    return kind + "(" + mentions + ")";
  }
}
