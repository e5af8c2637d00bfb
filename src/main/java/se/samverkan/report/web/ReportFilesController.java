package se.samverkan.report.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverkan.report.AnnualReportView;
import se.samverkan.report.ReportReader;
import se.samverkan.security.SamverkanUser;

/** The report as a PDF to print or send, and its measures and indicator values as CSV. */
@Controller
@RequestMapping("/overenskommelser/{agreementId}/arsrapporter")
class ReportFilesController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ReportReader reader;
    private final ReportPdf pdf;

    ReportFilesController(ReportReader reader, ReportPdf pdf) {
        this.reader = reader;
        this.pdf = pdf;
    }

    @GetMapping("/{year}.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                               @PathVariable int year, @RequestParam(name = "revision", required = false)
                               Integer revision) {
        AnnualReportView report = reader.view(user, agreementId, year, revision);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(report, "pdf"))
                .body(pdf.render(report));
    }

    @GetMapping("/{year}.csv")
    ResponseEntity<String> csv(@AuthenticationPrincipal SamverkanUser user, @PathVariable long agreementId,
                               @PathVariable int year, @RequestParam(name = "revision", required = false)
                               Integer revision) {
        AnnualReportView report = reader.view(user, agreementId, year, revision);
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(report, "csv"))
                .body(ReportCsv.write(report.content()));
    }

    /** {@code arsrapport-2025-overenskommelse-12.pdf} (with {@code -revision-2} for later revisions). */
    private static String attachment(AnnualReportView report, String extension) {
        String name = "arsrapport-" + report.year() + "-overenskommelse-" + report.agreement().id()
                + (report.revision() > 1 ? "-revision-" + report.revision() : "") + "." + extension;
        return ContentDisposition.attachment().filename(name).build().toString();
    }
}
