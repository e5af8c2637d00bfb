package se.samverkan.agreement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

/**
 * Which of the allowed file types an attachment is, decided from its bytes with Apache Tika. The name a user gave
 * the file and the type the browser claims are never trusted: a renamed program or web page must not be stored
 * and later handed to colleagues as a "PDF".
 */
@Component
class AttachmentTypes {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    static final String DOC = "application/msword";
    static final String XLS = "application/vnd.ms-excel";
    static final String PPT = "application/vnd.ms-powerpoint";

    /** Scanned agreements, pictures and office documents; no scripts, web pages, SVG, archives or programs. */
    static final Set<String> ALLOWED = Set.of(PDF,
            "image/png", "image/jpeg", "image/gif", "image/webp",
            DOCX, XLSX, PPTX,
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation",
            DOC, XLS, PPT);

    /** Tika's core only knows these container families; the office type inside is read by {@link OfficeContainers}. */
    private static final String OOXML_FAMILY = "application/x-tika-ooxml";
    private static final String OLE2_FAMILY = "application/x-tika-msoffice";
    private static final String ZIP = "application/zip";

    private final Detector detector = new DefaultDetector();
    private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();

    /**
     * The allowed content type of the file, or empty when it is none of them. The name only breaks a tie between
     * legacy Office types that the same file could be (a Word file with an embedded Excel sheet).
     */
    Optional<String> detect(byte[] content, String filename) {
        String type = tikaType(content);
        Optional<String> office = switch (type) {
            case OOXML_FAMILY, ZIP -> OfficeContainers.ooxmlType(content);
            case OLE2_FAMILY -> OfficeContainers.legacyType(content, filename);
            default -> Optional.of(type);
        };
        return office.filter(ALLOWED::contains);
    }

    /** The usual extension of a type, with its dot (".pdf"), for names that lack a fitting one. */
    String extension(String contentType) {
        try {
            return mimeTypes.forName(contentType).getExtension();
        } catch (MimeTypeException e) {
            return "";
        }
    }

    /** Whether the name already ends with an extension that belongs to the type ("scan.JPG" for image/jpeg). */
    boolean nameFits(String filename, String contentType) {
        String lower = filename.toLowerCase(Locale.ROOT);
        try {
            return mimeTypes.forName(contentType).getExtensions().stream().anyMatch(lower::endsWith);
        } catch (MimeTypeException e) {
            return false;
        }
    }

    private String tikaType(byte[] content) {
        // No file name in the metadata on purpose: Tika would let a name like "x.docx" decide for any zip file.
        try (TikaInputStream in = TikaInputStream.get(content)) {
            MediaType type = detector.detect(in, new Metadata());
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading bytes from memory failed", e);
        }
    }
}
