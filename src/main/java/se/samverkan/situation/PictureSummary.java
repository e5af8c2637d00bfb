package se.samverkan.situation;

import java.util.List;
import se.samverkan.agreement.OrganisationRef;

/** One line of the list of pictures. */
public record PictureSummary(long id, OrganisationRef municipality, Period period, List<String> compilers,
                             int hotspotCount, int incidentCount) {
}
