package se.samverkan.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * Something a meeting gave someone to do by a date: a steering-group member or one of the parties. Done once, on
 * the day it is marked done.
 */
@Entity
@Table(name = "meeting_action_item")
class ActionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long meetingId;
    private long agreementId;
    private String description;
    private Long ownerMemberId;
    private Long ownerOrganisationId;
    private String ownerName;
    private LocalDate dueDate;
    private LocalDate doneOn;

    @Version
    private long version;

    protected ActionItem() {
    }

    ActionItem(Meeting meeting, String description, ActionOwner owner, String ownerName, LocalDate dueDate) {
        this.meetingId = meeting.getId();
        this.agreementId = meeting.getAgreementId();
        this.description = description.strip();
        if (owner.kind() == ActionOwner.Kind.MEMBER) {
            this.ownerMemberId = owner.id();
        } else {
            this.ownerOrganisationId = owner.id();
        }
        this.ownerName = ownerName;
        this.dueDate = dueDate;
    }

    void markDone(LocalDate on) {
        if (doneOn != null) {
            throw new MeetingStateException("actionItem.state.done");
        }
        doneOn = on;
    }

    ActionItemView toView() {
        return new ActionItemView(id, meetingId, description, ownerName, dueDate, doneOn, version);
    }

    Long getId() {
        return id;
    }

    long getMeetingId() {
        return meetingId;
    }

    long getAgreementId() {
        return agreementId;
    }

    long getVersion() {
        return version;
    }
}
