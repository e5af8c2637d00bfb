package se.samverkan.publicsite;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import se.samverkan.pledge.OpenPledge;
import se.samverkan.pledge.PublicPledges;

/** Every public pledge as JSON and CSV for anyone to reuse, and the page that explains the fields. */
@Controller
class OpenDataController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final PublicPledges pledges;

    OpenDataController(PublicPledges pledges) {
        this.pledges = pledges;
    }

    @GetMapping("/oppna-data")
    String page(org.springframework.ui.Model model) {
        model.addAttribute("jsonFields", OpenDataFields.json());
        model.addAttribute("csvFields", OpenDataFields.csv());
        model.addAttribute("recordTypes", List.of("pledge", "commitment", "signatory", "update", "update_status",
                "result"));
        return "public/open-data";
    }

    @GetMapping(value = "/oppna-data/medborgarloften.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<OpenPledge>> json() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition("inline", "medborgarloften.json"))
                .contentType(MediaType.APPLICATION_JSON)
                .body(pledges.openData(SiteUrl.base()));
    }

    @GetMapping("/oppna-data/medborgarloften.csv")
    ResponseEntity<String> csv() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition("attachment", "medborgarloften.csv"))
                .contentType(CSV)
                .body(PledgeCsv.write(pledges.openData(SiteUrl.base())));
    }

    private static String disposition(String type, String filename) {
        return ContentDisposition.builder(type).filename(filename).build().toString();
    }
}
