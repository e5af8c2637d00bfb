package se.samverkan.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import se.samverkan.common.Slugs;

@Entity
@Table(name = "organisation")
class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationKind kind;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String slug;

    @Version
    private long version;

    protected Organisation() {
    }

    Organisation(OrganisationKind kind, String name, String slug) {
        change(kind, name, slug);
    }

    void change(OrganisationKind kind, String name, String slug) {
        if (!slug.matches(Slugs.PATTERN)) {
            throw new IllegalArgumentException("Invalid slug: " + slug);
        }
        this.kind = Objects.requireNonNull(kind);
        this.name = name.strip();
        this.slug = slug;
    }

    OrganisationView toView() {
        return new OrganisationView(id, kind, name, slug, version);
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }
}
