package se.samverkan.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import se.samverkan.common.SwedishNumbers;

public record GoalView(long id, Long focusAreaId, GoalType type, String title, String description,
                       BigDecimal targetValue, String targetUnit, LocalDate targetDate, long version) {

    /** "1 200" or "75 %": the target as written in running text; empty when there is none. */
    public String target() {
        if (targetValue == null) {
            return "";
        }
        return SwedishNumbers.format(targetValue) + (targetUnit == null ? "" : " " + targetUnit);
    }
}
