package se.samverkan.demo;

import static se.samverkan.agreement.MeasureStatus.DONE;
import static se.samverkan.agreement.MeasureStatus.ONGOING;
import static se.samverkan.agreement.MeasureStatus.PLANNED;
import static se.samverkan.agreement.MeasureStatus.POSTPONED;
import static se.samverkan.agreement.MeasureType.CITIZEN_DIALOGUE;
import static se.samverkan.agreement.MeasureType.DRUG_DOG_SEARCH;
import static se.samverkan.agreement.MeasureType.HOTSPOT_PRESENCE;
import static se.samverkan.agreement.MeasureType.NEIGHBOURHOOD_WATCH;
import static se.samverkan.agreement.MeasureType.OTHER;
import static se.samverkan.agreement.MeasureType.SAFETY_HOSTS;
import static se.samverkan.agreement.MeasureType.SAFETY_SURVEY;
import static se.samverkan.agreement.MeasureType.SAFETY_WALK;
import static se.samverkan.agreement.MeasureType.SCHOOL_VALUES_WORK;
import static se.samverkan.demo.DemoAgreement.Goal.impact;
import static se.samverkan.demo.DemoAgreement.Goal.output;

import java.time.LocalDate;
import java.util.List;
import se.samverkan.agreement.MeasureStatus;
import se.samverkan.agreement.MeasureType;
import se.samverkan.agreement.MeetingRhythm;
import se.samverkan.demo.DemoAgreement.Ended;
import se.samverkan.demo.DemoAgreement.FocusArea;
import se.samverkan.demo.DemoAgreement.Measure;
import se.samverkan.demo.DemoAgreement.NewVersion;
import se.samverkan.demo.DemoAgreement.Parties;
import se.samverkan.demo.DemoAgreement.Person;
import se.samverkan.demo.DemoAgreement.Published;
import se.samverkan.demo.DemoAgreement.Signing;
import se.samverkan.demo.DemoAgreement.SteeringGroup;
import se.samverkan.demo.DemoAgreement.Target;

/**
 * The demo agreements of Trelleborg, Sollentuna and Tranemo, with their citizen pledges ({@link DemoPledges}).
 * Facts (years, focus areas, kinds of measures) follow the municipalities' own pages; the texts are written for
 * the demo and every person's name is invented.
 */
final class DemoAgreements {

    private static final String TRELLEBORG = "trelleborg";
    private static final String LPO_TRELLEBORG = "lpo-trelleborg";
    private static final String SOLLENTUNA = "sollentuna";
    private static final String LPO_SOLLENTUNA = "lpo-sollentuna";
    private static final String SOLLENTUNAHEM = "sollentunahem";
    private static final String TRANEMO = "tranemo";
    private static final String LPO_TRANEMO = "lpo-tranemo";
    private static final String TRANEMOBOSTADER = "tranemobostader";

    static final String TRELLEBORG_TITLE = "Samverkansöverenskommelse Trelleborg 2019–2022";
    static final String SOLLENTUNA_TITLE = "Samverkansöverenskommelse Sollentuna 2023–2026";
    static final String TRANEMO_TITLE = "Samverkansöverenskommelse Tranemo 2021–2026";
    static final String TRANEMO_DRAFT_TITLE = "Samverkansöverenskommelse Tranemo 2027–2030";

    static final List<DemoAgreement> ALL = List.of(trelleborg(), sollentuna(), tranemo());

    private DemoAgreements() {
    }

