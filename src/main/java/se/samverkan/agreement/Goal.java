package se.samverkan.agreement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import se.samverkan.common.SwedishNumbers;
import se.samverkan.common.TextInput;

/** An impact or output goal of a focus area, or of the whole agreement when {@code focusAreaId} is null. */
@Entity
@Table(name = "goal")
class Goal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long agreementId;
    private Long focusAreaId;

    @Enumerated(EnumType.STRING)
    private GoalType type;

    private String title;
    private String description;
    private BigDecimal targetValue;
    private String targetUnit;
    private LocalDate targetDate;

    @Version
    private long version;

    protected Goal() {
    }

    Goal(long agreementId, GoalCommand command) {
        this.agreementId = agreementId;
        change(command);
    }

    void change(GoalCommand command) {
        this.focusAreaId = command.focusAreaId();
        this.type = command.type();
        this.title = command.title().strip();
        this.description = TextInput.strippedOrNull(command.description());
        this.targetValue = command.targetValue();
        this.targetUnit = TextInput.strippedOrNull(command.targetUnit());
        this.targetDate = command.targetDate();
    }

    Goal copyTo(long otherAgreementId, Long otherFocusAreaId) {
        return new Goal(otherAgreementId, new GoalCommand(otherFocusAreaId, type, title, description, targetValue,
                targetUnit, targetDate, 0));
    }

    Map<String, String> auditFields(Map<Long, String> focusAreaTitles) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("focusArea", focusAreaId == null ? null : focusAreaTitles.get(focusAreaId));
        fields.put("goalType", type.name());
        fields.put("title", title);
        fields.put("description", description);
        fields.put("target", SwedishNumbers.format(targetValue));
        fields.put("targetUnit", targetUnit);
        fields.put("targetDate", targetDate == null ? null : targetDate.toString());
        return fields;
    }

    GoalView toView() {
        return new GoalView(id, focusAreaId, type, title, description, targetValue, targetUnit, targetDate, version);
    }

    Long getId() {
        return id;
    }

    Long getFocusAreaId() {
        return focusAreaId;
    }

    String getTitle() {
        return title;
    }

    long getVersion() {
        return version;
    }
}
