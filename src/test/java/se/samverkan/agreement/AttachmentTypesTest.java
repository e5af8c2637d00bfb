package se.samverkan.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.agreement.AttachmentSamples.EXCEL_MAIN;
import static se.samverkan.agreement.AttachmentSamples.POWERPOINT_MAIN;
import static se.samverkan.agreement.AttachmentSamples.WORD_MACRO_MAIN;
import static se.samverkan.agreement.AttachmentSamples.WORD_MAIN;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The type of an attachment comes from its bytes; the name the user gave it never decides. */
class AttachmentTypesTest {

    private final AttachmentTypes types = new AttachmentTypes();

    private Optional<String> detect(byte[] content, String name) {
        return types.detect(content, name);
    }

    @Test
    void recognisesPdfAndImages() {
        assertThat(detect(AttachmentSamples.pdf(), "avtal.pdf")).contains("application/pdf");
        assertThat(detect(AttachmentSamples.image("png"), "karta.png")).contains("image/png");
        assertThat(detect(AttachmentSamples.image("jpg"), "foto.jpg")).contains("image/jpeg");
        assertThat(detect(AttachmentSamples.image("gif"), "bild.gif")).contains("image/gif");
        assertThat(detect(AttachmentSamples.webp(), "bild.webp")).contains("image/webp");
    }

    @Test
    void recognisesOfficeOpenXmlByTheDeclaredMainPart() {
        assertThat(detect(AttachmentSamples.ooxml(WORD_MAIN), "plan.docx")).contains(AttachmentTypes.DOCX);
        assertThat(detect(AttachmentSamples.ooxml(EXCEL_MAIN), "plan.xlsx")).contains(AttachmentTypes.XLSX);
        assertThat(detect(AttachmentSamples.ooxml(POWERPOINT_MAIN), "plan.pptx")).contains(AttachmentTypes.PPTX);
    }

    @Test
    void recognisesFilesWrittenByRealOfficeLibraries() {
        assertThat(detect(AttachmentSamples.resource("handlingsplan.docx"), "handlingsplan.docx"))
                .contains(AttachmentTypes.DOCX);
        assertThat(detect(AttachmentSamples.resource("uppfoljning.xlsx"), "uppfoljning.xlsx"))
                .contains(AttachmentTypes.XLSX);
        assertThat(detect(AttachmentSamples.resource("uppfoljning.xls"), "uppfoljning.xls"))
                .contains(AttachmentTypes.XLS);
    }

    @Test
    void recognisesOpenDocument() {
        assertThat(detect(AttachmentSamples.openDocument("application/vnd.oasis.opendocument.text"), "plan.odt"))
                .contains("application/vnd.oasis.opendocument.text");
        assertThat(detect(AttachmentSamples.openDocument("application/vnd.oasis.opendocument.spreadsheet"), "a.ods"))
                .contains("application/vnd.oasis.opendocument.spreadsheet");
        assertThat(detect(AttachmentSamples.openDocument("application/vnd.oasis.opendocument.presentation"), "a.odp"))
                .contains("application/vnd.oasis.opendocument.presentation");
    }

    @Test
    void recognisesLegacyOfficeByItsMainStream() {
        assertThat(detect(AttachmentSamples.ole2("WordDocument", "1Table"), "plan.doc")).contains(AttachmentTypes.DOC);
        assertThat(detect(AttachmentSamples.ole2("Workbook"), "plan.xls")).contains(AttachmentTypes.XLS);
        assertThat(detect(AttachmentSamples.ole2("PowerPoint Document"), "plan.ppt")).contains(AttachmentTypes.PPT);
        // The content decides even when the name says otherwise.
        assertThat(detect(AttachmentSamples.ole2("Workbook"), "plan.doc")).contains(AttachmentTypes.XLS);
    }

    @Test
    void theNameOnlyBreaksATieBetweenLegacyOfficeTypesInTheSameFile() {
        byte[] wordWithEmbeddedSheet = AttachmentSamples.ole2("WordDocument", "Workbook");
        assertThat(detect(wordWithEmbeddedSheet, "plan.xls")).contains(AttachmentTypes.XLS);
        assertThat(detect(wordWithEmbeddedSheet, "plan.doc")).contains(AttachmentTypes.DOC);
        assertThat(detect(wordWithEmbeddedSheet, "plan")).contains(AttachmentTypes.DOC);
    }

    @Test
    void refusesProgramsAndWebPagesWhateverTheirName() {
        assertThat(detect(AttachmentSamples.windowsProgram(), "avtal.pdf")).isEmpty();
        assertThat(detect(AttachmentSamples.html(), "avtal.pdf")).isEmpty();
        assertThat(detect(AttachmentSamples.svg(), "karta.png")).isEmpty();
        assertThat(detect(AttachmentSamples.text(), "anteckningar.docx")).isEmpty();
    }

    @Test
    void refusesArchivesMacrosAndOtherCompoundFilesNamedAsOffice() {
        assertThat(detect(AttachmentSamples.plainZip(), "plan.docx")).isEmpty();
        assertThat(detect(AttachmentSamples.ooxml(WORD_MACRO_MAIN), "plan.docx")).isEmpty();
        // An installer or an Outlook message is an OLE2 file too, but has no Word, Excel or PowerPoint stream.
        assertThat(detect(AttachmentSamples.ole2("\u0005SummaryInformation", "__substg1.0_0037001F"), "plan.doc"))
                .isEmpty();
        assertThat(detect(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, "plan.doc")).isEmpty();
    }

    @Test
    void stopsUnpackingAZipBombEarly() {
        byte[] bomb = AttachmentSamples.zipWithHugeFirstEntry(150L * 1024 * 1024);
        long start = System.nanoTime();
        assertThat(detect(bomb, "plan.docx")).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void knowsTheExtensionsOfATypeInAnyCase() {
        assertThat(types.extension("application/pdf")).isEqualTo(".pdf");
        assertThat(types.extension(AttachmentTypes.DOCX)).isEqualTo(".docx");
        assertThat(types.nameFits("Scan.JPG", "image/jpeg")).isTrue();
        assertThat(types.nameFits("scan.jpeg", "image/jpeg")).isTrue();
        assertThat(types.nameFits("scan.pdf", "image/jpeg")).isFalse();
        assertThat(types.nameFits("scanpdf", "application/pdf")).isFalse();
    }
}
