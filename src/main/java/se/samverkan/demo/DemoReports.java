package se.samverkan.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samverkan.demo.DemoReport.AreaTexts;
import se.samverkan.demo.DemoReport.Comment;
import se.samverkan.demo.DemoReport.Presentation;
import se.samverkan.report.Recipient;

/**
 * The demo annual reports: Trelleborg's for 2021 and 2022, approved by both parties and presented (2022 published
 * on Trelleborg's public page); Sollentuna's for 2025 in review with comments; Tranemo's for 2025 still a draft. The texts are written for the demo.
 */
final class DemoReports {

    static final String TRELLEBORG_MEMBER = "styrgrupp@trelleborg.example";
    static final String TRELLEBORG_POLICE_MEMBER = "styrgrupp.polis@trelleborg.example";
    static final String SOLLENTUNA_MEMBER = "styrgrupp@sollentuna.example";
    static final String SOLLENTUNA_POLICE_MEMBER = "styrgrupp.polis@sollentuna.example";
    static final String SOLLENTUNAHEM_MEMBER = "styrgrupp@sollentunahem.example";

    private static final String TRELLEBORG_YOUTH = "Ungdomars alkohol- och drogkonsumtion samt relaterad brottslighet";
    private static final String TRELLEBORG_PUBLIC = "Trygghet i offentlig miljö inklusive trafikmiljön";
    private static final String TRELLEBORG_HARBOUR = "Trelleborgs hamn – brottsförebyggande arbete";

    static final List<DemoReport> ALL = List.of(trelleborg2021(), trelleborg2022(), sollentuna2025(),
            tranemo2025());

    private DemoReports() {
    }

    private static DemoReport trelleborg2021() {
        return new DemoReport("trelleborg", DemoAgreements.TRELLEBORG_TITLE, "samordnare@trelleborg.example", 2021,
                "Pandemin präglade året. Många insatser i skolorna fick ställas om, men hundsöken och "
                        + "föräldramötena kunde fortsätta i mindre form. Trygghetsmätningen blev klar under hösten "
                        + "och visar att de flesta känner sig trygga i sitt bostadsområde men mindre trygga i "
                        + "centrum på kvällen.\n\nParterna har träffats varje månad och lägesbilden har blivit "
                        + "mer gemensam under året.",
                areas(TRELLEBORG_YOUTH, new AreaTexts(
                                "Färre föräldramöten än planerat kunde hållas på plats, men de digitala mötena nådde "
                                        + "fler föräldrar än väntat. Polisen har prioriterat narkotikabrott där unga "
                                        + "finns med, och antalet ingripanden har ökat.",
                                "Återgå till föräldramöten på plats på alla högstadieskolor och följa upp "
                                        + "drogvaneundersökningen."),
                        TRELLEBORG_PUBLIC, new AreaTexts(
                                "Trygghetsvandringarna i centrum pekade ut mörka passager. Kommunen har bytt "
                                        + "belysning på två av dem.",
                                "Fler trygghetsvandringar i stadsdelarna utanför centrum."),
                        TRELLEBORG_HARBOUR, new AreaTexts(
                                "Samarbetet med hamnen och tullen har kommit igång. Det är för tidigt att se "
                                        + "effekter på stölderna av gods.",
                                "En gemensam rutin för att rapportera misstänkta stölder i hamnområdet.")),
                true, List.of(), List.of(TRELLEBORG_MEMBER, TRELLEBORG_POLICE_MEMBER),
                List.of(new Presentation(Recipient.MUNICIPAL_BOARD, LocalDate.of(2022, 3, 9), "KS 2022/88"),
                        new Presentation(Recipient.POLICE_CHIEF, LocalDate.of(2022, 3, 16), null)), false);
    }

