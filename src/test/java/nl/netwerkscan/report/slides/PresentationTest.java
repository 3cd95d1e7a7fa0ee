package nl.netwerkscan.report.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import nl.netwerkscan.model.InHouse;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.model.TestSurveys;
import nl.netwerkscan.network.ContactNetwork;
import nl.netwerkscan.report.ReportContent;
import nl.netwerkscan.report.ReportFiles;
import nl.netwerkscan.text.Messages;
import org.apache.poi.sl.usermodel.PaintStyle.SolidPaint;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;

class PresentationTest {
  @TempDir Path dir;

  /** Museum hangs on Kees (high risk, depended on: a critical dependency); CWI has two people. */
  private Survey survey() {
    return TestSurveys.builder()
        .type(OrganisationType.BuiltIn.WORK)
        .inHouse(InHouse.YES)
        .contact("Anna", "Museum", "Kees", 4, 4, 5, 4, 4, 4, 4)
        .contact("Bert", "Museum", "Kees", 4, 4, 5, 4, 4, 4, 4)
        .inHouse(InHouse.NO)
        .contact("Cees", "Museum", "Kees", 3, 3, 5, 3, 3, 3, 3)
        .type(OrganisationType.BuiltIn.CWI)
        .contact("Anna", "CWI", "Jan", 5, 5, 5, 5, 5, 5, 5)
        .contact("Bert", "CWI", "Piet", 5, 5, 5, 5, 5, 5, 5)
        .build();
  }

  private XMLSlideShow write(Messages messages) throws Exception {
    Survey survey = survey();
    Path folder = dir.resolve("rapport");
    ReportFiles.write(folder, ReportContent.analyse(survey, ContactNetwork.of(survey, "Sociale dienst")), messages, OptionalInt.of(2024));
    try (InputStream in = Files.newInputStream(folder.resolve(messages.get("report.file.slides")))) {
      return new XMLSlideShow(in);
    }
  }

  @Test
  void slidesInOrderWithThePictures() throws Exception {
    try (XMLSlideShow show = write(Messages.of(Messages.DUTCH))) {
      // title, figures, network, distances, fragile, what next, in-house, critical, Museum = 9
      assertEquals(9, show.getSlides().size());
      assertEquals(960, show.getPageSize().width);
      assertEquals(540, show.getPageSize().height);
      assertEquals("Samenwerkingsnetwerk van Sociale dienst, 2024", firstText(show.getSlides().get(0)));
      assertEquals(1, pictures(show.getSlides().get(2)));
      assertEquals(1, pictures(show.getSlides().get(3)));
      assertEquals("Museum hangt aan één persoon: Kees (extern)", firstText(show.getSlides().get(8)));
      assertEquals(1, pictures(show.getSlides().get(8)));
      // fragile contacts: Museum first (high), with its figures
      assertEquals(List.of("Museum", "Werk", "3", "3", "1", "hoog"), tableRow(show.getSlides().get(4), 1));
    }
  }

  /** Kees carries Museum; Anna, Bert and Cees mention him once each: Anna asks (first name). */
  @Test
  void whatNextListsTheActionsColouredByRiskAndTheHighRiskSlideSaysItsAction() throws Exception {
    try (XMLSlideShow show = write(Messages.of(Messages.DUTCH))) {
      XSLFSlide next = show.getSlides().get(5);
      assertEquals("Wat nu: 1 actie om kwetsbare relaties te versterken", firstText(next));
      assertEquals(List.of("Prioriteit", "Organisatie", "Actie", "Wie", "Met wie"), tableRow(next, 0));
      assertEquals(
          List.of("1", "Museum", "Vraag Kees een tweede contactpersoon te introduceren", "Anna", "Kees"),
          tableRow(next, 1));
      assertEquals(2, table(next).getRows().size()); // CWI is low risk: no action
      assertEquals(new java.awt.Color(0xF2, 0xCC, 0xCC), table(next).getCell(1, 0).getFillColor());
      List<String> texts = new ArrayList<>();
      show.getSlides().get(8).getShapes().stream().filter(s -> s instanceof XSLFTextShape)
          .forEach(s -> texts.add(((XSLFTextShape) s).getText()));
      assertEquals(
          List.of("Museum hangt aan één persoon: Kees (extern)",
              "Actie: Vraag Kees een tweede contactpersoon te introduceren. Wie: Anna."),
          texts);
    }
  }

  @Test
  void englishSlidesAndNoTextBelowFourteenPoints() throws Exception {
    try (XMLSlideShow show = write(Messages.of(Messages.ENGLISH))) {
      assertEquals("Cooperation network of Sociale dienst, 2024", firstText(show.getSlides().get(0)));
      for (XSLFSlide slide : show.getSlides()) {
        for (XSLFTextRun run : runs(slide)) {
          assertTrue(run.getFontSize() >= 14, run.getRawText() + " at " + run.getFontSize());
        }
      }
    }
  }

