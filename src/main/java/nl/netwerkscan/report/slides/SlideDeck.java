package nl.netwerkscan.report.slides;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import nl.netwerkscan.analysis.Risk;
import nl.netwerkscan.report.diagram.Diagrams;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.TextShape;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;

/**
 * A 16:9 slide deck of a few plain layouts: title, lines, picture, table. Shapes are placed by
 * hand because the default template keeps 4:3 placeholder positions (tech-notes.md). Nothing is
 * smaller than 14 pt, so it reads at the back of a meeting room. Every slide carries speaker
 * notes: what its figure means, for the presenter asked "what does this number mean?".
 */
final class SlideDeck implements AutoCloseable {
  static final double WIDTH = 960;
  static final double HEIGHT = 540;
  static final double MIN_FONT = 14;
  private static final double MARGIN = 36;
  private static final double TITLE_HEIGHT = 64;
  private static final double TITLE_FONT = 30;
  /** A long title (an organisation's name in it) shrinks to this size, then wraps onto a second line. */
  private static final double SMALLEST_TITLE_FONT = 20;
  /** Left and right inset of a text box (DrawingML's default 0.1 inch each). */
  private static final double BOX_INSETS = 2 * 7.2;
  private static final Color DARK = new Color(0x1F, 0x2A, 0x44);
  private static final Color HEADER_FILL = new Color(0xDD, 0xE4, 0xEE);
  private static final Color HIGH_FILL = tint(Diagrams.HIGH_RISK);
  private static final Color MEDIUM_FILL = tint(Diagrams.MEDIUM_RISK);
  /** Height of one caption line of 16 pt, with its spacing. */
  private static final double CAPTION_LINE = 24;

  /** One row of a table; {@code risk} colours it as the diagrams do (null: no colour). */
  record TableRow(List<String> cells, Risk risk) {
    TableRow {
      cells = List.copyOf(cells);
    }
  }

  private final XMLSlideShow show = new XMLSlideShow();

  SlideDeck() {
    show.setPageSize(new Dimension((int) WIDTH, (int) HEIGHT));
  }

  void titleSlide(String title, String subtitle, String notes) {
    XSLFSlide slide = show.createSlide();
    // A long name wraps the title: its box grows upwards from the middle, clear of the subtitle.
    XSLFTextBox box = text(slide, title, 40, true, new Rectangle2D.Double(MARGIN, HEIGHT / 2 - 190, WIDTH - 2 * MARGIN, 190));
    box.setTextAutofit(TextShape.TextAutofit.NONE);
    box.setVerticalAlignment(VerticalAlignment.BOTTOM);
    text(slide, subtitle, 24, false, new Rectangle2D.Double(MARGIN, HEIGHT / 2 + 10, WIDTH - 2 * MARGIN, 60));
    notes(slide, notes);
  }

  /** A slide of a few lines, each a key figure or statement. */
  void linesSlide(String title, List<String> lines, String notes) {
    XSLFSlide slide = titled(title, notes);
    XSLFTextBox box = slide.createTextBox();
    box.setAnchor(body());
    box.clearText();
    for (String line : lines) {
      XSLFTextParagraph paragraph = box.addNewTextParagraph();
      paragraph.setSpaceAfter(6.0);
      run(paragraph, line, 22, false);
    }
  }

  /**
   * A picture from the report folder with its own title band cropped off (the slide's title says
   * it), scaled to fit the body above its caption lines (such as the actions it calls for).
   */
  void pictureSlide(String title, Path png, List<String> caption, String notes) throws IOException {
    XSLFSlide slide = titled(title, notes);
    Rectangle2D body = body();
    double captionHeight = caption.isEmpty() ? 0 : CAPTION_LINE * caption.size() + 8;
    Rectangle2D above = new Rectangle2D.Double(body.getX(), body.getY(), body.getWidth(), body.getHeight() - captionHeight);
    picture(slide, png, above);
    if (!caption.isEmpty()) {
      XSLFTextBox box = slide.createTextBox();
      box.setAnchor(new Rectangle2D.Double(body.getX(), above.getMaxY() + 4, body.getWidth(), captionHeight));
      box.clearText();
      for (String line : caption) {
        run(box.addNewTextParagraph(), line, 16, false);
      }
    }
  }

  private void picture(XSLFSlide slide, Path png, Rectangle2D area) throws IOException {
    XSLFPictureData data = show.addPicture(Files.readAllBytes(png), PictureData.PictureType.PNG);
    XSLFPictureShape picture = slide.createPicture(data);
    Dimension size = pixels(png);
    double cropped = Math.min(Diagrams.TITLE_BAND, size.getHeight() / 2);
    // srcRect's top is in thousandths of a percent of the picture's height.
    ((CTPicture) picture.getXmlObject()).getBlipFill().addNewSrcRect().setT((int) Math.round(cropped / size.getHeight() * 100_000));
    double visibleHeight = size.getHeight() - cropped;
    double scale = Math.min(area.getWidth() / size.getWidth(), area.getHeight() / visibleHeight);
    double w = size.getWidth() * scale;
    double h = visibleHeight * scale;
    picture.setAnchor(new Rectangle2D.Double(area.getCenterX() - w / 2, area.getY(), w, h));
  }

