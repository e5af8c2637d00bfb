package se.samverkan.situation;

import java.util.List;
import se.samverkan.agreement.OrganisationRef;

/**
 * A whole picture as its page shows it. {@code previousId}/{@code nextId} are the pictures of the periods before
 * and after, when they exist and the user may read them; {@code comparable} says whether the previous period has a
 * picture the user may read (without one, hotspots have no trend).
 */
public record PictureDocument(long id, OrganisationRef municipality, Period period, List<OrganisationRef> compilers,
                              String summary, Long previousId, Long nextId, boolean comparable,
                              List<HotspotView> hotspots, List<CitationView> citations, long version,
                              boolean editable) {

    public int incidentCount() {
        return hotspots.stream().mapToInt(HotspotView::incidentCount).sum();
    }
}
