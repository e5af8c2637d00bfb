package se.samverkan.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.samverkan.agreement.GoalType;
import se.samverkan.agreement.MeasureStatus;
import se.samverkan.agreement.MeasureType;
import se.samverkan.agreement.MeetingRhythm;

/**
 * One demo agreement as data: what the municipality's coordinator types in, who signs, the citizen pledges made
 * under it while it is active, and what happens after that. Organisations are named by their slug; goals by a key
 * that the measures serving them refer to.
 */
record DemoAgreement(String coordinatorEmail, String title, Parties parties, LocalDate periodStart,
                     LocalDate periodEnd, String purpose, String situationPicture, List<Goal> goals,
                     List<Measure> measures, List<FocusArea> focusAreas, SteeringGroup steeringGroup,
                     Signing signing, List<DemoPledge> pledges, List<AfterSigning> afterSigning) {

    record Parties(String municipality, String policeArea, List<String> partners) {
    }

    record FocusArea(String title, String description, List<Goal> goals, List<Measure> measures) {
    }

    record Goal(String key, GoalType type, String title, String description, Target target) {

        static Goal impact(String key, String title, String description) {
            return new Goal(key, GoalType.IMPACT, title, description, null);
        }

        static Goal output(String key, String title, String description, Target target) {
            return new Goal(key, GoalType.OUTPUT, title, description, target);
        }
    }

    record Target(BigDecimal value, String unit, LocalDate date) {

        static Target of(int value, String unit, LocalDate date) {
            return new Target(BigDecimal.valueOf(value), unit, date);
        }
    }

    record Measure(String title, String description, MeasureType type, List<String> responsible,
                   String contactPerson, String place, LocalDate startDate, LocalDate endDate,
                   MeasureStatus status, List<String> goalKeys) {
    }

    /** A signatory ({@code role} is the title) or a steering-group member ({@code role} is the function). */
    record Person(String name, String role, String organisation) {
    }

    record SteeringGroup(List<Person> members, MeetingRhythm rhythm, String reportRecipients) {
    }

    record Signing(LocalDate signedOn, List<Person> signatories) {
    }

    /** What the parties did with the agreement after signing it and making its pledges. */
    sealed interface AfterSigning permits Ended, Published, NewVersion {
    }

    record Ended(LocalDate on, String reason) implements AfterSigning {
    }

    record Published() implements AfterSigning {
    }

    /** A draft successor, with its own title, period and situation picture. */
    record NewVersion(String title, LocalDate periodStart, LocalDate periodEnd, String situationPicture)
            implements AfterSigning {
    }
}