    private static DemoAgreement trelleborg() {
        return new DemoAgreement("samordnare@trelleborg.example", TRELLEBORG_TITLE,
                new Parties(TRELLEBORG, LPO_TRELLEBORG, List.of()),
                date(2019, 1, 1), date(2022, 12, 31),
                "Överenskommelsen beskriver vad kommunen och polisen åtar sig i arbetet mot brott och för ökad "
                        + "trygghet i Trelleborgs kommun. Den bygger vidare på samarbetet som redan finns i olika "
                        + "nätverk och lägger tyngdpunkten på att förebygga tidigt: på platser där brott sker, för "
                        + "den som riskerar att utsättas och för den som riskerar att begå brott. Där ansvaret är "
                        + "delat svarar var och en för sin egen del, i linje med kommunens handlingsplaner.",
                "Parterna har tagit fram en gemensam nulägesbild inför perioden. Många oroar sig för ungas bruk "
                        + "av alkohol och narkotika och för brotten runt det. Otryggheten är störst i centrala "
                        + "Trelleborg på kvällar och helger. Hamnen, med trafik dygnet runt, behöver ett eget "
                        + "brottsförebyggande arbete. Varje år sammanställer kommunens säkerhetsenhet och "
                        + "kommunpolisen en rapport om utfallet till kommunstyrelsen och lokalpolisområdeschefen.",
                List.of(impact("trelleborg-trygg", "Fler invånare känner sig trygga i Trelleborgs kommun",
                                "Andelen som känner sig trygga i sitt bostadsområde ska öka i kommunens "
                                        + "trygghetsmätning."),
                        output("trelleborg-rapport", "En gemensam rapport om utfallet varje år",
                                "Rapporten redovisas för kommunstyrelsen och chefen för lokalpolisområdet.",
                                Target.of(4, "rapporter", date(2022, 12, 31)))),
                List.of(measure("Årlig uppföljning till kommunstyrelsen och lokalpolisområdeschefen",
                                "Säkerhetsenheten och kommunpolisen går igenom mål och åtgärder och skriver "
                                        + "tillsammans årets rapport.",
                                OTHER, "Anders Nilsson", "Trelleborgs stadshus", date(2019, 11, 1),
                                date(2022, 12, 31), DONE, List.of(TRELLEBORG, LPO_TRELLEBORG), "trelleborg-rapport"),
                        measure("Trygghetsmätning bland invånarna",
                                "En enkät till ett urval av invånarna om hur trygga de känner sig och var.",
                                SAFETY_SURVEY, "Lina Persson", "Hela kommunen", date(2019, 9, 1),
                                date(2021, 11, 30), DONE, List.of(TRELLEBORG, LPO_TRELLEBORG), "trelleborg-trygg")),
                List.of(new FocusArea("Ungdomars alkohol- och drogkonsumtion samt relaterad brottslighet",
                                "Färre unga ska börja dricka och använda narkotika. Den som redan har börjat ska "
                                        + "upptäckas tidigt och få stöd. Polisen prioriterar narkotikabrott där "
                                        + "unga finns med.",
                                List.of(impact("unga-narkotika", "Färre unga provar narkotika",
                                                "Mäts med drogvaneundersökningen i årskurs 9 och gymnasiets år 2."),
                                        output("foraldramoten", "Föräldramöten om alkohol och droger på alla "
                                                        + "högstadieskolor",
                                                "Minst ett möte per skola och läsår.",
                                                Target.of(12, "möten", date(2022, 6, 30)))),
                                List.of(measure("Narkotikasök med hund vid skolor och fritidsgårdar",
                                                "Polisen söker med narkotikahund i samråd med rektorer och "
                                                        + "fritidsledare, främst inför lov.",
                                                DRUG_DOG_SEARCH, "Peter Malmberg", "Skolor och fritidsgårdar",
                                                date(2019, 9, 1), date(2022, 6, 30), DONE,
                                                List.of(LPO_TRELLEBORG), "unga-narkotika"),
                                        measure("Värdegrundsarbete och drogförebyggande lektioner i årskurs 7",
                                                "Skolan och kommunpolisen håller lektioner om alkohol, narkotika "
                                                        + "och grupptryck och bjuder in föräldrarna efteråt.",
                                                SCHOOL_VALUES_WORK, "Sofia Andersson", "Högstadieskolorna",
                                                date(2019, 8, 15), date(2022, 6, 15), DONE,
                                                List.of(TRELLEBORG, LPO_TRELLEBORG), "unga-narkotika",
                                                "foraldramoten"),
                                        measure("Tidiga samtal med unga som påträffats påverkade",
                                                "Socialtjänsten och polisen bjuder in den unga och vårdnadshavarna "
                                                        + "till samtal inom en vecka.",
                                                OTHER, "Jonas Lind", null, date(2019, 3, 1), date(2022, 12, 31),
                                                DONE, List.of(TRELLEBORG, LPO_TRELLEBORG), "unga-narkotika"))),
                        new FocusArea("Trygghet i offentlig miljö inklusive trafikmiljön",
                                "Det ska kännas tryggt att röra sig i centrum, i parkerna och i trafiken, även "
                                        + "på kvällar och helger.",
                                List.of(impact("trygg-centrum", "Fler känner sig trygga i centrala Trelleborg "
                                                        + "på kvällstid",
                                                "Följs upp med trygghetsmätningen och polisens lägesbild."),
                                        output("polisnarvaro", "Synlig polis i centrum fredags- och lördagskvällar",
                                                null, Target.of(80, "kvällar per år", date(2022, 12, 31))),
                                        output("trafikkontroller", "Trafikkontroller vid skolorna",
                                                "Hastighet och säkra skolvägar.",
                                                Target.of(40, "kontroller per år", date(2022, 12, 31)))),
                                List.of(measure("Ökad polisnärvaro i centrala Trelleborg",
                                                "Fler poliser till fots i centrum de kvällar då flest händelser "
                                                        + "inträffar, enligt polisens lägesbild.",
                                                HOTSPOT_PRESENCE, "Peter Malmberg", "Stortorget och gågatan",
                                                date(2019, 4, 1), date(2022, 12, 31), DONE,
                                                List.of(LPO_TRELLEBORG), "trygg-centrum", "polisnarvaro"),
                                        measure("Trygghetsvärdar i centrum och vid resecentrum",
                                                "Kommunens trygghetsvärdar rör sig i centrum kvällstid och har "
                                                        + "direktkontakt med polisen.",
                                                SAFETY_HOSTS, "Anders Nilsson", "Centrum och resecentrum",
                                                date(2019, 5, 1), date(2022, 12, 31), DONE, List.of(TRELLEBORG),
                                                "trygg-centrum"),
                                        measure("Hastighetskontroller vid skolorna",
                                                "Flera kontroller sköts upp när polisen behövde resurserna på "
                                                        + "annat håll.",
                                                OTHER, "Malin Svensson", "Skolområden i tätorten",
                                                date(2020, 1, 15), date(2022, 12, 15), POSTPONED,
                                                List.of(LPO_TRELLEBORG), "trafikkontroller"))),
                        new FocusArea("Trelleborgs hamn – brottsförebyggande arbete",
                                "Gods, fordon och resenärer passerar hamnen dygnet runt. Parterna arbetar "
                                        + "tillsammans med hamnens aktörer för att försvåra stölder, smuggling och "
                                        + "annan brottslighet där.",
                                List.of(impact("hamn-brott", "Färre stölder och inbrott i hamnområdet",
                                                "Jämförs med antalet anmälda brott 2018."),
                                        output("hamn-moten", "Gemensamma lägesgenomgångar med hamnens aktörer",
                                                null, Target.of(4, "per år", date(2022, 12, 31)))),
                                List.of(measure("Lägesgenomgång med hamnens aktörer varje kvartal",
                                                "Polisen, kommunen, hamnen och tullen delar bilden av vad som "
                                                        + "händer och bestämmer vad som ska göras.",
                                                OTHER, "Lina Persson", "Trelleborgs hamn", date(2019, 3, 1),
                                                date(2022, 12, 31), DONE, List.of(TRELLEBORG, LPO_TRELLEBORG),
                                                "hamn-moten"),
                                        measure("Riktade kontroller vid färjelägena",
                                                "Kontroller av fordon och gods på tider och platser som "
                                                        + "lägesbilden pekar ut.",
                                                HOTSPOT_PRESENCE, "Malin Svensson", "Trelleborgs hamn",
                                                date(2019, 6, 1), date(2022, 10, 31), DONE,
                                                List.of(LPO_TRELLEBORG), "hamn-brott"),
                                        measure("Trygghetsvandring mellan hamnen och centrum",
                                                "En kvällsvandring med boende och näringsidkare längs vägen från "
                                                        + "färjeterminalen in till centrum.",
                                                SAFETY_WALK, "Anders Nilsson", "Från hamnen till centrum",
                                                date(2020, 10, 1), date(2020, 10, 31), DONE,
                                                List.of(TRELLEBORG, LPO_TRELLEBORG), "hamn-brott")))),
                null,
                new Signing(date(2019, 2, 20), List.of(
                        new Person("Eva Lundgren", "Kommunstyrelsens ordförande", TRELLEBORG),
                        new Person("Per Håkansson", "Lokalpolisområdeschef", LPO_TRELLEBORG))),
                DemoPledges.trelleborg(),
                List.of(new Ended(date(2022, 12, 31), "Avtalsperioden 2019–2022 är slut.")));
    }