  /**
   * Every word of every cell fits its column on one line, measured as LibreOffice draws it
   * (DejaVu Sans, header bold, the cell's 0.1 inch margins): the fixed widths of before split
   * "Contactpersonen" and "Prioriteit" over two lines.
   */
  @Test
  void noWordIsWiderThanItsColumn() throws Exception {
    try (XMLSlideShow show = write(Messages.of(Messages.DUTCH))) {
      int tables = 0;
      for (XSLFSlide slide : show.getSlides()) {
        for (XSLFShape shape : slide.getShapes()) {
          if (shape instanceof XSLFTable table) {
            tables++;
            for (int r = 0; r < table.getNumberOfRows(); r++) {
              for (int c = 0; c < table.getNumberOfColumns(); c++) {
                String text = table.getCell(r, c).getText();
                Font font = new Font("DejaVu Sans", r == 0 ? Font.BOLD : Font.PLAIN, 14);
                for (String word : text.split("\\s+")) {
                  double width = font.getStringBounds(word, new FontRenderContext(null, true, true)).getWidth() + 14.4;
                  assertTrue(width <= table.getColumnWidth(c), "'" + word + "' (" + width + " pt) in a column of "
                      + table.getColumnWidth(c) + " pt on slide " + (show.getSlides().indexOf(slide) + 1));
                }
              }
            }
            assertTrue(table.getAnchor().getMaxX() <= SlideDeck.WIDTH, "table within the slide");
          }
        }
      }
      assertEquals(4, tables); // fragile, what next, in-house, critical
    }
  }

  @Test
  void fragileTableSaysTheRiskInItsColour() throws Exception {
    try (XMLSlideShow show = write(Messages.of(Messages.DUTCH))) {
      XSLFTableCell risk = table(show.getSlides().get(4)).getCell(1, 5);
      XSLFTextRun run = risk.getTextParagraphs().get(0).getTextRuns().get(0);
      assertEquals("hoog", run.getRawText());
      assertTrue(run.isBold());
      assertEquals(new java.awt.Color(0xC0, 0x00, 0x00), ((SolidPaint) run.getFontColor()).getSolidColor().getColor());
    }
  }

  /** The presenter has a sentence to say on every slide, in the deck's language. */
  @Test
  void everySlideHasSpeakerNotes() throws Exception {
    try (XMLSlideShow show = write(Messages.of(Messages.ENGLISH))) {
      for (XSLFSlide slide : show.getSlides()) {
        XSLFNotes notes = slide.getNotes();
        assertTrue(notes != null, "notes on slide " + (show.getSlides().indexOf(slide) + 1));
        String said = java.util.Arrays.stream(notes.getPlaceholders()).filter(p -> p.getTextType() == Placeholder.BODY)
            .map(XSLFTextShape::getText).findFirst().orElse("");
        assertTrue(said.length() > 40, "notes on slide " + (show.getSlides().indexOf(slide) + 1) + ": " + said);
      }
      String fragile = java.util.Arrays.stream(show.getSlides().get(4).getNotes().getPlaceholders())
          .filter(p -> p.getTextType() == Placeholder.BODY).map(XSLFTextShape::getText).findFirst().orElseThrow();
      assertTrue(fragile.contains("3"), fragile); // the minimum number of contacts the table used
    }
  }

  /** The diagram's own title band is cropped off: the slide's title says it, once. */
  @Test
  void picturesLoseTheirTitleBand() throws Exception {
    try (XMLSlideShow show = write(Messages.of(Messages.DUTCH))) {
      XSLFPictureShape network = (XSLFPictureShape) show.getSlides().get(2).getShapes().stream()
          .filter(s -> s instanceof XSLFPictureShape).findFirst().orElseThrow();
      java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(dir.resolve("rapport/netwerk.png").toFile());
      double height = png.getHeight();
      Object top = ((CTPicture) network.getXmlObject()).getBlipFill().getSrcRect().getT();
      assertEquals(Math.round(84 / height * 100_000), ((Number) top).longValue());
      // what shows keeps the picture's proportions
      double width = png.getWidth();
      assertEquals(width / (height - 84), network.getAnchor().getWidth() / network.getAnchor().getHeight(), 0.01);
    }
  }

  /** A long organisation name shrinks the title, then wraps it; it is never cut mid-name. */
  @Test
  void longTitlesShrinkBeforeTheyWrap() {
    double room = SlideDeck.WIDTH - 72 - 14.4;
    assertEquals(30, SlideDeck.titleSize("Museum hangt aan één persoon: Kees (extern)", room));
    String longer = "Schuldhulpmaatje Alkmaar hangt aan één persoon: Kees (extern)";
    assertEquals(22, SlideDeck.titleSize(longer, room)); // 814 pt wide at 22 pt, 888 at 24
    assertEquals(20, SlideDeck.titleSize(longer + " en Jan, Piet, Klaas en Marie (eigen organisatie)", room));
  }

  private static String firstText(XSLFSlide slide) {
    return slide.getShapes().stream().filter(s -> s instanceof XSLFTextShape)
        .map(s -> ((XSLFTextShape) s).getText()).findFirst().orElse("");
  }

  private static long pictures(XSLFSlide slide) {
    return slide.getShapes().stream().filter(s -> s instanceof XSLFPictureShape).count();
  }

  private static XSLFTable table(XSLFSlide slide) {
    return (XSLFTable) slide.getShapes().stream().filter(s -> s instanceof XSLFTable).findFirst().orElseThrow();
  }

  private static List<String> tableRow(XSLFSlide slide, int row) {
    List<String> cells = new ArrayList<>();
    for (XSLFTableCell cell : table(slide).getRows().get(row).getCells()) {
      cells.add(cell.getText());
    }
    return cells;
  }

  private static List<XSLFTextRun> runs(XSLFSlide slide) {
    List<XSLFTextRun> runs = new ArrayList<>();
    for (XSLFShape shape : slide.getShapes()) {
      if (shape instanceof XSLFTextShape text) {
        text.getTextParagraphs().forEach(p -> runs.addAll(p.getTextRuns()));
      } else if (shape instanceof XSLFTable table) {
        for (XSLFTableRow row : table.getRows()) {
          for (XSLFTableCell cell : row.getCells()) {
            for (XSLFTextParagraph p : cell.getTextParagraphs()) {
              runs.addAll(p.getTextRuns());
            }
          }
        }
      }
    }
    return runs;
  }
}
