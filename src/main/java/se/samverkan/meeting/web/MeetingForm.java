package se.samverkan.meeting.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import se.samverkan.agreement.SteeringGroupMemberView;
import se.samverkan.common.PlausibleDate;
import se.samverkan.meeting.MeetingCommand;
import se.samverkan.meeting.MeetingDocument;
import se.samverkan.common.NoPersonalIdentityNumber;

/** A meeting: when and where, who attended, the agenda and the notes. */
public class MeetingForm {

    @NotNull
    @PlausibleDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate meetingDate;

    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime meetingTime;

    @Size(max = 200)
    @NoPersonalIdentityNumber
    private String meetingPlace;

    private Set<Long> attendeeIds = new LinkedHashSet<>();

    @Size(max = 10000)
    @NoPersonalIdentityNumber
    private String agenda;

    @Size(max = 20000)
    @NoPersonalIdentityNumber
    private String meetingNotes;

    private long version;

    static MeetingForm of(MeetingDocument meeting) {
        MeetingForm form = new MeetingForm();
        form.meetingDate = meeting.date();
        form.meetingTime = meeting.time();
        form.meetingPlace = meeting.place();
        form.attendeeIds = meeting.attendees().stream().map(SteeringGroupMemberView::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        form.agenda = meeting.agenda();
        form.meetingNotes = meeting.notes();
        form.version = meeting.version();
        return form;
    }

    MeetingCommand toCommand() {
        // A hand-made request can bind empty checkbox values as nulls; they mean nothing.
        Set<Long> attendees = attendeeIds == null ? Set.of()
                : attendeeIds.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        return new MeetingCommand(meetingDate, meetingTime, meetingPlace, attendees, agenda, meetingNotes, version);
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(LocalDate meetingDate) {
        this.meetingDate = meetingDate;
    }

    public LocalTime getMeetingTime() {
        return meetingTime;
    }

    public void setMeetingTime(LocalTime meetingTime) {
        this.meetingTime = meetingTime;
    }

    public String getMeetingPlace() {
        return meetingPlace;
    }

    public void setMeetingPlace(String meetingPlace) {
        this.meetingPlace = meetingPlace;
    }

    public Set<Long> getAttendeeIds() {
        return attendeeIds;
    }

    public void setAttendeeIds(Set<Long> attendeeIds) {
        this.attendeeIds = attendeeIds;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public String getMeetingNotes() {
        return meetingNotes;
    }

    public void setMeetingNotes(String meetingNotes) {
        this.meetingNotes = meetingNotes;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
