package se.samverkan.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code focusAreaId} null makes an overarching goal of the agreement. */
public record GoalCommand(Long focusAreaId, GoalType type, String title, String description, BigDecimal targetValue,
                          String targetUnit, LocalDate targetDate, long version) {
}
