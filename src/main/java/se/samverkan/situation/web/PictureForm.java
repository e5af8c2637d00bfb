package se.samverkan.situation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import se.samverkan.common.NoPersonalIdentityNumber;
import se.samverkan.common.PlausibleDate;
import se.samverkan.situation.Period;
import se.samverkan.situation.PeriodType;
import se.samverkan.situation.PictureCommand;
import se.samverkan.situation.PictureDocument;

/** A picture's period (its type and any day in it), the compiling parties and the summary. */
public class PictureForm {

    @NotNull
    private PeriodType pictureType;

    @NotNull
    @PlausibleDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate pictureDate;

    @NotEmpty
    private Set<Long> compilerIds = new LinkedHashSet<>();

    @NotBlank
    @Size(max = 10000)
    @NoPersonalIdentityNumber
    private String pictureSummary;

    private long version;

    static PictureForm of(PictureDocument picture) {
        PictureForm form = new PictureForm();
        form.pictureType = picture.period().type();
        form.pictureDate = picture.period().firstDay();
        picture.compilers().forEach(compiler -> form.compilerIds.add(compiler.id()));
        form.pictureSummary = picture.summary();
        form.version = picture.version();
        return form;
    }

    PictureCommand toCommand() {
        return new PictureCommand(Period.containing(pictureType, pictureDate), Set.copyOf(compilerIds),
                pictureSummary, version);
    }

    public PeriodType getPictureType() {
        return pictureType;
    }

    public void setPictureType(PeriodType pictureType) {
        this.pictureType = pictureType;
    }

    public LocalDate getPictureDate() {
        return pictureDate;
    }

    public void setPictureDate(LocalDate pictureDate) {
        this.pictureDate = pictureDate;
    }

    public Set<Long> getCompilerIds() {
        return compilerIds;
    }

    public void setCompilerIds(Set<Long> compilerIds) {
        this.compilerIds = compilerIds == null ? new LinkedHashSet<>() : compilerIds;
    }

    public String getPictureSummary() {
        return pictureSummary;
    }

    public void setPictureSummary(String pictureSummary) {
        this.pictureSummary = pictureSummary;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
