package nl.netwerkscan.template;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import nl.netwerkscan.importer.SurveyVocabulary.Language;
import nl.netwerkscan.text.Messages;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The template's front door: writes an empty survey workbook in exactly the layout the importer
 * reads (survey-format.md), optionally pre-filled from last year ({@link TemplateContent}).
 *
 * <p>Sheets: Contacten (headers, frozen, drop-down lists for function, in-house and the seven
 * scales), Uitleg (every column and answer in plain words), Organisaties (the classification)
 * and Medewerkers (the roster). The file is written beside the target and moved into place only
 * when complete, so an existing file is never left half-written.
 */
public final class SurveyTemplate {
  private SurveyTemplate() {}

  public static void write(Path target, TemplateContent content, Language language) throws IOException {
    Messages messages = Messages.of(language == Language.ENGLISH ? Messages.ENGLISH : Messages.DUTCH);
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    // Not Files.createTempFile: its file is readable by its owner only, and a template is a
    // form to hand out; createFile gives the folder's usual permissions.
    Path temporary =
        parent.resolve("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp");
    Files.createFile(temporary);
    try {
      try (XSSFWorkbook book = TemplateWorkbook.build(content, language, messages);
          OutputStream out = Files.newOutputStream(temporary)) {
        book.write(out);
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
