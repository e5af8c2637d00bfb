package se.samverkan.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.AgreementStatus;
import se.samverkan.agreement.AgreementView;
import se.samverkan.pledge.CommitmentCommand;
import se.samverkan.pledge.CommitmentService;
import se.samverkan.pledge.CommitmentStatus;
import se.samverkan.pledge.PledgeCommand;
import se.samverkan.pledge.PledgeFilter;
import se.samverkan.pledge.PledgeReader;
import se.samverkan.pledge.PledgeService;
import se.samverkan.pledge.PledgeSignatoryService;
import se.samverkan.pledge.PledgeSummary;
import se.samverkan.pledge.ProgressUpdateService;
import se.samverkan.pledge.ResultCommand;
import se.samverkan.pledge.SignatoryCommand;
import se.samverkan.pledge.UpdateCommand;
import se.samverkan.security.SamverkanUser;

/**
 * Adds the demo pledges of an agreement that are missing, written by the municipality's demo coordinator through
 * the pledge services, so that every rule of publication applies to the demo too. A pledge counts as present when
 * its municipality already has one with the same title and start date. Each pledge is made in one transaction
 * (the caller's, when it has one: a new demo agreement and its pledges are made together).
 */
@Component
@Profile("demo")
class DemoPledgeLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoPledgeLoader.class);

    private final UserDetailsService users;
    private final AgreementReader agreements;
    private final PledgeService pledges;
    private final PledgeReader reader;
    private final CommitmentService commitments;
    private final PledgeSignatoryService signatories;
    private final ProgressUpdateService updates;
    private final TransactionTemplate transaction;

    DemoPledgeLoader(UserDetailsService users, AgreementReader agreements, PledgeService pledges,
                     PledgeReader reader, CommitmentService commitments, PledgeSignatoryService signatories,
                     ProgressUpdateService updates, PlatformTransactionManager transactionManager) {
        this.users = users;
        this.agreements = agreements;
        this.pledges = pledges;
        this.reader = reader;
        this.commitments = commitments;
        this.signatories = signatories;
        this.updates = updates;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Adds those of {@code demoPledges} that the agreement's municipality does not have yet. Publishing needs an
     * active agreement, so the pledges of an agreement that has already ended (or been replaced) are skipped.
     * {@code organisationIds} maps the slugs the data uses to organisation ids.
     */
    void loadMissing(long agreementId, String coordinatorEmail, List<DemoPledge> demoPledges,
                     Map<String, Long> organisationIds) {
        if (demoPledges.isEmpty()) {
            return;
        }
        SamverkanUser coordinator = user(coordinatorEmail);
        AgreementView agreement = agreements.get(coordinator, agreementId);
        Set<String> present = presentIn(coordinator, agreement.municipality().id());
        for (DemoPledge demo : demoPledges) {
            if (present.contains(key(demo.title(), demo.periodStart()))) {
                continue;
            }
            if (agreement.status() != AgreementStatus.ACTIVE) {
                log.info("Demo pledge skipped: {} needs its agreement \"{}\" to be active, but it is {}",
                        demo.title(), agreement.title(), agreement.status());
                continue;
            }
            transaction.executeWithoutResult(status -> create(coordinator, agreementId, demo, organisationIds));
            log.info("Demo pledge added: {}", demo.title());
        }
    }

    private void create(SamverkanUser coordinator, long agreementId, DemoPledge demo,
                        Map<String, Long> organisationIds) {
        long id = pledges.create(coordinator, agreementId, new PledgeCommand(demo.title(), demo.target(),
                demo.partners().stream().map(slug -> required(organisationIds, slug)).collect(Collectors.toSet()),
                demo.periodStart(), demo.periodEnd(), demo.situation(), demo.achievement(), demo.followUp(), 0));

        Map<String, Long> measureIds = new HashMap<>();
        commitments.measureOptions(coordinator, id).forEach((measureId, title) -> measureIds.put(title, measureId));
        Map<String, Long> commitmentIds = new HashMap<>();
        for (DemoPledge.Commitment commitment : demo.commitments()) {
            Long measureId = commitment.measureTitle() == null ? null
                    : required(measureIds, commitment.measureTitle());
            commitmentIds.put(commitment.key(), commitments.add(coordinator, id, new CommitmentCommand(
                    commitment.description(), required(organisationIds, commitment.responsible()), measureId, 0)));
        }
        for (DemoAgreement.Person signatory : demo.signing().signatories()) {
            signatories.add(coordinator, id, new SignatoryCommand(signatory.name(), signatory.role(),
                    required(organisationIds, signatory.organisation()), demo.signing().signedOn()));
        }
        pledges.publish(coordinator, id, demo.publishedOn());

        for (DemoPledge.Update update : demo.updates()) {
            Map<Long, CommitmentStatus> statuses = new HashMap<>();
            update.statuses().forEach((key, status) -> statuses.put(required(commitmentIds, key), status));
            updates.post(coordinator, id, new UpdateCommand(update.publishedOn(), update.body(), statuses));
        }
        DemoPledge.Result result = demo.result();
        if (result != null) {
            pledges.writeResult(coordinator, id, new ResultCommand(result.done(), result.achieved(),
                    result.continues(), result.writtenOn(), reader.document(coordinator, id).version()));
        }
    }

    /** Title and start of the pledges of the municipality, as keys. */
    private Set<String> presentIn(SamverkanUser coordinator, long municipalityId) {
        PledgeFilter filter = new PledgeFilter(municipalityId, null, null, null);
        Set<String> keys = new HashSet<>();
        Page<PledgeSummary> page = reader.list(coordinator, filter, null, PageRequest.of(0, 100));
        page.forEach(pledge -> keys.add(key(pledge.title(), pledge.periodStart())));
        while (page.hasNext()) {
            page = reader.list(coordinator, filter, null, page.nextPageable());
            page.forEach(pledge -> keys.add(key(pledge.title(), pledge.periodStart())));
        }
        return keys;
    }

    private static String key(String title, LocalDate periodStart) {
        return title.strip() + " " + periodStart;
    }

    /** The id for a key of the data; a key without an id is a mistake in the data, not something to skip. */
    private static Long required(Map<String, Long> ids, String key) {
        Long id = ids.get(key);
        if (id == null) {
            throw new IllegalStateException("Demo pledge refers to unknown " + key);
        }
        return id;
    }

    private SamverkanUser user(String email) {
        return (SamverkanUser) users.loadUserByUsername(email);
    }
}
