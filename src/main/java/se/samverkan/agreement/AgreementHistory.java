package se.samverkan.agreement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import se.samverkan.common.PublicContentChanged;
import se.samverkan.security.SamverkanUser;

/**
 * Writes the history of an agreement: the service hands over a part's fields before and after a change, and
 * one line is stored per field that differs. Creation and removal are one line each.
 * <p>
 * Every change passes here, so this is also where the public site hears of a change to what it shows of an
 * agreement (its public summary: the agreement, focus areas and goals; parties are organisations).
 */
@Component
class AgreementHistory {

    /** The parts {@link PublicAgreements} shows residents. */
    private static final Set<AgreementPart> PUBLIC_PARTS =
            Set.of(AgreementPart.AGREEMENT, AgreementPart.FOCUS_AREA, AgreementPart.GOAL);

    private final AgreementChangeRepository changes;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AgreementHistory(AgreementChangeRepository changes, Clock clock, ApplicationEventPublisher events) {
        this.changes = changes;
        this.clock = clock;
        this.events = events;
    }

    void created(long agreementId, AgreementPart part, String label, SamverkanUser who) {
        announce(agreementId, part);
        changes.save(new AgreementChange(agreementId, clock.instant(), who.displayName(), part, label,
                AgreementChange.Action.CREATED, null, null, null));
    }

    void removed(long agreementId, AgreementPart part, String label, SamverkanUser who) {
        announce(agreementId, part);
        changes.save(new AgreementChange(agreementId, clock.instant(), who.displayName(), part, label,
                AgreementChange.Action.REMOVED, null, null, null));
    }

    void changed(long agreementId, AgreementPart part, String label, Map<String, String> before,
                 Map<String, String> after, SamverkanUser who) {
        changed(agreementId, part, label, before, after, who.displayName());
    }

    /** A change made by the system itself rather than a person; {@code who} names it. */
    void changed(long agreementId, AgreementPart part, String label, Map<String, String> before,
                 Map<String, String> after, String who) {
        List<AgreementChange> lines = new ArrayList<>();
        for (Map.Entry<String, String> field : after.entrySet()) {
            String old = before.get(field.getKey());
            if (!Objects.equals(old, field.getValue())) {
                lines.add(new AgreementChange(agreementId, clock.instant(), who, part, label,
                        AgreementChange.Action.CHANGED, field.getKey(), old, field.getValue()));
            }
        }
        if (!lines.isEmpty()) {
            announce(agreementId, part);
        }
        changes.saveAll(lines);
    }

    private void announce(long agreementId, AgreementPart part) {
        if (PUBLIC_PARTS.contains(part)) {
            events.publishEvent(new PublicContentChanged("agreement", agreementId));
        }
    }
}
