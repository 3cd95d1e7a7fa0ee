package nl.netwerkscan.report.slides;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

/**
 * A 16:9 slide deck of a few plain layouts: title, figures, picture, table. Shapes are placed by
 * hand because the default template keeps 4:3 placeholder positions (tech-notes.md). Nothing is
 * smaller than 14 pt, so it reads at the back of a meeting room.
 */
final class SlideDeck implements AutoCloseable {
  static final double WIDTH = 960;
  static final double HEIGHT = 540;
  private static final double MARGIN = 36;
  private static final double TITLE_HEIGHT = 64;
  private static final double MIN_FONT = 14;
  private static final Color DARK = new Color(0x1F, 0x2A, 0x44);
  private static final Color HEADER_FILL = new Color(0xDD, 0xE4, 0xEE);
  /** Height of one caption line of 16 pt, with its spacing. */
  private static final double CAPTION_LINE = 24;

  private final XMLSlideShow show = new XMLSlideShow();

  SlideDeck() {
    show.setPageSize(new Dimension((int) WIDTH, (int) HEIGHT));
  }

  void titleSlide(String title, String subtitle) {
    XSLFSlide slide = show.createSlide();
    text(slide, title, 40, true, new Rectangle2D.Double(MARGIN, HEIGHT / 2 - 90, WIDTH - 2 * MARGIN, 90));
    text(slide, subtitle, 24, false, new Rectangle2D.Double(MARGIN, HEIGHT / 2 + 10, WIDTH - 2 * MARGIN, 60));
  }

  /** A slide of a few lines, each a key figure or statement. */
  void linesSlide(String title, List<String> lines) {
    XSLFSlide slide = titled(title);
    XSLFTextBox box = slide.createTextBox();
    box.setAnchor(body());
    box.clearText();
    for (String line : lines) {
      XSLFTextParagraph paragraph = box.addNewTextParagraph();
      paragraph.setSpaceAfter(6.0);
      run(paragraph, line, 22, false);
    }
  }

  /** A picture scaled to fit the body, keeping its proportions. */
  void pictureSlide(String title, Path png) throws IOException {
    picture(titled(title), png, body());
  }

  /** A picture with one or more lines of caption below it, such as the action it calls for. */
  void pictureSlide(String title, Path png, List<String> caption) throws IOException {
    XSLFSlide slide = titled(title);
    Rectangle2D body = body();
    double captionHeight = CAPTION_LINE * caption.size() + 8;
    Rectangle2D above = new Rectangle2D.Double(body.getX(), body.getY(), body.getWidth(), body.getHeight() - captionHeight);
    picture(slide, png, above);
    XSLFTextBox box = slide.createTextBox();
    box.setAnchor(new Rectangle2D.Double(body.getX(), above.getMaxY() + 4, body.getWidth(), captionHeight));
    box.clearText();
    for (String line : caption) {
      run(box.addNewTextParagraph(), line, 16, false);
    }
  }

  private void picture(XSLFSlide slide, Path png, Rectangle2D body) throws IOException {
    XSLFPictureData data = show.addPicture(Files.readAllBytes(png), PictureData.PictureType.PNG);
    XSLFPictureShape picture = slide.createPicture(data);
    Dimension size = data.getImageDimension();
    double scale = Math.min(body.getWidth() / size.getWidth(), body.getHeight() / size.getHeight());
    double w = size.getWidth() * scale;
    double h = size.getHeight() * scale;
    picture.setAnchor(new Rectangle2D.Double(body.getCenterX() - w / 2, body.getY(), w, h));
  }

  /** A table with a header row; text only, so survey text can never act as anything else. */
  void tableSlide(String title, List<String> headers, List<List<String>> rows, double[] columnWidths) {
    tableSlide(title, headers, rows, Collections.nCopies(rows.size(), null), columnWidths);
  }

  /** A table whose rows are filled with {@code fills} (null: no fill), e.g. by risk. */
  void tableSlide(
      String title, List<String> headers, List<List<String>> rows, List<Color> fills, double[] columnWidths) {
    XSLFSlide slide = titled(title);
    XSLFTable table = slide.createTable();
    addRow(table, headers, HEADER_FILL, true);
    for (int i = 0; i < rows.size(); i++) {
      addRow(table, rows.get(i), fills.get(i), false);
    }
    for (int i = 0; i < columnWidths.length; i++) {
      table.setColumnWidth(i, columnWidths[i]);
    }
    Rectangle2D body = body();
    table.setAnchor(new Rectangle2D.Double(body.getX(), body.getY(), sum(columnWidths), 0));
  }

  private void addRow(XSLFTable table, List<String> cells, Color fill, boolean header) {
    XSLFTableRow row = table.addRow();
    for (String text : cells) {
      XSLFTableCell cell = row.addCell();
      cell.clearText();
      run(cell.addNewTextParagraph(), text, MIN_FONT, header);
      if (fill != null) {
        cell.setFillColor(fill);
      }
    }
  }

  private XSLFSlide titled(String title) {
    XSLFSlide slide = show.createSlide();
    text(slide, title, 30, true, new Rectangle2D.Double(MARGIN, MARGIN / 2, WIDTH - 2 * MARGIN, TITLE_HEIGHT));
    return slide;
  }

  private static Rectangle2D body() {
    double top = MARGIN / 2 + TITLE_HEIGHT + 8;
    return new Rectangle2D.Double(MARGIN, top, WIDTH - 2 * MARGIN, HEIGHT - top - MARGIN / 2);
  }

  private static void text(XSLFSlide slide, String text, double size, boolean bold, Rectangle2D anchor) {
    XSLFTextBox box = slide.createTextBox();
    box.setAnchor(anchor);
    box.clearText();
    XSLFTextParagraph paragraph = box.addNewTextParagraph();
    paragraph.setTextAlign(TextParagraph.TextAlign.LEFT);
    run(paragraph, text, size, bold);
  }

  private static void run(XSLFTextParagraph paragraph, String text, double size, boolean bold) {
    XSLFTextRun run = paragraph.addNewTextRun();
    run.setText(text);
    run.setFontSize(Math.max(MIN_FONT, size));
    run.setBold(bold);
    run.setFontColor(DARK);
    run.setFontFamily("DejaVu Sans");
  }

  private static double sum(double[] values) {
    double total = 0;
    for (double v : values) {
      total += v;
    }
    return total;
  }

  int slideCount() {
    return show.getSlides().size();
  }

  void save(Path file) throws IOException {
    show.getProperties().getCoreProperties().setCreated(java.util.Optional.of(new java.util.Date(0)));
    show.getProperties().getCoreProperties().setModified(java.util.Optional.of(new java.util.Date(0)));
    java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
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
