package nl.netwerkscan.report.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.apache.poi.xslf.usermodel.XMLSlideShow;
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
      assertEquals("Museum: alles loopt via één persoon", firstText(show.getSlides().get(8)));
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
      assertEquals("Wat nu?", firstText(next));
      assertEquals(List.of("Prioriteit", "Organisatie", "Actie", "Wie", "Met wie"), tableRow(next, 0));
      assertEquals(
          List.of("1", "Museum", "Vraag Kees een tweede contactpersoon te introduceren", "Anna", "Kees"),
          tableRow(next, 1));
      assertEquals(2, table(next).getRows().size()); // CWI is low risk: no action
      assertEquals(new java.awt.Color(0xF4, 0xCC, 0xCC), table(next).getCell(1, 0).getFillColor());
      List<String> texts = new ArrayList<>();
      show.getSlides().get(8).getShapes().stream().filter(s -> s instanceof XSLFTextShape)
          .forEach(s -> texts.add(((XSLFTextShape) s).getText()));
      assertEquals(
          List.of("Museum: alles loopt via één persoon",
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
