package se.samverkan.publicsite;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.samverkan.agreement.PublicAgreements;
import se.samverkan.organisation.OrganisationView;
import se.samverkan.report.PublicReports;
import se.samverkan.pledge.PledgeStatus;
import se.samverkan.pledge.PledgeSummary;
import se.samverkan.pledge.PublicPledges;

/**
 * A municipality's public page: its cooperation agreement (if made public), its pledges and its published annual
 * reports.
 */
@Controller
class MunicipalityController {

    private final Municipalities municipalities;
    private final PublicPledges pledges;
    private final PublicAgreements agreements;
    private final PublicReports reports;
    private final Clock clock;

    MunicipalityController(Municipalities municipalities, PublicPledges pledges, PublicAgreements agreements,
                           PublicReports reports, Clock clock) {
        this.municipalities = municipalities;
        this.pledges = pledges;
        this.agreements = agreements;
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/kommuner/{slug}")
    String show(@PathVariable String slug, Model model) {
        OrganisationView municipality = municipalities.get(slug);
        LocalDate today = LocalDate.now(clock);
        Map<Boolean, List<PledgeSummary>> byCurrent = pledges.ofMunicipality(municipality.id()).stream()
                .collect(Collectors.partitioningBy(pledge -> isCurrent(pledge, today)));
        model.addAttribute("municipality", municipality);
        model.addAttribute("agreement", agreements.current(municipality.id()).orElse(null));
        model.addAttribute("currentPledges", byCurrent.get(true));
        model.addAttribute("pastPledges", byCurrent.get(false));
        model.addAttribute("reports", reports.ofMunicipality(municipality.id()));
        return "public/municipality";
    }

    /** Current: published and its period not yet over. A completed pledge has its result and is history. */
    private static boolean isCurrent(PledgeSummary pledge, LocalDate today) {
        return pledge.status() == PledgeStatus.PUBLISHED && !pledge.periodEnd().isBefore(today);
    }
}
