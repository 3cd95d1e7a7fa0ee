package nl.netwerkscan.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.netwerkscan.hostile.Corpus.Run;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * Survey text that looks like code (a formula, markup, SQL) is written as text everywhere: text
 * cells in the workbook, escaped text in the SVG and graph files, plain text on the slides; every
 * file still parses. Names from {@link Names#INJECTION}; the tool writes no CSV.
 */
class OutputSafetyTest {
  @TempDir Path dir;
  private Path report;

  @BeforeEach
  void analyse() {
    report = dir.resolve("rapport");
    Run run = Corpus.analyse(Corpus.copy("injectie.xlsx", dir), report);
    assertEquals(0, run.status(), run::err);
  }

  @Test
  void theWorkbookHoldsTheNamesAsTextCellsAndNoFormula() throws Exception {
    try (Workbook book = WorkbookFactory.create(report.resolve("rapport.xlsx").toFile(), null, true)) {
      List<String> texts = Reports.texts(book);
      for (String name : Names.all(Names.INJECTION)) {
        assertTrue(texts.contains(name), () -> name + " not a text cell");
      }
      assertEquals(List.of(), Reports.formulas(book));
    }
  }

  @Test
  void theGraphFilesParseAndCarryTheNamesAsText() throws Exception {
    for (String file : List.of("netwerk.graphml", "netwerk.gexf")) {
      String text = allText(parse(report.resolve(file)));
      for (String name : Names.all(Names.INJECTION)) {
        assertTrue(text.contains(name), () -> name + " not in " + file);
      }
    }
  }

  @Test
  void theSvgPicturesParseAndHoldNoScriptElement() throws Exception {
    for (String file : List.of("netwerk.svg", "afstanden.svg")) {
      Document svg = parse(report.resolve(file));
      assertEquals(0, svg.getElementsByTagNameNS("*", "script").getLength(), file);
      assertEquals(0, svg.getElementsByTagName("script").getLength(), file);
      assertEquals(0, svg.getElementsByTagName("b").getLength(), file);
    }
    String network = allText(parse(report.resolve("netwerk.svg")));
    assertTrue(network.contains("<script>alert(1)</script>"), "the organisation's label, as text");
  }

  @Test
  void theSlidesShowTheNamesAsPlainText() throws Exception {
    try (InputStream in = Files.newInputStream(report.resolve("presentatie.pptx"));
        XMLSlideShow show = new XMLSlideShow(in)) {
      List<String> texts = new ArrayList<>();
      for (XSLFSlide slide : show.getSlides()) {
        collect(slide.getShapes(), texts);
      }
      String all = String.join("\n", texts);
      assertTrue(all.contains("=HYPERLINK(\"http://x\",\"y\")"), all);
      assertTrue(all.contains("<script>alert(1)</script>"), all);
    }
  }

  private static void collect(List<XSLFShape> shapes, List<String> texts) {
    for (XSLFShape shape : shapes) {
      if (shape instanceof XSLFTextShape text) {
        texts.add(text.getText());
      } else if (shape instanceof org.apache.poi.xslf.usermodel.XSLFTable table) {
        table.getRows().forEach(row -> row.getCells().forEach(cell -> texts.add(cell.getText())));
      } else if (shape instanceof org.apache.poi.xslf.usermodel.XSLFGroupShape group) {
        collect(group.getShapes(), texts);
      }
    }
  }

  /** A namespace-aware parse that refuses DTDs: the files must be plain, well-formed XML. */
  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  /** All text and attribute values of the document, as the reader of the file sees them. */
  private static String allText(Document document) {
    StringBuilder text = new StringBuilder();
    walk(document.getDocumentElement(), text);
    return text.toString();
  }

  private static void walk(Node node, StringBuilder text) {
    if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
      text.append(node.getNodeValue()).append('\n');
    }
    if (node.getAttributes() != null) {
      for (int i = 0; i < node.getAttributes().getLength(); i++) {
        text.append(node.getAttributes().item(i).getNodeValue()).append('\n');
      }
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      walk(child, text);
    }
  }
}
