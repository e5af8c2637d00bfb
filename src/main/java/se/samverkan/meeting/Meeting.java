package se.samverkan.meeting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Set;
import se.samverkan.common.TextInput;

/** A steering-group meeting of an agreement. Dated after today it is a planned meeting; otherwise a held one. */
@Entity
@Table(name = "meeting")
class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long agreementId;
    private LocalDate meetingDate;
    private LocalTime startTime;
    private String place;
    private String agenda;
    private String notes;

    @ElementCollection
    @CollectionTable(name = "meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "member_id")
    private Set<Long> attendeeIds = new LinkedHashSet<>();

    @Version
    private long version;

    protected Meeting() {
    }

    Meeting(long agreementId, MeetingCommand command) {
        this.agreementId = agreementId;
        change(command);
    }

    void change(MeetingCommand command) {
        this.meetingDate = command.date();
        this.startTime = command.time();
        this.place = TextInput.strippedOrNull(command.place());
        this.agenda = TextInput.strippedOrNull(command.agenda());
        this.notes = TextInput.strippedOrNull(command.notes());
        this.attendeeIds = new LinkedHashSet<>(command.attendeeIds());
    }

    boolean plannedOn(LocalDate today) {
        return meetingDate.isAfter(today);
    }

    /** Decisions and action items come out of a meeting that has taken place. */
    void requireHeld(LocalDate today) {
        if (plannedOn(today)) {
            throw new MeetingStateException("meeting.state.planned");
        }
    }

    MeetingSummary toSummary(LocalDate today, long decisions, long actionItems, long openActionItems) {
        return new MeetingSummary(id, agreementId, meetingDate, startTime, place, plannedOn(today), decisions,
                actionItems, openActionItems);
    }


    Long getId() {
        return id;
    }

    long getAgreementId() {
        return agreementId;
    }

    LocalDate getMeetingDate() {
        return meetingDate;
    }

    LocalTime getStartTime() {
        return startTime;
    }

    String getPlace() {
        return place;
    }

    String getAgenda() {
        return agenda;
    }

    String getNotes() {
        return notes;
    }

    Set<Long> getAttendeeIds() {
        return attendeeIds;
    }

    long getVersion() {
        return version;
    }
}