  /**
   * The picture's size in pixels, read from its header: the title band is measured in pixels,
   * and POI's sizes are derived from the resolution the PNG declares, off by a pixel or more.
   */
  private static Dimension pixels(Path png) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
      ImageReader reader = ImageIO.getImageReaders(in).next();
      try {
        reader.setInput(in);
        return new Dimension(reader.getWidth(0), reader.getHeight(0));
      } finally {
        reader.dispose();
      }
    }
  }

  /**
   * A table with a header row, its columns as wide as their words need ({@link ColumnWidths});
   * text only, so survey text can never act as anything else. A row with a risk is tinted in the
   * risk's colour, and its cell in {@code riskColumn} (if not negative) says the risk in that
   * colour, bold.
   */
  void tableSlide(String title, List<String> headers, List<TableRow> rows, int riskColumn, String notes) {
    XSLFSlide slide = titled(title, notes);
    XSLFTable table = slide.createTable();
    addRow(table, headers, HEADER_FILL, null, true);
    for (TableRow row : rows) {
      Color strong = row.risk() == null ? null : strong(row.risk());
      XSLFTableRow added = addRow(table, row.cells(), fill(row.risk()), strong, false);
      if (riskColumn >= 0 && strong != null) {
        XSLFTextRun run = added.getCells().get(riskColumn).getTextParagraphs().get(0).getTextRuns().get(0);
        run.setFontColor(strong);
        run.setBold(true);
      }
    }
    Rectangle2D body = body();
    double[] widths =
        ColumnWidths.fit(headers, rows.stream().map(TableRow::cells).toList(), MIN_FONT, body.getWidth());
    for (int i = 0; i < widths.length; i++) {
      table.setColumnWidth(i, widths[i]);
    }
    table.setAnchor(new Rectangle2D.Double(body.getX(), body.getY(), ColumnWidths.sum(widths), 0));
  }

  private static XSLFTableRow addRow(XSLFTable table, List<String> cells, Color fill, Color strong, boolean header) {
    XSLFTableRow row = table.addRow();
    for (String text : cells) {
      XSLFTableCell cell = row.addCell();
      cell.clearText();
      run(cell.addNewTextParagraph(), text, MIN_FONT, header);
      if (fill != null) {
        cell.setFillColor(fill);
      }
    }
    return row;
  }

  private static Color fill(Risk risk) {
    if (risk == Risk.HIGH) {
      return HIGH_FILL;
    }
    return risk == Risk.MEDIUM ? MEDIUM_FILL : null;
  }

  private static Color strong(Risk risk) {
    if (risk == Risk.HIGH) {
      return Diagrams.HIGH_RISK;
    }
    return risk == Risk.MEDIUM ? Diagrams.MEDIUM_RISK : null;
  }

  /** The risk colour mixed four parts to one with white: a background the text reads on. */
  private static Color tint(Color colour) {
    return new Color(
        (colour.getRed() + 4 * 255) / 5, (colour.getGreen() + 4 * 255) / 5, (colour.getBlue() + 4 * 255) / 5);
  }

  private XSLFSlide titled(String title, String notes) {
    XSLFSlide slide = show.createSlide();
    Rectangle2D anchor = new Rectangle2D.Double(MARGIN, MARGIN / 2, WIDTH - 2 * MARGIN, TITLE_HEIGHT);
    double room = anchor.getWidth() - BOX_INSETS;
    double size = titleSize(title, room);
    text(slide, shortened(title, size, 2 * room * 0.9), size, true, anchor);
    notes(slide, notes);
    return slide;
  }

  /** The largest size, 30 down to 20 pt, at which {@code title} fits on one line of {@code room}. */
  static double titleSize(String title, double room) {
    for (double size = TITLE_FONT; size > SMALLEST_TITLE_FONT; size -= 2) {
      if (SlideText.width(title, size, true) <= room) {
        return size;
      }
    }
    return SMALLEST_TITLE_FONT;
  }

  /** {@code title} cut at a word with "…" when it would take more than two lines of the title box. */
  private static String shortened(String title, double size, double room) {
    if (SlideText.width(title, size, true) <= room) {
      return title;
    }
    String shorter = title;
    while (shorter.contains(" ") && SlideText.width(shorter + " …", size, true) > room) {
      shorter = shorter.substring(0, shorter.lastIndexOf(' '));
    }
    return shorter + " …";
  }

  private void notes(XSLFSlide slide, String text) {
    XSLFNotes notes = show.getNotesSlide(slide);
    for (XSLFTextShape shape : notes.getPlaceholders()) {
      if (shape.getTextType() == Placeholder.BODY) {
        shape.setText(text);
      }
    }
  }

  private static Rectangle2D body() {
    double top = MARGIN / 2 + TITLE_HEIGHT + 8;
    return new Rectangle2D.Double(MARGIN, top, WIDTH - 2 * MARGIN, HEIGHT - top - MARGIN / 2);
  }

  private static XSLFTextBox text(XSLFSlide slide, String text, double size, boolean bold, Rectangle2D anchor) {
    XSLFTextBox box = slide.createTextBox();
    box.setAnchor(anchor);
    box.clearText();
    XSLFTextParagraph paragraph = box.addNewTextParagraph();
    paragraph.setTextAlign(TextParagraph.TextAlign.LEFT);
    run(paragraph, text, size, bold);
    return box;
  }

  private static void run(XSLFTextParagraph paragraph, String text, double size, boolean bold) {
    XSLFTextRun run = paragraph.addNewTextRun();
    run.setText(text);
    run.setFontSize(Math.max(MIN_FONT, size));
    run.setBold(bold);
    run.setFontColor(DARK);
    run.setFontFamily(SlideText.FONT);
  }


  void save(Path file) throws IOException {
    show.getProperties().getCoreProperties().setCreated(Optional.of(new Date(0)));
    show.getProperties().getCoreProperties().setModified(Optional.of(new Date(0)));
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    show.write(written);
    try (OutputStream out = Files.newOutputStream(file)) {
      FixedZipTimes.copy(written.toByteArray(), out);
    }
  }

  @Override
  public void close() throws IOException {
    show.close();
  }
}
