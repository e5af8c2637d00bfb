package se.samverkan.organisation;

public enum OrganisationKind {
    MUNICIPALITY,
    POLICE_AREA,
    PARTNER
}