    private static DemoReport trelleborg2022() {
        return new DemoReport("trelleborg", DemoAgreements.TRELLEBORG_TITLE, "samordnare@trelleborg.example", 2022,
                "Sista året av överenskommelsen. De flesta åtgärderna är genomförda. Parterna är överens om "
                        + "att arbetet med unga och droger ska fortsätta i nästa överenskommelse, och att hamnen "
                        + "behöver ett eget spår med fler parter.",
                areas(TRELLEBORG_YOUTH, new AreaTexts(
                                "Föräldramötena hölls på alla skolor. Drogvaneundersökningen visar en liten "
                                        + "minskning av andelen unga som provat narkotika.",
                                "Ta med arbetet i nästa överenskommelse och lägga till insatser för unga vuxna."),
                        TRELLEBORG_PUBLIC, new AreaTexts(
                                "Den nya belysningen och trygghetsvandringarna har gett färre klagomål om otrygga "
                                        + "platser i centrum.",
                                "Följa upp trygghetsmätningen 2023."),
                        TRELLEBORG_HARBOUR, new AreaTexts(
                                "Rutinen för rapportering används av alla aktörer i hamnen. Stölderna av gods har "
                                        + "minskat något.",
                                "Bjuda in fler aktörer i hamnen till samverkan.")),
                true, List.of(), List.of(TRELLEBORG_POLICE_MEMBER, TRELLEBORG_MEMBER),
                List.of(new Presentation(Recipient.MUNICIPAL_BOARD, LocalDate.of(2023, 3, 8), "KS 2023/71")), true);
    }

    private static DemoReport sollentuna2025() {
        String closeRelations = "Brott i nära relation";
        String recruitment = "Minska rekryteringen till kriminella strukturer";
        return new DemoReport("sollentuna", DemoAgreements.SOLLENTUNA_TITLE, "samordnare@sollentuna.example", 2025,
                "Under året har parterna arbetat vidare enligt EST-metoden med en gemensam lägesbild varje "
                        + "vecka. Insatserna mot rekrytering av unga har fått mer tid, och utbildningen om våld i "
                        + "nära relationer har nått alla enheter i socialtjänsten.",
                areas(closeRelations, new AreaTexts(
                                "Fler anmälningar om våld i nära relation tolkas som att fler vågar berätta. "
                                        + "Utbildningen av personal har gjort det lättare att ställa frågan.",
                                "Nå ut till föreningslivet med samma utbildning."),
                        recruitment, new AreaTexts(
                                "Samtalen med unga som är på väg in i kriminalitet har blivit fler. Det är svårt "
                                        + "att mäta effekten på kort sikt.",
                                "Fler avhopparsamtal och ett tätare samarbete med skolorna.")),
                true, List.of(
                        new Comment(SOLLENTUNA_POLICE_MEMBER, recruitment,
                                "Skriv gärna hur många samtal som hölls, så att det går att jämföra med nästa år.",
                                "Vi lägger till antalet när socialtjänsten har räknat färdigt."),
                        new Comment(SOLLENTUNA_MEMBER, null,
                                "Sammanfattningen kan nämna Sollentunahems trygghetsmätning som fick skjutas upp.",
                                null)),
                List.of(SOLLENTUNA_POLICE_MEMBER), List.of(), false);
    }

    private static DemoReport tranemo2025() {
        return new DemoReport("tranemo", DemoAgreements.TRANEMO_TITLE, "samordnare@tranemo.example", 2025,
                "Utkast: året har handlat om att följa upp medborgarlöftet för Solgården och förbereda nästa "
                        + "överenskommelse.",
                areas("Trygghet i Solgårdsområdet", new AreaTexts(
                        "Renoveringen av husen har gjort området ljusare. Trygghetsvandringarna fortsätter.", null)),
                false, List.of(), List.of(), List.of(), false);
    }

    private static Map<String, AreaTexts> areas(Object... titlesAndTexts) {
        Map<String, AreaTexts> areas = new LinkedHashMap<>();
        for (int i = 0; i < titlesAndTexts.length; i += 2) {
            areas.put((String) titlesAndTexts[i], (AreaTexts) titlesAndTexts[i + 1]);
        }
        return areas;
    }
}
