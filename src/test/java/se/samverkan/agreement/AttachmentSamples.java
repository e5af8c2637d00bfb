package se.samverkan.agreement;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Small files of every kind the attachment tests need, made here rather than kept as binaries. */
public final class AttachmentSamples {

    public static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    public static final String EXCEL_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    public static final String POWERPOINT_MAIN =
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";
    public static final String WORD_MACRO_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml";

    private AttachmentSamples() {
    }

    /** A small but well-formed PDF. */
    public static byte[] pdf() {
        return ascii("""
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """);
    }

    /** A PDF of exactly {@code size} bytes: the header, then padding in a comment. */
    public static byte[] pdfOfSize(int size) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) ' ');
        byte[] header = ascii("%PDF-1.4\n%");
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }

    public static byte[] image(String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header of a lossy WebP image (RIFF container, "WEBP", "VP8 " chunk). */
    public static byte[] webp() {
        byte[] content = new byte[64];
        System.arraycopy(ascii("RIFF"), 0, content, 0, 4);
        content[4] = 56;
        System.arraycopy(ascii("WEBPVP8 "), 0, content, 8, 8);
        return content;
    }

    /** An Office Open XML package whose [Content_Types].xml declares the given main part. */
    public static byte[] ooxml(String mainContentType) {
        return zip(false,
                entry("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                        + "package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/main.xml\" ContentType=\"" + mainContentType + "\"/></Types>"),
                entry("_rels/.rels", "<Relationships/>"),
                entry("main.xml", "<document/>"));
    }

    /** An OpenDocument file: the "mimetype" entry first and uncompressed, as the standard requires. */
    public static byte[] openDocument(String mimeType) {
        return zip(true, entry("mimetype", mimeType), entry("content.xml", "<office:document-content/>"));
    }

    public static byte[] plainZip() {
        return zip(false, entry("readme.txt", "hej"));
    }

    /**
     * An OLE2 compound file (legacy Office) whose directory holds the named streams: the 512-byte header with the
     * signature, then one directory sector of 128-byte entries.
     */
    public static byte[] ole2(String... streamNames) {
        byte[] content = new byte[512 + 512 * ((streamNames.length + 1 + 3) / 4) + 512];
        byte[] signature = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(signature, 0, content, 0, signature.length);
        content[0x1E] = 9; // 512-byte sectors
        directoryEntry(content, 512, "Root Entry", 5);
        for (int i = 0; i < streamNames.length; i++) {
            directoryEntry(content, 512 + 128 * (i + 1), streamNames[i], 2);
        }
        return content;
    }

    /** The start of a Windows program: "MZ", the DOS stub text and the "PE" header it points to. */
    public static byte[] windowsProgram() {
        byte[] content = new byte[1024];
        content[0] = 'M';
        content[1] = 'Z';
        byte[] stub = ascii("This program cannot be run in DOS mode.");
        System.arraycopy(stub, 0, content, 0x4E, stub.length);
        content[0x3C] = (byte) 0x80;
        content[0x80] = 'P';
        content[0x81] = 'E';
        return content;
    }

    public static byte[] html() {
        return ascii("<!DOCTYPE html><html><head><title>Faktura</title></head>"
                + "<body><script>document.location='https://example.invalid/'</script></body></html>");
    }

    public static byte[] svg() {
        return ascii("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
    }

    public static byte[] text() {
        return "Mötesanteckningar från styrgruppen".getBytes(StandardCharsets.UTF_8);
    }

    /** A file written by a real program (see src/test/resources/attachments/README.md). */
    public static byte[] resource(String name) {
        try (InputStream in = AttachmentSamples.class.getResourceAsStream("/attachments/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip whose first entry unpacks to {@code size} zero bytes, followed by an Office [Content_Types].xml. */
    public static byte[] zipWithHugeFirstEntry(long size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("zeros.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written < size; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(ascii("<Types><Override ContentType=\"" + WORD_MAIN + "\"/></Types>"));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void directoryEntry(byte[] content, int offset, String name, int type) {
        byte[] utf16 = name.getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(utf16, 0, content, offset, utf16.length);
        int length = utf16.length + 2;
        content[offset + 0x40] = (byte) length;
        content[offset + 0x41] = (byte) (length >> 8);
        content[offset + 0x42] = (byte) type;
    }

    private record Entry(String name, byte[] content) {
    }

    private static Entry entry(String name, String content) {
        return new Entry(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] zip(boolean firstStored, Entry... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i++) {
                ZipEntry entry = new ZipEntry(entries[i].name());
                if (i == 0 && firstStored) {
                    CRC32 crc = new CRC32();
                    crc.update(entries[i].content());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(entries[i].content().length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(entries[i].content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
