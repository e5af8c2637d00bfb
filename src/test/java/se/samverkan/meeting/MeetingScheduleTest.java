package se.samverkan.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import se.samverkan.agreement.MeetingRhythm;

/** When a steering-group meeting is overdue, on a fixed day: 2026-11-30 in Sweden. */
class MeetingScheduleTest {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private final Clock clock = Clock.fixed(ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, SWEDEN).toInstant(), SWEDEN);
    private final LocalDate today = LocalDate.now(clock);
    private final LocalDate start = LocalDate.of(2026, 1, 1);

    @Test
    void aMonthlyGroupIsOverdueOnceAMonthAndADayHavePassedSinceTheLastMeeting() {
        assertThat(MeetingSchedule.overdue(MeetingRhythm.MONTHLY, LocalDate.of(2026, 10, 30), start, today))
                .as("due today, not yet overdue").isFalse();
        assertThat(MeetingSchedule.overdue(MeetingRhythm.MONTHLY, LocalDate.of(2026, 10, 29), start, today))
                .isTrue();
        assertThat(MeetingSchedule.nextDue(MeetingRhythm.MONTHLY, LocalDate.of(2026, 10, 29), start))
                .isEqualTo(LocalDate.of(2026, 11, 29));
    }

    @Test
    void everyRhythmHasItsOwnInterval() {
        LocalDate last = LocalDate.of(2026, 6, 1);
        assertThat(MeetingSchedule.nextDue(MeetingRhythm.WEEKLY, last, start)).isEqualTo("2026-06-08");
        assertThat(MeetingSchedule.nextDue(MeetingRhythm.BIWEEKLY, last, start)).isEqualTo("2026-06-15");
        assertThat(MeetingSchedule.nextDue(MeetingRhythm.MONTHLY, last, start)).isEqualTo("2026-07-01");
        assertThat(MeetingSchedule.nextDue(MeetingRhythm.QUARTERLY, last, start)).isEqualTo("2026-09-01");
        assertThat(MeetingSchedule.nextDue(MeetingRhythm.BIANNUALLY, last, start)).isEqualTo("2026-12-01");
        assertThat(MeetingSchedule.overdue(MeetingRhythm.BIANNUALLY, last, start, today)).isFalse();
        assertThat(MeetingSchedule.overdue(MeetingRhythm.QUARTERLY, last, start, today)).isTrue();
    }

    @Test
    void withoutAnyMeetingTheRhythmCountsFromTheAgreementsStart() {
        assertThat(MeetingSchedule.overdue(MeetingRhythm.QUARTERLY, null, LocalDate.of(2026, 9, 1), today))
                .isFalse();
        assertThat(MeetingSchedule.overdue(MeetingRhythm.QUARTERLY, null, LocalDate.of(2026, 8, 29), today))
                .isTrue();
    }

    @Test
    void withoutARhythmNothingIsOverdue() {
        assertThat(MeetingSchedule.overdue(null, LocalDate.of(2020, 1, 1), start, today)).isFalse();
        assertThat(MeetingSchedule.nextDue(null, null, start)).isNull();
    }
}
