package se.samverkan.report.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import se.samverkan.report.AnnualReportView;
import se.samverkan.report.ReportCharts;

/**
 * The report as a PDF made on the server with openhtmltopdf: the template {@code report/pdf} (well-formed XHTML),
 * DejaVu Sans embedded (Swedish characters everywhere), page numbers and a table of contents with page numbers
 * from CSS, tagged for accessibility (PDF/UA) with the document language from {@code <html lang>}. The indicator
 * charts are the page's inline SVG, drawn by Batik with {@code report/pdf-chart.css} and tagged as figures with
 * their title and description as alternative text.
 */
@Component
class ReportPdf {

    private static final String FONT_FAMILY = "DejaVu Sans";
    private static final Set<FSFontUseCase> FONT_USES = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG);
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final String css;
    private final String chartCss;
    private final byte[] regular;
    private final byte[] bold;
    private final PdfRenderings renderings;

    ReportPdf(ITemplateEngine templates, MessageSource messages, PdfRenderings renderings) {
        this.templates = templates;
        this.messages = messages;
        this.renderings = renderings;
        this.css = text("report/pdf.css");
        this.chartCss = text("report/pdf-chart.css");
        // Read once: the renderer asks for each font on every PDF, and 1.4 MB from the class path each time shows.
        this.regular = bytes("fonts/DejaVuSans.ttf");
        this.bold = bytes("fonts/DejaVuSans-Bold.ttf");
    }

    /** Always in Swedish: the report is a document of the parties, presented to Swedish boards. */
    byte[] render(AnnualReportView report) {
        Context context = new Context(SWEDISH);
        context.setVariable("report", report);
        context.setVariable("pdfCss", css);
        context.setVariable("pdf", true);
        context.setVariable("chartCss", chartCss);
        context.setVariable("charts", ReportCharts.of(report.content(), messages, SWEDISH));
        return renderings.pdf(templates.process("report/pdf", context), this::layOut);
    }

    private byte[] layOut(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        // Batik draws the charts: no scripts, no external resources, and the text's font (FSFontUseCase.SVG).
        builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
        builder.withProducer("Samverkan");
        builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true,
                FONT_USES);
        builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true,
                FONT_USES);
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
