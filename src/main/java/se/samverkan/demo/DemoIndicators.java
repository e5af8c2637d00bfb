package se.samverkan.demo;

import static se.samverkan.demo.DemoIndicator.Value.counted;
import static se.samverkan.demo.DemoIndicator.Value.of;
import static se.samverkan.demo.DemoIndicator.Value.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.samverkan.indicator.Direction;
import se.samverkan.indicator.Frequency;
import se.samverkan.indicator.GeographicLevel;
import se.samverkan.indicator.IndicatorSource;

/**
 * The demo agreements' indicators with several years of values. The figures are invented but of a believable size
 * (Tranemo has about 11 800 inhabitants). The newest quarter of Tranemo's safety walks is left empty, so that the
 * overview has a missing value to point at.
 */
final class DemoIndicators {

    static final String TRANEMO_WALKS = "Genomförda trygghetsvandringar i Solgården";

    static final Map<String, List<DemoIndicator>> BY_AGREEMENT = Map.of(
            DemoAgreements.TRANEMO_TITLE, tranemo(),
            DemoAgreements.SOLLENTUNA_TITLE, sollentuna(),
            DemoAgreements.TRELLEBORG_TITLE, trelleborg());

    private DemoIndicators() {
    }

    private static List<DemoIndicator> tranemo() {
        return List.of(
                new DemoIndicator("Andel som känner sig otrygga ute sent på kvällen", "%",
                        IndicatorSource.POLICE_SURVEY, Direction.LOWER_IS_BETTER, GeographicLevel.MUNICIPALITY, null,
                        Frequency.YEAR, "28", "2020", "20", "2026",
                        "Andelen som svarar att de känner sig ganska eller mycket otrygga när de går ut ensamma sent "
                                + "en kväll i sitt bostadsområde, enligt polisens trygghetsmätning.",
                        List.of("Tranemo är en trygg och inkluderande kommun att bo och leva i"),
                        List.of(survey("2021", "27.5", 1200, "47"), survey("2022", "26", 1200, "45.5"),
                                survey("2023", "25.5", 1250, "44"), survey("2024", "23", 1250, "46"),
                                survey("2025", "22", 1300, "43.5"))),
                new DemoIndicator("Anmälda narkotikabrott per 100 000 invånare", "per 100 000 invånare",
                        IndicatorSource.REPORTED_CRIMES, Direction.LOWER_IS_BETTER, GeographicLevel.MUNICIPALITY,
                        null, Frequency.YEAR, "254", "2020", "150", "2026",
                        "Polisanmälda narkotikabrott under året i förhållande till folkmängden. Fler kontroller kan "
                                + "ge fler anmälningar: läs siffran tillsammans med lägesbilden.",
                        List.of("Mindre droghandel och färre stölder på de utpekade platserna"),
                        List.of(counted("2021", 28, 11790), counted("2022", 31, 11800), counted("2023", 24, 11820),
                                counted("2024", 21, 11830), counted("2025", 19, 11840))),
                new DemoIndicator(TRANEMO_WALKS, "vandringar", IndicatorSource.OTHER, Direction.HIGHER_IS_BETTER,
                        GeographicLevel.AREA, "Solgården", Frequency.QUARTER, null, null, "2", "2026-K4",
                        "Vandringar med boende, Tranemobostäder, kommunen och polisen under kvartalet.",
                        List.of("Trygghetsvandringar i Solgården", "Fler boende känner sig trygga i Solgården"),
                        quarterlyWalks()));
    }

    private static List<DemoIndicator.Value> quarterlyWalks() {
        List<DemoIndicator.Value> values = new ArrayList<>();
        String[] counts = {"1", "0", "2", "1", "1", "1", "2", "1", "2", "2"};
        int year = 2024;
        int quarter = 1;
        for (String count : counts) {
            values.add(of(year + "-K" + quarter, count));
            quarter++;
            if (quarter == 5) {
                quarter = 1;
                year++;
            }
        }
        return values;
    }

    private static List<DemoIndicator> sollentuna() {
        List<DemoIndicator.Value> incidents = new ArrayList<>();
        int[] counts = {38, 35, 41, 36, 33, 30, 34, 31, 29, 27, 30, 28, 26, 29, 27, 25, 28, 24, 26, 23, 25, 22};
        for (int i = 0; i < counts.length; i++) {
            int year = 2025 + i / 12;
            int month = i % 12 + 1;
            incidents.add(of(year + "-" + (month < 10 ? "0" : "") + month, String.valueOf(counts[i])));
        }
        return List.of(
                new DemoIndicator("Andel som känner sig otrygga ute sent på kvällen", "%", IndicatorSource.NTU,
                        Direction.LOWER_IS_BETTER, GeographicLevel.MUNICIPALITY, null, Frequency.YEAR, "24", "2022",
                        "20", "2026", "Från Nationella trygghetsundersökningen, redovisat för Sollentuna kommun.",
                        List.of("Färre händelser som skapar otrygghet i offentlig miljö"),
                        List.of(of("2023", "23.5"), of("2024", "24.2"), of("2025", "23.8"))),
                new DemoIndicator("Händelser som skapar otrygghet i Tureberg", "händelser", IndicatorSource.EST_INCIDENTS,
                        Direction.LOWER_IS_BETTER, GeographicLevel.AREA, "Tureberg", Frequency.MONTH, "42", "2024-12",
                        "25", "2026-12", "Skadegörelse, stök och andra händelser i EST-lägesbilden under månaden.",
                        List.of("Färre händelser som skapar otrygghet i offentlig miljö"), incidents));
    }

    private static List<DemoIndicator> trelleborg() {
        return List.of(new DemoIndicator("Andel som känner sig trygga i centrala Trelleborg på kvällen", "%",
                IndicatorSource.OWN_SURVEY, Direction.HIGHER_IS_BETTER, GeographicLevel.AREA, "Centrala Trelleborg",
                Frequency.YEAR, "55", "2018", "65", "2022",
                "Kommunens trygghetsmätning: andelen som känner sig ganska eller mycket trygga i centrum på kvällen.",
                List.of("Fler känner sig trygga i centrala Trelleborg på kvällstid"),
                List.of(of("2019", "56"), of("2020", "59"), of("2021", "61"), of("2022", "64"))));
    }
}
