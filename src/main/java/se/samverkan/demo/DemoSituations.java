package se.samverkan.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.samverkan.situation.HotspotCategory;

/**
 * Tranemo's monthly situational pictures for the last twelve months, compiled by the municipality and the police area.
 * The places (the Solgården area, the centre, Limmared) and the kinds of problems follow the seed pages; the figures
 * and texts are made up for the demo. Counts are given oldest month first; a zero means the place was not picked that
 * month.
 */
final class DemoSituations {

    static final int MONTHS = 12;
    static final String COORDINATOR = "samordnare@tranemo.example";
    static final String MUNICIPALITY = "tranemo";
    static final List<String> COMPILERS = List.of("tranemo", "lpo-tranemo");
    /** The focus areas of this agreement, and this pledge, are based on the newest pictures. */
    static final String AGREEMENT_TITLE = DemoAgreements.TRANEMO_TITLE;
    static final List<String> CITING_FOCUS_AREAS = List.of("Trygghet i Solgårdsområdet", "Narkotika och stölder");
    static final String CITING_PLEDGE = DemoPledges.TRANEMO_2026_TITLE;
    /** How many of the newest pictures each focus area and the pledge cite. */
    static final int CITED_PICTURES = 3;

    record Place(String name, HotspotCategory category, BigDecimal latitude, BigDecimal longitude, String actions,
                 int[] counts) {
    }

    static final List<Place> PLACES = List.of(
            new Place("Solgårdsområdet", HotspotCategory.DRUGS, degrees("57.48830"), degrees("13.34190"),
                    "Narkotikasök med hund i trapphus och förråd tillsammans med Tranemobostäder, och polisen "
                            + "återkommer korta stunder flera kvällar i veckan.",
                    new int[] {14, 13, 15, 12, 11, 11, 9, 10, 8, 7, 7, 6}),
            new Place("Solgårdsområdet", HotspotCategory.UNSAFE_PLACE, degrees("57.48790"), degrees("13.34320"),
                    "Trygghetsvandring med boende; trasig belysning på gångvägen mot centrum lagas och buskage "
                            + "klipps ner.",
                    new int[] {9, 8, 8, 7, 7, 6, 6, 5, 6, 5, 4, 4}),
            new Place("Tranemo centrum", HotspotCategory.YOUTH_DISORDER, degrees("57.48510"), degrees("13.35020"),
                    "Fältare och vuxna på stan fredag och lördag kväll; kommunpolisen besöker skolorna.",
                    new int[] {6, 7, 5, 8, 10, 12, 15, 14, 9, 7, 6, 5}),
            new Place("Busstationen", HotspotCategory.VANDALISM, degrees("57.48420"), degrees("13.35310"),
                    "Kommunen sätter upp bättre belysning och tar bort klotter inom ett dygn.",
                    new int[] {4, 5, 3, 6, 4, 3, 2, 0, 0, 2, 3, 2}),
            new Place("Limmareds centrum", HotspotCategory.GATHERING_PLACE, degrees("57.53470"), degrees("13.35340"),
                    "Fritidsgården håller öppet längre på fredagar; polisen är på plats när många samlas.",
                    new int[] {0, 0, 0, 0, 0, 0, 3, 4, 5, 4, 3, 2}));

    private static final String[] SUMMARIES = {
        "Droghandeln i Solgårdsområdet är fortfarande det som oroar flest boende. Polisanmälningarna ligger kvar på "
                + "en hög nivå och boende berättar om otrygga gångvägar när det är mörkt.",
        "Boende i Solgården märker att polisen syns oftare. Antalet händelser med narkotika har minskat något, men "
                + "det är för tidigt att säga om det håller i sig.",
        "Oron för stök bland unga i centrum har ökat när kvällarna blivit ljusare. Skadegörelse vid busstationen "
                + "återkommer, framför allt på helgerna.",
        "Ungdomar samlas i centrum och i Limmared på fredagskvällarna. Vuxna på stan och fältarna har fått bra "
                + "kontakt med många av dem.",
        "Händelserna i Solgårdsområdet fortsätter att minska. Trygghetsvandringen visade att den nya belysningen "
                + "gör skillnad, men några gångvägar behöver ses över.",
    };

    private DemoSituations() {
    }

    /** The summary of the picture {@code monthIndex} months after the oldest one. */
    static String summary(int monthIndex) {
        return SUMMARIES[monthIndex % SUMMARIES.length];
    }

    static List<Place> placesOf(int monthIndex) {
        List<Place> places = new ArrayList<>();
        PLACES.stream().filter(place -> place.counts()[monthIndex] > 0).forEach(places::add);
        return places;
    }

    private static BigDecimal degrees(String value) {
        return new BigDecimal(value);
    }
}
