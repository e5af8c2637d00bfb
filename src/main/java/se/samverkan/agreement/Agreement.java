package se.samverkan.agreement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Formula;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import se.samverkan.common.FieldRejectedException;
import se.samverkan.common.TextInput;

@Entity
@Table(name = "agreement")
class Agreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;
    private long municipalityId;
    private long policeAreaId;

    @ElementCollection
    @CollectionTable(name = "agreement_partner", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "organisation_id")
    private Set<Long> partnerIds = new LinkedHashSet<>();

    private LocalDate periodStart;
    private LocalDate periodEnd;
    private String registrationNumber;
    private String purpose;
    private String situationPicture;

    @Enumerated(EnumType.STRING)
    private AgreementStatus status = AgreementStatus.DRAFT;

    private LocalDate endedOn;
    private String endedReason;

    @Column(name = "public_summary")
    private boolean publicSummary;

    private Long predecessorId;

    /** The new version that replaced this one, read with the agreement (no query of its own); never written. */
    @Formula("(select s.id from agreement s where s.predecessor_id = id)")
    private Long successorId;

    @Enumerated(EnumType.STRING)
    private MeetingRhythm meetingRhythm;

    private String reportRecipients;

    @Version
    private long version;

    protected Agreement() {
    }

    Agreement(AgreementCommand command) {
        change(command);
    }

    void change(AgreementCommand command) {
        requireEditable();
        if (command.periodEnd().isBefore(command.periodStart())) {
            throw new IllegalArgumentException("Period ends before it starts");
        }
        this.title = command.title().strip();
        this.municipalityId = command.municipalityId();
        this.policeAreaId = command.policeAreaId();
        this.partnerIds = new LinkedHashSet<>(command.partnerIds());
        this.partnerIds.remove(municipalityId);
        this.partnerIds.remove(policeAreaId);
        this.periodStart = command.periodStart();
        this.periodEnd = command.periodEnd();
        this.registrationNumber = TextInput.strippedOrNull(command.registrationNumber());
        this.purpose = TextInput.strippedOrNull(command.purpose());
        this.situationPicture = TextInput.strippedOrNull(command.situationPicture());
    }

    /** Whether the command names the same municipality, police area and partners as this agreement has. */
    boolean hasParties(AgreementCommand command) {
        Set<Long> partners = new LinkedHashSet<>(command.partnerIds());
        partners.remove(command.municipalityId());
        partners.remove(command.policeAreaId());
        return municipalityId == command.municipalityId() && policeAreaId == command.policeAreaId()
                && partnerIds.equals(partners);
    }

    void changeSteeringGroup(MeetingRhythm meetingRhythm, String reportRecipients) {
        requireEditable();
        this.meetingRhythm = meetingRhythm;
        this.reportRecipients = TextInput.strippedOrNull(reportRecipients);
    }

    /** All parties: the municipality, the police area and the partners. */
    Set<Long> partyIds() {
        Set<Long> parties = new LinkedHashSet<>();
        parties.add(municipalityId);
        parties.add(policeAreaId);
        parties.addAll(partnerIds);
        return parties;
    }

    void activate() {
        if (status != AgreementStatus.DRAFT) {
            throw new AgreementStateException("agreement.state.notDraft");
        }
        status = AgreementStatus.ACTIVE;
    }

    void end(LocalDate on, String reason) {
        if (status != AgreementStatus.ACTIVE) {
            throw new AgreementStateException("agreement.state.notActive");
        }
        if (on.isBefore(periodStart)) {
            throw new FieldRejectedException("endedOn", "agreement.endedOn.beforeStart");
        }
        status = AgreementStatus.ENDED;
        endedOn = on;
        endedReason = reason.strip();
    }

    /** A newer version was signed. One that already ended (its period ran out meanwhile) stays ended. */
    void replace() {
        if (status == AgreementStatus.ACTIVE) {
            status = AgreementStatus.REPLACED;
        }
    }

    void makePublic(boolean value) {
        if (value && status == AgreementStatus.DRAFT) {
            throw new AgreementStateException("agreement.state.draftNotPublic");
        }
        publicSummary = value;
    }

    void requireEditable() {
        if (status != null && !status.editable()) {
            throw new AgreementStateException("agreement.state.locked");
        }
    }

    /**
     * Follow-up (measure status updates, steering-group meetings) records what happens while the agreement is in
     * force; a draft has nothing to follow up yet and an ended or replaced one is closed.
     */
    void requireFollowUp() {
        if (status != AgreementStatus.ACTIVE) {
            throw new AgreementStateException("agreement.state.followUpNeedsActive");
        }
    }

    /** A draft copy that will replace this agreement when signed. */
    Agreement newVersion() {
        if (status != AgreementStatus.ACTIVE) {
            throw new AgreementStateException("agreement.state.newVersionNeedsActive");
        }
        Agreement copy = new Agreement();
        copy.title = title;
        copy.municipalityId = municipalityId;
        copy.policeAreaId = policeAreaId;
        copy.partnerIds = new LinkedHashSet<>(partnerIds);
        copy.periodStart = periodStart;
        copy.periodEnd = periodEnd;
        copy.registrationNumber = registrationNumber;
        copy.purpose = purpose;
        copy.situationPicture = situationPicture;
        copy.meetingRhythm = meetingRhythm;
        copy.reportRecipients = reportRecipients;
        copy.predecessorId = id;
        return copy;
    }

    /** The fields the history compares, as the user reads them (organisation names come from {@code names}). */
    Map<String, String> auditFields(Map<Long, String> names) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("municipality", names.get(municipalityId));
        fields.put("policeArea", names.get(policeAreaId));
        fields.put("partners", Texts.names(partnerIds, names));
        fields.put("period", periodStart + " – " + periodEnd);
        fields.put("registrationNumber", registrationNumber);
        fields.put("purpose", purpose);
        fields.put("situationPicture", situationPicture);
        fields.put("status", status.name());
        fields.put("endedOn", endedOn == null ? null : endedOn.toString());
        fields.put("endedReason", endedReason);
        fields.put("publicSummary", String.valueOf(publicSummary));
        fields.put("meetingRhythm", meetingRhythm == null ? null : meetingRhythm.name());
        fields.put("reportRecipients", reportRecipients);
        return fields;
    }

    AgreementSummary toSummary(Map<Long, String> names) {
        return new AgreementSummary(id, title, municipalityId, names.get(municipalityId), policeAreaId,
                names.get(policeAreaId), periodStart, periodEnd, status, publicSummary);
    }

    Long getId() {
        return id;
    }

    String getTitle() {
        return title;
    }

    long getMunicipalityId() {
        return municipalityId;
    }

    long getPoliceAreaId() {
        return policeAreaId;
    }

    Set<Long> getPartnerIds() {
        return partnerIds;
    }

    LocalDate getPeriodStart() {
        return periodStart;
    }

    LocalDate getPeriodEnd() {
        return periodEnd;
    }

    String getRegistrationNumber() {
        return registrationNumber;
    }

    String getPurpose() {
        return purpose;
    }

    String getSituationPicture() {
        return situationPicture;
    }

    AgreementStatus getStatus() {
        return status;
    }

    LocalDate getEndedOn() {
        return endedOn;
    }

    String getEndedReason() {
        return endedReason;
    }

    boolean isPublicSummary() {
        return publicSummary;
    }

    Long getSuccessorId() {
        return successorId;
    }

    Long getPredecessorId() {
        return predecessorId;
    }

    MeetingRhythm getMeetingRhythm() {
        return meetingRhythm;
    }

    String getReportRecipients() {
        return reportRecipients;
    }

    long getVersion() {
        return version;
    }
}