    private static DemoAgreement sollentuna() {
        return new DemoAgreement("samordnare@sollentuna.example", SOLLENTUNA_TITLE,
                new Parties(SOLLENTUNA, LPO_SOLLENTUNA, List.of(SOLLENTUNAHEM)),
                date(2023, 1, 1), date(2026, 12, 31),
                "Överenskommelsen är grunden för kommunens och polisens gemensamma arbete för ökad trygghet och "
                        + "ska över tid ge en närmare och mer utvecklad kontakt mellan polisen och kommunen. "
                        + "Kommunen och polisen avsätter var för sig den tid och de pengar som arbetet kräver. "
                        + "Sollentunahem är med som part i arbetet i bostadsområdena.",
                "Lägesbilden tas fram enligt EST – Effektiv samordning för trygghet. Kommunens verksamheter, "
                        + "polisen och Sollentunahem sammanställer varje vecka vad som har hänt och var, och lägger "
                        + "insatserna där behovet är störst, tillsammans eller var för sig. Inför perioden pekar "
                        + "lägesbilden på våld i nära relationer, unga som riskerar att dras in i kriminalitet, "
                        + "den organiserade brottsligheten och händelser som gör offentliga platser otrygga.",
                List.of(impact("inga-utsatta", "Sollentuna har inga utsatta områden",
                                "Det gemensamma och långsiktiga målet: inget område i kommunen ska finnas på "
                                        + "polisens lista över utsatta områden, varken nu eller framöver."),
                        output("est-lagesbild", "En gemensam lägesbild enligt EST varje vecka", null,
                                Target.of(45, "lägesbilder per år", date(2026, 12, 31)))),
                List.of(measure("Veckovis lägesbild enligt EST",
                        "Kommunen, polisen och Sollentunahem går igenom veckans händelser och bestämmer var "
                                + "insatserna behövs.",
                        OTHER, "Sara Ekström", null, date(2023, 1, 9), date(2026, 12, 31), ONGOING,
                        List.of(SOLLENTUNA, LPO_SOLLENTUNA, SOLLENTUNAHEM), "est-lagesbild", "inga-utsatta")),
                List.of(new FocusArea("Brott i nära relation",
                                "Mer kunskap hos personal och invånare om våld och andra brott i nära relationer "
                                        + "ska minska både antalet som drabbas och antalet som slår, hotar eller "
                                        + "kontrollerar en närstående.",
                                List.of(impact("nara-utsatta", "Färre utsätts för brott i nära relation",
                                                "Följs upp med anmälningsstatistik och socialtjänstens "
                                                        + "kartläggning."),
                                        impact("nara-utovare", "Färre utsätter en närstående för brott", null),
                                        output("nara-utbildning", "Personal i skola, socialtjänst och omsorg "
                                                        + "utbildas om våld i nära relationer", null,
                                                Target.of(400, "personer", date(2025, 12, 31)))),
                                List.of(measure("Gemensam utbildning om våld i nära relationer",
                                                "Polisen och kommunens våldsförebyggare utbildar personal som "
                                                        + "möter barn och vuxna i sitt arbete.",
                                                OTHER, "Elin Nordström", "Sollentuna kommunhus",
                                                date(2023, 9, 1), date(2025, 12, 31), ONGOING,
                                                List.of(SOLLENTUNA, LPO_SOLLENTUNA), "nara-utbildning",
                                                "nara-utsatta"),
                                        measure("Information i trapphusen om var man får stöd",
                                                "Affischer och lappar på flera språk om stödlinjer och "
                                                        + "kommunens mottagning.",
                                                CITIZEN_DIALOGUE, "Robert Falk", "Sollentunahems bostadsområden",
                                                date(2024, 3, 1), date(2024, 5, 31), DONE,
                                                List.of(SOLLENTUNAHEM, SOLLENTUNA), "nara-utsatta"),
                                        measure("Samtalsstöd för den som utövar våld",
                                                "Ett erbjudande om samtal för den som vill sluta använda våld mot "
                                                        + "en närstående.",
                                                OTHER, "Elin Nordström", null, date(2025, 1, 1),
                                                date(2026, 12, 31), PLANNED, List.of(SOLLENTUNA), "nara-utovare"))),
                        new FocusArea("Minska rekryteringen till kriminella strukturer",
                                "Unga ska inte lockas in i kriminella nätverk, och den som vill ta sig ur ett "
                                        + "kriminellt liv ska få bättre stöd genom en vidareutvecklad "
                                        + "avhopparverksamhet.",
                                List.of(impact("rekrytering", "Färre unga dras in i kriminella nätverk", null),
                                        output("avhoppare", "Den som vill hoppa av får stöd inom två veckor", null,
                                                Target.of(100, "%", date(2024, 12, 31)))),
                                List.of(measure("Avhopparverksamheten utvecklas",
                                                "En väg in för den som vill lämna kriminaliteten, med stöd till "
                                                        + "boende, sysselsättning och skydd.",
                                                OTHER, "Hassan Karimi", null, date(2023, 2, 1),
                                                date(2026, 12, 31), ONGOING, List.of(SOLLENTUNA, LPO_SOLLENTUNA),
                                                "avhoppare", "rekrytering"),
                                        measure("Värdegrundsarbete i mellan- och högstadiet",
                                                "Kommunpolisen och skolan möter elever och vårdnadshavare om "
                                                        + "grupptryck, våld och vägar in i kriminalitet.",
                                                SCHOOL_VALUES_WORK, "Linnea Berg", "Skolor i Sollentuna",
                                                date(2023, 8, 21), date(2026, 6, 12), ONGOING,
                                                List.of(SOLLENTUNA, LPO_SOLLENTUNA), "rekrytering"),
                                        measure("Sommarjobb och fritidsaktiviteter i Tureberg",
                                                "Feriejobb hos kommunen och Sollentunahem och kvällsaktiviteter "
                                                        + "under sommarlovet.",
                                                OTHER, "Robert Falk", "Tureberg", date(2024, 6, 1),
                                                date(2024, 8, 31), DONE, List.of(SOLLENTUNA, SOLLENTUNAHEM),
                                                "rekrytering"))),
                        new FocusArea("Samverkan mot organiserad brottslighet",
                                "Myndigheterna ska arbeta tätare ihop mot organiserad brottslighet, bland annat "
                                        + "genom att dela uppgifter där lagen tillåter det och stänga vägarna till "
                                        + "välfärdsbrott.",
                                List.of(impact("org-brott", "Den organiserade brottsligheten får svårare att verka "
                                                + "i kommunen", null),
                                        output("org-kontroller", "Gemensamma myndighetskontroller av verksamheter",
                                                null, Target.of(8, "kontroller per år", date(2026, 12, 31)))),
                                List.of(measure("Gemensamma myndighetskontroller",
                                                "Polisen, kommunens tillsyn och andra myndigheter kontrollerar "
                                                        + "tillsammans verksamheter som lägesbilden pekar ut.",
                                                OTHER, "Mikaela Sand", null, date(2023, 4, 1), date(2026, 12, 31),
                                                ONGOING, List.of(SOLLENTUNA, LPO_SOLLENTUNA), "org-kontroller",
                                                "org-brott"),
                                        measure("Rutin för att dela information mellan kommunen och polisen",
                                                "Vilka uppgifter som får lämnas, till vem och hur, samlat i en "
                                                        + "gemensam rutin.",
                                                OTHER, "Sara Ekström", null, date(2023, 3, 1), date(2023, 12, 31),
                                                DONE, List.of(SOLLENTUNA, LPO_SOLLENTUNA), "org-brott"))),
                        new FocusArea("Minska händelser som skapar otrygghet i offentlig miljö",
                                "Skadegörelse, nedskräpning, stök och öppen narkotikahandel gör att människor "
                                        + "undviker vissa platser. Sådana händelser ska bli färre.",
                                List.of(impact("otrygghet", "Färre händelser som skapar otrygghet i offentlig miljö",
                                                "Följs upp med EST-lägesbilden och polisens händelserapporter."),
                                        output("vandringar", "Trygghetsvandringar där lägesbilden visar behov",
                                                null, Target.of(6, "vandringar per år", date(2026, 12, 31)))),
                                List.of(measure("Trygghetsvandringar i Tureberg och Edsberg",
                                                "Boende, Sollentunahem, kommunen och polisen går tillsammans "
                                                        + "genom området och noterar vad som behöver åtgärdas.",
                                                SAFETY_WALK, "Robert Falk", "Tureberg och Edsberg",
                                                date(2023, 9, 1), date(2026, 11, 30), ONGOING,
                                                List.of(SOLLENTUNA, LPO_SOLLENTUNA, SOLLENTUNAHEM), "vandringar",
                                                "otrygghet"),
                                        measure("Polisnärvaro vid Sollentuna centrum kvällstid",
                                                "Polisen är på plats de tider då flest händelser rapporteras i "
                                                        + "lägesbilden.",
                                                HOTSPOT_PRESENCE, "Oskar Lund", "Sollentuna centrum",
                                                date(2023, 3, 1), date(2026, 12, 31), ONGOING,
                                                List.of(LPO_SOLLENTUNA), "otrygghet"),
                                        measure("Trygghetsmätning i Sollentunahems områden",
                                                "En enkät till hyresgästerna om tryggheten i och kring husen.",
                                                SAFETY_SURVEY, "Robert Falk", "Sollentunahems bostadsområden",
                                                date(2025, 9, 1), date(2025, 11, 30), POSTPONED,
                                                List.of(SOLLENTUNAHEM, SOLLENTUNA), "otrygghet")))),
                null,
                new Signing(date(2023, 2, 8), List.of(
                        new Person("Helena Wikström", "Kommunstyrelsens ordförande", SOLLENTUNA),
                        new Person("Mats Öberg", "Lokalpolisområdeschef", LPO_SOLLENTUNA),
                        new Person("Annika Dahl", "Vd", SOLLENTUNAHEM))),
                DemoPledges.sollentuna(),
                List.of(new Published()));
    }

