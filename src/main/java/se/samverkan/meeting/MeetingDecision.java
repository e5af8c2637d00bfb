package se.samverkan.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A decision taken at a meeting; it may concern one focus area, goal or measure of the meeting's agreement. */
@Entity
@Table(name = "meeting_decision")
class MeetingDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long meetingId;
    private long agreementId;
    private String text;
    private Long focusAreaId;
    private Long goalId;
    private Long measureId;

    protected MeetingDecision() {
    }

    MeetingDecision(Meeting meeting, String text, DecisionSubject subject) {
        this.meetingId = meeting.getId();
        this.agreementId = meeting.getAgreementId();
        this.text = text.strip();
        if (subject != null) {
            switch (subject.kind()) {
                case FOCUS_AREA -> focusAreaId = subject.id();
                case GOAL -> goalId = subject.id();
                case MEASURE -> measureId = subject.id();
            }
        }
    }

    /** What the decision concerns, or null. A part removed from the agreement since leaves none. */
    DecisionSubject subject() {
        if (focusAreaId != null) {
            return new DecisionSubject(DecisionSubject.Kind.FOCUS_AREA, focusAreaId);
        }
        if (goalId != null) {
            return new DecisionSubject(DecisionSubject.Kind.GOAL, goalId);
        }
        return measureId == null ? null : new DecisionSubject(DecisionSubject.Kind.MEASURE, measureId);
    }

    Long getId() {
        return id;
    }

    long getMeetingId() {
        return meetingId;
    }

    String getText() {
        return text;
    }
}
