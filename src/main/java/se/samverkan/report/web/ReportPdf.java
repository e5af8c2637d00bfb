package se.samverkan.report.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import se.samverkan.report.AnnualReportView;

/**
 * The report as a PDF made on the server with openhtmltopdf: the template {@code report/pdf} (well-formed XHTML),
 * DejaVu Sans embedded (Swedish characters everywhere), page numbers and a table of contents with page numbers
 * from CSS, tagged for accessibility (PDF/UA) with the document language from {@code <html lang>}.
 */
@Component
class ReportPdf {

    private static final String FONT_FAMILY = "DejaVu Sans";
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final ITemplateEngine templates;
    private final String css;

    ReportPdf(ITemplateEngine templates) {
        this.templates = templates;
        try (InputStream in = new ClassPathResource("report/pdf.css").getInputStream()) {
            this.css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Always in Swedish: the report is a document of the parties, presented to Swedish boards. */
    byte[] render(AnnualReportView report) {
        Context context = new Context(SWEDISH);
        context.setVariable("report", report);
        context.setVariable("pdfCss", css);
        String html = templates.process("report/pdf", context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withProducer("Samverkan");
        builder.useFont(() -> font("fonts/DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
