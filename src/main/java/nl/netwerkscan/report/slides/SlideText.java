package nl.netwerkscan.report.slides;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;

/**
 * How wide a text is on a slide, in points, measured with the font the slides name (DejaVu Sans,
 * as LibreOffice shows them; PowerPoint on Windows substitutes a narrower font, so what fits here
 * fits there).
 */
final class SlideText {
  static final String FONT = "DejaVu Sans";
  private static final FontRenderContext CONTEXT = new FontRenderContext(new AffineTransform(), true, true);

  private SlideText() {}

  static double width(String text, double size, boolean bold) {
    Font font = new Font(FONT, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
    return font.getStringBounds(text, CONTEXT).getWidth();
  }

  /** The width of the widest word of {@code text}: the narrowest a wrapping column can be. */
  static double widestWord(String text, double size, boolean bold) {
    double widest = 0;
    for (String word : text.split("\\s+")) {
      widest = Math.max(widest, width(word, size, bold));
    }
    return widest;
  }
}
