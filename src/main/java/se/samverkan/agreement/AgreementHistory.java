package se.samverkan.agreement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import se.samverkan.security.SamverkanUser;

/**
 * Writes the history of an agreement: the service hands over a part's fields before and after a change, and
 * one line is stored per field that differs. Creation and removal are one line each.
 */
@Component
class AgreementHistory {

    private final AgreementChangeRepository changes;
    private final Clock clock;

    AgreementHistory(AgreementChangeRepository changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    void created(long agreementId, AgreementPart part, String label, SamverkanUser who) {
        changes.save(new AgreementChange(agreementId, clock.instant(), who.displayName(), part, label,
                AgreementChange.Action.CREATED, null, null, null));
    }

    void removed(long agreementId, AgreementPart part, String label, SamverkanUser who) {
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
        changes.saveAll(lines);
    }
}
