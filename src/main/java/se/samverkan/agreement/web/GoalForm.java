package se.samverkan.agreement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import se.samverkan.common.PlausibleDate;
import se.samverkan.agreement.GoalCommand;
import se.samverkan.agreement.GoalType;
import se.samverkan.agreement.GoalView;

/** An impact or output goal; the target value is typed as Swedes write numbers ("1 200,5"). */
public class GoalForm {

    private Long focusAreaId;

    @NotNull
    private GoalType type;

    @NotBlank
    @Size(max = 300)
    private String title;

    @Size(max = 10000)
    private String description;

    @Pattern(regexp = Decimals.PATTERN)
    private String targetValue;

    @Size(max = 50)
    private String targetUnit;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate
    private LocalDate targetDate;

    private long version;

    static GoalForm of(GoalView goal) {
        GoalForm form = new GoalForm();
        form.focusAreaId = goal.focusAreaId();
        form.type = goal.type();
        form.title = goal.title();
        form.description = goal.description();
        form.targetValue = Decimals.format(goal.targetValue());
        form.targetUnit = goal.targetUnit();
        form.targetDate = goal.targetDate();
        form.version = goal.version();
        return form;
    }

    GoalCommand toCommand() {
        return new GoalCommand(focusAreaId, type, title, description, Decimals.parse(targetValue), targetUnit,
                targetDate, version);
    }

    public Long getFocusAreaId() {
        return focusAreaId;
    }

    public void setFocusAreaId(Long focusAreaId) {
        this.focusAreaId = focusAreaId;
    }

    public GoalType getType() {
        return type;
    }

    public void setType(GoalType type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(String targetValue) {
        this.targetValue = targetValue;
    }

    public String getTargetUnit() {
        return targetUnit;
    }

    public void setTargetUnit(String targetUnit) {
        this.targetUnit = targetUnit;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
