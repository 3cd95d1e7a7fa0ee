package nl.netwerkscan.model;

import java.util.OptionalInt;

/**
 * The seven answers of one contact, packed three bits per aspect into one int (0 = not
 * answered), because a million-row survey keeps a million of these in memory.
 */
public record Answers(int packed) {
  /** First: {@link #NONE} below is made with it. */
  private static final Aspect[] ASPECTS = Aspect.values();

  public static final int MIN = 1;
  public static final int MAX = 5;
  public static final Answers NONE = new Answers(0);
  private static final int BITS = 3;
  private static final int MASK = 0b111;

  public Answers {
    for (Aspect aspect : ASPECTS) {
      int value = (packed >>> shift(aspect)) & MASK;
      if (value > MAX) {
        throw new IllegalArgumentException("answer out of range for " + aspect + ": " + value);
      }
    }
    if ((packed >>> (BITS * ASPECTS.length)) != 0) {
      throw new IllegalArgumentException("unused bits set: " + packed);
    }
  }

  /** Returns these answers with {@code aspect} set to {@code value} (1..5). */
  public Answers with(Aspect aspect, int value) {
    if (value < MIN || value > MAX) {
      throw new IllegalArgumentException("answer must be 1..5: " + value);
    }
    int cleared = packed & ~(MASK << shift(aspect));
    return new Answers(cleared | (value << shift(aspect)));
  }

  public OptionalInt get(Aspect aspect) {
    int value = raw(aspect);
    return value == 0 ? OptionalInt.empty() : OptionalInt.of(value);
  }

  /** The answer 1..5, or 0 when not answered; for tight loops that avoid OptionalInt. */
  public int raw(Aspect aspect) {
    return (packed >>> shift(aspect)) & MASK;
  }

  private static int shift(Aspect aspect) {
    return BITS * aspect.ordinal();
  }
}
