package se.samverkan.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends active agreements whose period is over, every night and once at start-up, so that the list and the public
 * pages never show an expired agreement as active. With several instances on one database, both runs hold the
 * ShedLock lock {@value #LOCK}, so only one instance ends agreements at a time (two instances ending the same
 * agreement at once would otherwise clash on its version). The nightly run keeps the lock for at least a few
 * minutes, so an instance whose clock is a little behind does not run the job a second time that night.
 */
@Component
public class AgreementExpiry {

    static final String SYSTEM = "Samverkan";
    static final String REASON = "Avtalsperioden är slut.";
    static final String LOCK = "agreement-expiry";

    private static final Logger log = LoggerFactory.getLogger(AgreementExpiry.class);

    private final AgreementRepository agreements;
    private final AgreementHistory history;
    private final Clock clock;

    AgreementExpiry(AgreementRepository agreements, AgreementHistory history, Clock clock) {
        this.agreements = agreements;
        this.history = history;
        this.clock = clock;
    }

    /** Every night on one instance. ShedLock cannot lock a method returning a primitive, hence void. */
    @Scheduled(cron = "${samverkan.agreements.expiry-cron:0 5 0 * * *}", zone = "Europe/Stockholm")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    @Transactional
    public void endExpiredNightly() {
        endAllExpired();
    }

    /** After a restart, whatever expired while the application was down (skipped while another instance runs it). */
    @EventListener(ApplicationReadyEvent.class)
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M")
    @Transactional
    public void endExpiredAtStart() {
        endAllExpired();
    }

    /** One run now, unlocked; returns how many agreements it ended. */
    @Transactional
    public int endExpired() {
        return endAllExpired();
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
