package se.samverkan.situation;

/** What kind of problem a hotspot is about; the categories the EST groups use. */
public enum HotspotCategory {
    VANDALISM, UNSAFE_PLACE, GATHERING_PLACE, DRUGS, YOUTH_DISORDER, TRAFFIC, DOMESTIC_VIOLENCE, OTHER
}
