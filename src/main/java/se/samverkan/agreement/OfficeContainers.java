package se.samverkan.agreement;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells Word, Excel and PowerPoint files apart by what is inside them. Tika's core recognises only the containers
 * (a zip with an Office package, an OLE2 compound file); its detectors for the contents come with Apache POI, which
 * is far too large to carry just for this.
 */
final class OfficeContainers {

    /** The content type of an Office Open XML package's main part, declared in its [Content_Types].xml. */
    private static final Map<String, String> OOXML_MAIN_PARTS = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", AttachmentTypes.DOCX,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", AttachmentTypes.XLSX,
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", AttachmentTypes.PPTX);
    // Macro-enabled files (.docm, .xlsm, .pptm) declare other main types and are refused on purpose.

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final int MAX_CONTENT_TYPES_BYTES = 1024 * 1024;
    /** Reading stops after this much unpacked data, so that a zip bomb cannot keep the server busy. */
    private static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;

    /** The stream that holds a legacy Office file's document, in order of preference when several are present. */
    private static final Map<String, String> OLE2_MAIN_STREAMS = new LinkedHashMap<>();

    static {
        OLE2_MAIN_STREAMS.put("WordDocument", AttachmentTypes.DOC);
        OLE2_MAIN_STREAMS.put("Workbook", AttachmentTypes.XLS);
        OLE2_MAIN_STREAMS.put("Book", AttachmentTypes.XLS);
        OLE2_MAIN_STREAMS.put("PowerPoint Document", AttachmentTypes.PPT);
    }

    private static final Map<String, String> LEGACY_EXTENSIONS = Map.of(
            ".doc", AttachmentTypes.DOC, ".xls", AttachmentTypes.XLS, ".ppt", AttachmentTypes.PPT);

    private static final int OLE2_HEADER_BYTES = 512;
    private static final int OLE2_ENTRY_BYTES = 128;
    private static final int OLE2_NAME_LENGTH_OFFSET = 0x40;
    private static final int OLE2_TYPE_OFFSET = 0x42;
    private static final int OLE2_STREAM = 2;

    private OfficeContainers() {
    }

    /** DOCX, XLSX or PPTX according to the package's declared main part; empty for any other zip. */
    static Optional<String> ooxmlType(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            long budget = MAX_UNPACKED_BYTES;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (CONTENT_TYPES.equals(entry.getName())) {
                    return mainPartType(readAtMost(zip, MAX_CONTENT_TYPES_BYTES));
                }
                budget -= skip(zip, budget);
                if (budget <= 0) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            // A damaged or unreadable zip is simply not an Office document.
            return Optional.empty();
        }
    }

    /**
     * DOC, XLS or PPT according to the streams in the compound file's directory. The directory's entries are
     * 128-byte records at 128-byte boundaries after the 512-byte header, each with its UTF-16 name, the name's length
     * and its type; looking for them there avoids following the file's allocation table. When several main streams
     * are present (a Word file with an embedded sheet), the one that the file name's extension names is taken.
     */
    static Optional<String> legacyType(byte[] content, String filename) {
        Set<String> found = new HashSet<>();
        for (int offset = OLE2_HEADER_BYTES; offset + OLE2_ENTRY_BYTES <= content.length; offset += OLE2_ENTRY_BYTES) {
            streamName(content, offset).map(OLE2_MAIN_STREAMS::get).ifPresent(found::add);
        }
        String named = LEGACY_EXTENSIONS.get(extension(filename));
        if (named != null && found.contains(named)) {
            return Optional.of(named);
        }
        return OLE2_MAIN_STREAMS.values().stream().filter(found::contains).findFirst();
    }

    private static Optional<String> streamName(byte[] content, int offset) {
        int length = (content[offset + OLE2_NAME_LENGTH_OFFSET] & 0xff)
                | (content[offset + OLE2_NAME_LENGTH_OFFSET + 1] & 0xff) << 8;
        if (content[offset + OLE2_TYPE_OFFSET] != OLE2_STREAM || length < 4 || length > 64 || length % 2 != 0) {
            return Optional.empty();
        }
        // The length counts the terminating UTF-16 zero.
        return Optional.of(new String(content, offset, length - 2, StandardCharsets.UTF_16LE));
    }

    private static Optional<String> mainPartType(byte[] contentTypesXml) {
        if (contentTypesXml == null) {
            return Optional.empty();
        }
        String xml = new String(contentTypesXml, StandardCharsets.UTF_8);
        if (xml.contains("macroEnabled") || xml.contains("vbaProject")) {
            // A macro-enabled package stays refused even when it also declares an ordinary main part.
            return Optional.empty();
        }
        return OOXML_MAIN_PARTS.entrySet().stream()
                .filter(part -> xml.contains("\"" + part.getKey() + "\""))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** The entry's bytes, or null when it is longer than the limit. */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        return bytes.length > limit ? null : bytes;
    }

    /** Reads past the rest of the current entry, at most {@code budget} bytes; returns how many were read. */
    private static long skip(InputStream in, long budget) throws IOException {
        byte[] buffer = new byte[8192];
        long read = 0;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            read += n;
            if (read > budget) {
                break;
            }
        }
        return read;
    }

    private static String extension(String filename) {
        int dot = filename == null ? -1 : filename.lastIndexOf('.');
        return dot < 0 ? "" : filename.substring(dot).toLowerCase(Locale.ROOT);
    }
}
