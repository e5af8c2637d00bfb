package se.samverkan.demo;

import java.util.HashMap;
import java.util.Map;
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
import se.samverkan.agreement.AgreementCommand;
import se.samverkan.agreement.AgreementFilter;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.AgreementSummary;
import se.samverkan.agreement.AgreementView;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.organisation.OrganisationView;
import se.samverkan.security.SamverkanUser;

/**
 * Adds the demo agreements that are missing, each written by its municipality's demo coordinator so that the
 * history shows a real name. An agreement counts as present when its municipality already has one with the same
 * title; each is created in one transaction, so a failed start leaves none half-made. Its citizen pledges are made
 * right after signing, while it is active, and before it is ended; the missing pledges of an agreement that is
 * already present are added on their own.
 */
@Component
@Profile("demo")
class DemoAgreementLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoAgreementLoader.class);

    private final UserDetailsService users;
    private final OrganisationService organisations;
    private final AgreementService agreements;
    private final AgreementReader reader;
    private final DemoAgreementContent content;
    private final DemoPledgeLoader pledges;
    private final DemoIndicatorLoader indicators;
    private final TransactionTemplate transaction;

    DemoAgreementLoader(UserDetailsService users, OrganisationService organisations, AgreementService agreements,
                        AgreementReader reader, DemoAgreementContent content, DemoPledgeLoader pledges,
                        DemoIndicatorLoader indicators, PlatformTransactionManager transactionManager) {
        this.users = users;
        this.organisations = organisations;
        this.agreements = agreements;
        this.reader = reader;
        this.content = content;
        this.pledges = pledges;
        this.indicators = indicators;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Needs the demo organisations and accounts; {@link DemoDataLoader} calls it after creating them. */
    void load() {
        Map<String, Long> organisationIds = organisations.all().stream()
                .collect(Collectors.toMap(OrganisationView::slug, OrganisationView::id));
        SamverkanUser admin = user(DemoData.ADMIN_EMAIL);
        for (DemoAgreement demo : DemoAgreements.ALL) {
            long municipalityId = organisationIds.get(demo.parties().municipality());
            AgreementSummary existing = byTitle(admin, municipalityId).get(demo.title());
            if (existing == null) {
                transaction.executeWithoutResult(status -> create(demo, organisationIds));
                log.info("Demo agreement added: {}", demo.title());
            } else {
                pledges.loadMissing(existing.id(), demo.coordinatorEmail(), demo.pledges(), organisationIds);
                indicators.loadMissing(existing.id(), demo.title(), demo.coordinatorEmail());
            }
        }
    }

    private void create(DemoAgreement demo, Map<String, Long> organisationIds) {
        SamverkanUser coordinator = user(demo.coordinatorEmail());
        DemoAgreement.Parties parties = demo.parties();
        long id = agreements.create(coordinator, new AgreementCommand(demo.title(),
                organisationIds.get(parties.municipality()), organisationIds.get(parties.policeArea()),
                parties.partners().stream().map(organisationIds::get).collect(Collectors.toSet()),
                demo.periodStart(), demo.periodEnd(), null, demo.purpose(), demo.situationPicture(), 0));
        content.fill(coordinator, id, demo, organisationIds);
        if (demo.steeringGroup() != null) {
            agreements.updateSteeringGroup(coordinator, id, demo.steeringGroup().rhythm(),
                    demo.steeringGroup().reportRecipients(), reader.get(coordinator, id).version());
        }
        agreements.sign(coordinator, id);
        // Publishing a pledge needs an active agreement: after signing, before it is ended.
        pledges.loadMissing(id, demo.coordinatorEmail(), demo.pledges(), organisationIds);
        // Values too are written only while the agreement can be changed.
        indicators.loadMissing(id, demo.title(), demo.coordinatorEmail());
        for (DemoAgreement.AfterSigning step : demo.afterSigning()) {
            if (step instanceof DemoAgreement.Ended ended) {
                agreements.end(coordinator, id, ended.on(), ended.reason(), reader.get(coordinator, id).version());
            } else if (step instanceof DemoAgreement.Published) {
                agreements.setPublic(coordinator, id, true);
            } else if (step instanceof DemoAgreement.NewVersion newVersion) {
                startNewVersion(coordinator, id, newVersion);
            }
        }
    }

    /** A draft copy of the signed agreement with the new title, period and situation picture. */
    private void startNewVersion(SamverkanUser coordinator, long agreementId, DemoAgreement.NewVersion newVersion) {
        long draftId = agreements.newVersion(coordinator, agreementId);
        AgreementView draft = reader.get(coordinator, draftId);
        agreements.update(coordinator, draftId, new AgreementCommand(newVersion.title(), draft.municipality().id(),
                draft.policeArea().id(), draft.partnerIds(), newVersion.periodStart(), newVersion.periodEnd(),
                draft.registrationNumber(), draft.purpose(), newVersion.situationPicture(), draft.version()));
    }

    /** The id of the municipality's demo agreement with the title, when it is there. */
    Long agreementId(String municipalitySlug, String title) {
        long municipalityId = organisations.findBySlug(municipalitySlug).orElseThrow().id();
        AgreementSummary agreement = byTitle(user(DemoData.ADMIN_EMAIL), municipalityId).get(title);
        return agreement == null ? null : agreement.id();
    }

    /** The municipality's agreements by title (the first one listed, should two share a title). */
    private Map<String, AgreementSummary> byTitle(SamverkanUser admin, long municipalityId) {
        AgreementFilter filter = new AgreementFilter(municipalityId, null, null);
        Map<String, AgreementSummary> byTitle = new HashMap<>();
        Page<AgreementSummary> page = reader.list(admin, filter, PageRequest.of(0, 100));
        page.forEach(agreement -> byTitle.putIfAbsent(agreement.title(), agreement));
        while (page.hasNext()) {
            page = reader.list(admin, filter, page.nextPageable());
            page.forEach(agreement -> byTitle.putIfAbsent(agreement.title(), agreement));
        }
        return byTitle;
    }

    private SamverkanUser user(String email) {
        return (SamverkanUser) users.loadUserByUsername(email);
    }
}
