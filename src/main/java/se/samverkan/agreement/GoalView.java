package se.samverkan.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;

public record GoalView(long id, Long focusAreaId, GoalType type, String title, String description,
                       BigDecimal targetValue, String targetUnit, LocalDate targetDate, long version) {

    /** "1 200" or "75 %": the target as written in running text; empty when there is none. */
    public String target() {
        if (targetValue == null) {
            return "";
        }
        return targetValue.stripTrailingZeros().toPlainString() + (targetUnit == null ? "" : " " + targetUnit);
    }
}
