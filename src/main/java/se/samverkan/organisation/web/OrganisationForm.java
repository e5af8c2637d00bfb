package se.samverkan.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.samverkan.common.Slugs;
import se.samverkan.organisation.OrganisationCommand;
import se.samverkan.organisation.OrganisationKind;
import se.samverkan.organisation.OrganisationView;

/** What the organisation form posts. An empty slug is made from the name. */
class OrganisationForm {

    @NotNull
    private OrganisationKind kind;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 100)
    @Pattern(regexp = "^$|" + Slugs.PATTERN)
    private String slug;

    private long version;

    static OrganisationForm of(OrganisationView organisation) {
        OrganisationForm form = new OrganisationForm();
        form.kind = organisation.kind();
        form.name = organisation.name();
        form.slug = organisation.slug();
        form.version = organisation.version();
        return form;
    }

    OrganisationCommand toCommand() {
        String effectiveSlug = slug == null || slug.isBlank() ? Slugs.from(name) : slug;
        return new OrganisationCommand(kind, name, effectiveSlug, version);
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
