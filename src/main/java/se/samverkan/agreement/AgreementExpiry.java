package se.samverkan.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends active agreements whose period is over, every night and once at start-up, so that the list and the public
 * pages never show an expired agreement as active. Running on several instances at once is harmless: an
 * agreement already ended is no longer found.
 */
@Component
public class AgreementExpiry {

    static final String SYSTEM = "Samverkan";
    static final String REASON = "Avtalsperioden är slut.";

    private static final Logger log = LoggerFactory.getLogger(AgreementExpiry.class);

    private final AgreementRepository agreements;
    private final AgreementHistory history;
    private final Clock clock;

    AgreementExpiry(AgreementRepository agreements, AgreementHistory history, Clock clock) {
        this.agreements = agreements;
        this.history = history;
        this.clock = clock;
    }

    @Scheduled(cron = "${samverkan.agreements.expiry-cron:0 5 0 * * *}", zone = "Europe/Stockholm")
    @Transactional
    public int endExpired() {
        return endAllExpired();
    }

    /** After a restart, whatever expired while the application was down. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void endExpiredAtStart() {
        endAllExpired();
    }

    private int endAllExpired() {
        LocalDate today = LocalDate.now(clock);
        List<Agreement> expired = agreements.findByStatusAndPeriodEndBefore(AgreementStatus.ACTIVE, today);
        for (Agreement agreement : expired) {
            Map<String, String> before = agreement.auditFields(Map.of());
            agreement.end(agreement.getPeriodEnd(), REASON);
            history.changed(agreement.getId(), AgreementPart.AGREEMENT, agreement.getTitle(), before,
                    agreement.auditFields(Map.of()), SYSTEM);
        }
        if (!expired.isEmpty()) {
            log.info("Ended {} agreement(s) whose period is over", expired.size());
        }
        return expired.size();
    }
}
