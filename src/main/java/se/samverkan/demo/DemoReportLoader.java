package se.samverkan.demo;

import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverkan.agreement.AgreementReader;
import se.samverkan.report.PresentationCommand;
import se.samverkan.report.ReportReader;
import se.samverkan.report.ReportService;
import se.samverkan.report.SectionCommand;
import se.samverkan.report.SectionKey;
import se.samverkan.security.SamverkanUser;

/**
 * Adds the demo annual reports that are missing, through the report services, so that the rules of review and
 * approval apply to the demo too: the coordinator writes and submits, steering-group members comment and approve
 * (which freezes a report once every party has). A report counts as present when its year has been started.
 * Each is made in one transaction.
 */
@Component
@Profile("demo")
class DemoReportLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoReportLoader.class);

    private final UserDetailsService users;
    private final DemoAgreementLoader agreementLoader;
    private final AgreementReader agreements;
    private final ReportReader reader;
    private final ReportService reports;
    private final TransactionTemplate transaction;

    DemoReportLoader(UserDetailsService users, DemoAgreementLoader agreementLoader, AgreementReader agreements,
                     ReportReader reader, ReportService reports, PlatformTransactionManager transactionManager) {
        this.users = users;
        this.agreementLoader = agreementLoader;
        this.agreements = agreements;
        this.reader = reader;
        this.reports = reports;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Needs the demo agreements and accounts; {@link DemoDataLoader} calls it after them. */
    void load() {
        for (DemoReport demo : DemoReports.ALL) {
            Long agreementId = agreementLoader.agreementId(demo.municipality(), demo.agreementTitle());
            if (agreementId == null) {
                continue;
            }
            SamverkanUser coordinator = user(demo.coordinatorEmail());
            if (reader.view(coordinator, agreementId, demo.year(), null).started()) {
                continue;
            }
            transaction.executeWithoutResult(status -> create(coordinator, agreementId, demo));
            log.info("Demo annual report added: {} {}", demo.agreementTitle(), demo.year());
        }
    }

    private void create(SamverkanUser coordinator, long agreementId, DemoReport demo) {
        int year = demo.year();
        reports.start(coordinator, agreementId, year);
        Map<String, Long> areaIds = new HashMap<>();
        agreements.document(coordinator, agreementId).focusAreas()
                .forEach(section -> areaIds.put(section.focusArea().title(), section.focusArea().id()));
        write(coordinator, agreementId, year, SectionKey.SUMMARY, demo.summary());
        demo.areas().forEach((title, texts) -> {
            long areaId = required(areaIds, title);
            write(coordinator, agreementId, year, SectionKey.analysis(areaId), texts.analysis());
            write(coordinator, agreementId, year, SectionKey.priorities(areaId), texts.priorities());
        });
        if (!demo.submitted()) {
            return;
        }
        reports.submit(coordinator, agreementId, year);
        for (DemoReport.Comment comment : demo.comments()) {
            SectionKey key = comment.focusArea() == null ? SectionKey.SUMMARY
                    : SectionKey.analysis(required(areaIds, comment.focusArea()));
            long id = reports.comment(user(comment.authorEmail()), agreementId, year, key, comment.text());
            if (comment.answer() != null) {
                reports.answer(coordinator, agreementId, year, id, comment.answer());
            }
        }
        demo.approverEmails().forEach(email -> reports.approve(user(email), agreementId, year));
        demo.presentations().forEach(presentation -> reports.recordPresentation(coordinator, agreementId, year,
                new PresentationCommand(presentation.recipient(), presentation.on(),
                        presentation.registrationNumber())));
        if (demo.published()) {
            reports.publish(coordinator, agreementId, year);
        }
    }

    private void write(SamverkanUser coordinator, long agreementId, int year, SectionKey key, String text) {
        if (text != null) {
            reports.saveSection(coordinator, agreementId, year, key, new SectionCommand(text, 0));
        }
    }

    private static long required(Map<String, Long> ids, String title) {
        Long id = ids.get(title);
        if (id == null) {
            throw new IllegalStateException("Demo report refers to unknown focus area " + title);
        }
        return id;
    }

    private SamverkanUser user(String email) {
        return (SamverkanUser) users.loadUserByUsername(email);
    }
}