    private static DemoAgreement tranemo() {
        return new DemoAgreement("samordnare@tranemo.example", TRANEMO_TITLE,
                new Parties(TRANEMO, LPO_TRANEMO, List.of(TRANEMOBOSTADER)),
                date(2021, 1, 1), date(2026, 12, 31),
                "Kommunen och polisen ska göra sina brottsförebyggande insatser mer kraftfulla, konkreta och "
                        + "synliga och samordna dem bättre. Då kan brotten minska och tryggheten öka för alla som "
                        + "lever, arbetar eller uppehåller sig i Tranemo kommun. Parterna har ett gemensamt fokus "
                        + "och gemensamma mål, och den lokala styrgruppen följer arbetet hela tiden.",
                "Invånarna har pekat på en växande otrygghet på några platser i kommunen, både i anmälda brott, "
                        + "på trygghetsmöten och trygghetsdagar och i de gemensamma lägesbilderna. Det handlar om "
                        + "droghandel, stölder och unga som skapar oro. I polisanmälningar och "
                        + "trygghetsundersökningar skiljer sig Solgårdsområdet tydligt från resten av kommunen; där "
                        + "renoverar Tranemobostäder husen och satsar samtidigt på tryggheten. Parterna tar "
                        + "nu fram en uppdaterad överenskommelse för 2027–2030.",
                List.of(impact("tranemo-trygg", "Tranemo är en trygg och inkluderande kommun att bo och leva i",
                                "Fler ska svara att de känner sig trygga i kommunens trygghetsundersökning."),
                        output("aterkoppling", "Invånarna får återkoppling varje månad",
                                "Polisen och kommunen berättar på sina webbplatser hur arbetet går.",
                                Target.of(12, "gånger per år", date(2026, 12, 31)))),
                List.of(measure("Gemensam lägesbild enligt EST",
                                "Kommunen, polisen och Tranemobostäder sammanställer lägesbilden och väljer var "
                                        + "insatserna ska göras.",
                                OTHER, "Maria Lindqvist", null, date(2021, 1, 1), date(2026, 12, 31), ONGOING,
                                List.of(TRANEMO, LPO_TRANEMO, TRANEMOBOSTADER), "tranemo-trygg"),
                        measure("Månatlig återkoppling till invånarna",
                                "Efter varje styrgruppsmöte publiceras en kort lägesrapport på kommunens och "
                                        + "polisens webbplatser.",
                                CITIZEN_DIALOGUE, "Maria Lindqvist", null, date(2021, 1, 1), date(2026, 12, 31),
                                ONGOING, List.of(TRANEMO, LPO_TRANEMO), "aterkoppling")),
                List.of(new FocusArea("Trygghet i Solgårdsområdet",
                                "Många som bor i Solgården känner sig otrygga. När Tranemobostäder renoverar "
                                        + "husen gör parterna en samlad satsning på tryggheten i området.",
                                List.of(impact("solgarden-trygg", "Fler boende känner sig trygga i Solgården",
                                                "Mäts med enkäter till de boende före och efter insatserna."),
                                        output("solgarden-vandringar", "Trygghetsvandringar i Solgården", null,
                                                Target.of(4, "vandringar per år", date(2026, 12, 31)))),
                                List.of(measure("Trygghetsvandring i Solgården med boende",
                                                "Boende, bostadsbolaget, kommunen och polisen går genom området "
                                                        + "och noterar trasig belysning, skymda gångvägar och andra "
                                                        + "otrygga platser. Bristerna följs upp vid nästa vandring.",
                                                SAFETY_WALK, "Lena Carlsson", "Solgårdsområdet", date(2021, 4, 1),
                                                date(2026, 10, 31), ONGOING,
                                                List.of(TRANEMO, LPO_TRANEMO, TRANEMOBOSTADER),
                                                "solgarden-vandringar", "solgarden-trygg"),
                                        measure("Grannsamverkan i de renoverade husen",
                                                "Polisen börjar med de boende i de nyrenoverade husen: "
                                                        + "information och hjälp att starta grannsamverkan.",
                                                NEIGHBOURHOOD_WATCH, "Johan Berg", "Solgårdsområdet",
                                                date(2021, 9, 1), date(2022, 12, 31), DONE,
                                                List.of(LPO_TRANEMO, TRANEMOBOSTADER), "solgarden-trygg"),
                                        measure("Trygghetsvärdar och en gemensam lokal i Solgården",
                                                "En lokal där boende, bostadsbolaget, kommunen och polisen kan "
                                                        + "träffas, med trygghetsvärdar på plats kvällar och helger.",
                                                SAFETY_HOSTS, "Lena Carlsson", "Solgårdsområdet", date(2022, 3, 1),
                                                date(2026, 12, 31), ONGOING, List.of(TRANEMO, TRANEMOBOSTADER),
                                                "solgarden-trygg"))),
                        new FocusArea("Narkotika och stölder",
                                "Droghandel och stölder skapar otrygghet. Polisen samlar sin närvaro till de "
                                        + "platser som lägesbilden pekar ut, enligt HotSpots-metoden.",
                                List.of(impact("narkotika", "Mindre droghandel och färre stölder på de utpekade "
                                                + "platserna", "Följs upp med polisanmälningar och lägesbilden."),
                                        output("hotspot-timmar", "Polisnärvaro på utpekade platser", null,
                                                Target.of(200, "timmar per år", date(2026, 12, 31)))),
                                List.of(measure("Narkotikasök med hund i Solgården",
                                                "Sök med narkotikahund i trapphus, förråd och på gårdarna, "
                                                        + "i samråd med Tranemobostäder.",
                                                DRUG_DOG_SEARCH, "Emil Strand", "Solgårdsområdet",
                                                date(2021, 5, 1), date(2023, 6, 30), DONE, List.of(LPO_TRANEMO),
                                                "narkotika"),
                                        measure("Polisnärvaro enligt HotSpots-metoden",
                                                "Korta, återkommande besök på de få platser där flest händelser "
                                                        + "inträffar.",
                                                HOTSPOT_PRESENCE, "Johan Berg", "Tranemo centrum och Solgården",
                                                date(2021, 1, 1), date(2026, 12, 31), ONGOING,
                                                List.of(LPO_TRANEMO), "hotspot-timmar", "narkotika"))),
                        new FocusArea("Unga och trygghet i skolan",
                                "Oro och stök bland unga ska mötas tidigt, tillsammans med skolan, "
                                        + "vårdnadshavarna och fritidsverksamheten.",
                                List.of(impact("unga", "Fler elever känner sig trygga i skolan och på fritiden",
                                                null),
                                        output("vardegrund", "Värdegrundsarbete på alla mellan- och "
                                                + "högstadieskolor", null,
                                                Target.of(6, "skolor", date(2026, 6, 30)))),
                                List.of(measure("Värdegrundsarbete med elever, vårdnadshavare och pedagoger",
                                                "Kommunpolisen deltar tillsammans med lärande-, omsorg- och "
                                                        + "samhällsutvecklingssektionen.",
                                                SCHOOL_VALUES_WORK, "Anna Holmberg",
                                                "Mellan- och högstadieskolor i kommunen", date(2021, 8, 16),
                                                date(2026, 6, 12), ONGOING, List.of(TRANEMO, LPO_TRANEMO),
                                                "vardegrund", "unga"),
                                        measure("Trygghetsundersökning på utvalda platser",
                                                "En enkät till invånarna på de platser där otryggheten är störst. "
                                                        + "Flyttad till hösten efter att lägesbilden ändrats.",
                                                SAFETY_SURVEY, "Maria Lindqvist", "Utvalda platser i kommunen",
                                                date(2026, 9, 1), date(2026, 11, 30), POSTPONED,
                                                List.of(TRANEMO, LPO_TRANEMO), "unga"),
                                        measure("Vuxna på stan under sommarlovet",
                                                "Föräldrar och fritidsledare finns ute på kvällarna de veckor då "
                                                        + "många unga är lediga.",
                                                OTHER, "Anna Holmberg", "Tranemo centrum", date(2026, 6, 15),
                                                date(2026, 8, 15), DONE, List.of(TRANEMO), "unga")))),
                new SteeringGroup(List.of(
                        new Person("Maria Lindqvist", "Trygghetssamordnare", TRANEMO),
                        new Person("Karin Sjöberg", "Planeringschef", TRANEMO),
                        new Person("Johan Berg", "Kommunpolis", LPO_TRANEMO),
                        new Person("Emil Strand", "Kommunpolis", LPO_TRANEMO),
                        new Person("Lena Carlsson", "Representant för Tranemobostäder", TRANEMOBOSTADER)),
                        MeetingRhythm.MONTHLY, "Kommunstyrelsen i Tranemo kommun och lokalpolisområdeschefen"),
                new Signing(date(2021, 2, 10), List.of(
                        new Person("Göran Wall", "Kommunstyrelsens ordförande", TRANEMO),
                        new Person("Camilla Fors", "Lokalpolisområdeschef", LPO_TRANEMO),
                        new Person("Henrik Ståhl", "Vd", TRANEMOBOSTADER))),
                DemoPledges.tranemo(),
                List.of(new NewVersion(TRANEMO_DRAFT_TITLE, date(2027, 1, 1), date(2030, 12, 31),
                        "Utkast till den uppdaterade överenskommelsen. Lägesbilden kompletteras med vad "
                                + "medborgarlöftet för Solgården 2021–2022 gav och med den senaste "
                                + "trygghetsundersökningen innan parterna skriver under.")));
    }

    private static Measure measure(String title, String description, MeasureType type, String contactPerson,
                                   String place, LocalDate start, LocalDate end, MeasureStatus status,
                                   List<String> responsible, String... goalKeys) {
        return new Measure(title, description, type, responsible, contactPerson, place, start, end, status,
                List.of(goalKeys));
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
