package se.samverkan.agreement.web;

import jakarta.validation.constraints.Size;
import se.samverkan.agreement.AgreementView;
import se.samverkan.agreement.MeetingRhythm;

/** The steering group's meeting rhythm and to whom the annual report goes. */
public class SteeringGroupForm {

    private MeetingRhythm meetingRhythm;

    @Size(max = 1000)
    private String reportRecipients;

    private long version;

    static SteeringGroupForm of(AgreementView agreement) {
        SteeringGroupForm form = new SteeringGroupForm();
        form.meetingRhythm = agreement.meetingRhythm();
        form.reportRecipients = agreement.reportRecipients();
        form.version = agreement.version();
        return form;
    }

    public MeetingRhythm getMeetingRhythm() {
        return meetingRhythm;
    }

    public void setMeetingRhythm(MeetingRhythm meetingRhythm) {
        this.meetingRhythm = meetingRhythm;
    }

    public String getReportRecipients() {
        return reportRecipients;
    }

    public void setReportRecipients(String reportRecipients) {
        this.reportRecipients = reportRecipients;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
