package se.samverkan.pledge.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import se.samverkan.agreement.OrganisationRef;
import se.samverkan.common.PlausibleDate;
import se.samverkan.pledge.PledgeCommand;
import se.samverkan.pledge.PledgeDocument;

/** A pledge's own fields: title, place or problem, partners, period and the three text sections. */
public class PledgeForm {

    static final int TEXT_LENGTH = 20000;

    @NotBlank
    @Size(max = 200)
    private String title;

    @NotBlank
    @Size(max = 200)
    private String target;

    private Set<Long> partnerIds = new LinkedHashSet<>();

    @NotNull
    @PlausibleDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodStart;

    @NotNull
    @PlausibleDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodEnd;

    @Size(max = TEXT_LENGTH)
    private String situation;

    @Size(max = TEXT_LENGTH)
    private String achievement;

    @Size(max = TEXT_LENGTH)
    private String followUp;

    private long version;

    static PledgeForm of(PledgeDocument pledge) {
        PledgeForm form = new PledgeForm();
        form.title = pledge.title();
        form.target = pledge.target();
        form.partnerIds = pledge.partners().stream().map(OrganisationRef::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        form.periodStart = pledge.periodStart();
        form.periodEnd = pledge.periodEnd();
        form.situation = pledge.situation();
        form.achievement = pledge.achievement();
        form.followUp = pledge.followUp();
        form.version = pledge.version();
        return form;
    }

    PledgeCommand toCommand() {
        Set<Long> partners = partnerIds == null ? Set.of()
                : partnerIds.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        return new PledgeCommand(title, target, partners, periodStart, periodEnd, situation, achievement, followUp,
                version);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public Set<Long> getPartnerIds() {
        return partnerIds;
    }

    public void setPartnerIds(Set<Long> partnerIds) {
        this.partnerIds = partnerIds;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public String getSituation() {
        return situation;
    }

    public void setSituation(String situation) {
        this.situation = situation;
    }

    public String getAchievement() {
        return achievement;
    }

    public void setAchievement(String achievement) {
        this.achievement = achievement;
    }

    public String getFollowUp() {
        return followUp;
    }

    public void setFollowUp(String followUp) {
        this.followUp = followUp;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
