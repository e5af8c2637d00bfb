package se.samverkan.pledge;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.agreement.AgreementFilter;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.AgreementSummary;
import se.samverkan.agreement.AgreementView;
import se.samverkan.common.Paging;
import se.samverkan.security.SamverkanUser;

/** Reads pledges for the staff pages: the list of the user's organisation's pledges and one whole pledge. */
@Service
@Transactional(readOnly = true)
public class PledgeReader {

    private static final int AGREEMENT_CHOICES = 100;

    private final PledgeAccess access;
    private final PledgeRepository pledges;
    private final PledgeDocuments documents;
    private final PledgeSummaries summaries;
    private final AgreementReader agreements;

    PledgeReader(PledgeAccess access, PledgeRepository pledges, PledgeDocuments documents, PledgeSummaries summaries,
                 AgreementReader agreements) {
        this.access = access;
        this.pledges = pledges;
        this.documents = documents;
        this.summaries = summaries;
        this.agreements = agreements;
    }

    /** The user's organisation's pledges, of one agreement when {@code agreementId} is given. */
    public Page<PledgeSummary> list(SamverkanUser user, PledgeFilter filter, Long agreementId, Pageable pageable) {
        return summaries.of(pledges.findAll(PledgeSpecifications.visibleTo(user)
                        .and(PledgeSpecifications.matching(filter)).and(PledgeSpecifications.ofAgreement(agreementId))
                        .and(PledgeSpecifications.draftsFirst()),
                Paging.of(pageable)));
    }

    public PledgeDocument document(SamverkanUser user, long pledgeId) {
        Pledge pledge = access.readable(user, pledgeId);
        AgreementView agreement = agreements.get(user, pledge.getAgreementId());
        Map<Long, String> measures = agreements.measureTitles(user, pledge.getAgreementId());
        return documents.build(pledge, agreement.title(), measures, PledgeAccess.mayEdit(user, pledge), false);
    }

    /** The pledge for a form that changes it: 404 for strangers, 403 for readers. */
    public PledgeDocument editable(SamverkanUser user, long pledgeId) {
        access.editable(user, pledgeId);
        return document(user, pledgeId);
    }

    /**
     * The agreement's pledges that residents were given (drafts left out) and that ran during part of {@code year},
     * oldest first: what an annual report tells about the year's pledges. The caller has read the agreement (and so
     * may read it).
     */
    public List<PledgeOutcome> outcomesOfYear(AgreementView agreement, int year) {
        long agreementId = agreement.id();
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return pledges.findByAgreementIdOrderByPeriodStartDescIdDesc(agreementId).stream()
                .filter(pledge -> pledge.getStatus().isPublic())
                .filter(pledge -> !pledge.getPeriodStart().isAfter(last) && !pledge.getPeriodEnd().isBefore(first))
                .sorted(Comparator.comparing(Pledge::getPeriodStart).thenComparing(Pledge::getId))
                .map(pledge -> new PledgeOutcome(pledge.getId(), pledge.getTitle(), pledge.getTarget(),
                        pledge.getPeriodStart(), pledge.getPeriodEnd(), pledge.getStatus(), pledge.getResultDone(),
                        pledge.getResultAchieved(), pledge.getResultContinues()))
                .toList();
    }

    /** The agreements the user can write a new pledge under: signed or draft ones their organisation is party to. */
    public List<AgreementSummary> agreementChoices(SamverkanUser user) {
        return agreements.list(user, new AgreementFilter(null, null, null), PageRequest.of(0, AGREEMENT_CHOICES))
                .stream().filter(agreement -> agreement.status().editable()).toList();
    }
}
