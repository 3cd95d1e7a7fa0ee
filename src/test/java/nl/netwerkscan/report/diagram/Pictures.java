package nl.netwerkscan.report.diagram;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Test helpers that look at written pictures the way a reader would: pixels and text. */
final class Pictures {
  private Pictures() {}

  static BufferedImage png(Path file) throws IOException {
    BufferedImage image = ImageIO.read(file.toFile());
    if (image == null) {
      throw new IOException("not a PNG: " + file);
    }
    return image;
  }

  /** The distinct colours in a rectangle of the image. */
  static Set<Integer> colours(BufferedImage image, int x, int y, int width, int height) {
    Set<Integer> colours = new HashSet<>();
    for (int i = x; i < x + width; i++) {
      for (int j = y; j < y + height; j++) {
        colours.add(image.getRGB(i, j) & 0xFFFFFF);
      }
    }
    return colours;
  }

  static boolean contains(BufferedImage image, Color colour) {
    return colours(image, 0, 0, image.getWidth(), image.getHeight()).contains(colour.getRGB() & 0xFFFFFF);
  }

  /** Parses the SVG as XML (external DTDs refused) and returns the text of every text element. */
  static List<String> svgTexts(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    Document document = builder.parse(file.toFile());
    if (!"svg".equals(document.getDocumentElement().getLocalName())) {
      throw new AssertionError("root element is not svg: " + document.getDocumentElement().getTagName());
    }
    NodeList texts = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
    List<String> result = new ArrayList<>();
    for (int i = 0; i < texts.getLength(); i++) {
      result.add(texts.item(i).getTextContent());
    }
    return result;
  }
}
