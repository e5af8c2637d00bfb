package se.samverkan.situation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A focus area or a pledge that is based on a picture. Exactly one of the two ids is set. */
@Entity
@Table(name = "situation_citation")
class Citation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long pictureId;
    private Long focusAreaId;
    private Long pledgeId;

    protected Citation() {
    }

    private Citation(long pictureId, Long focusAreaId, Long pledgeId) {
        this.pictureId = pictureId;
        this.focusAreaId = focusAreaId;
        this.pledgeId = pledgeId;
    }

    static Citation ofFocusArea(long pictureId, long focusAreaId) {
        return new Citation(pictureId, focusAreaId, null);
    }

    static Citation ofPledge(long pictureId, long pledgeId) {
        return new Citation(pictureId, null, pledgeId);
    }

    Long getId() {
        return id;
    }

    long getPictureId() {
        return pictureId;
    }

    Long getFocusAreaId() {
        return focusAreaId;
    }

    Long getPledgeId() {
        return pledgeId;
    }
}
