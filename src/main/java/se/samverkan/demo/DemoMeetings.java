package se.samverkan.demo;

import static se.samverkan.agreement.MeasureStatus.ONGOING;
import static se.samverkan.agreement.MeasureStatus.POSTPONED;

import java.util.List;
import se.samverkan.agreement.MeasureStatus;
import se.samverkan.meeting.DecisionSubject;

/**
 * The follow-up of the demo agreements: status updates on measures, and the Tranemo steering group's monthly
 * meetings over the last year with the next one planned. Dates count back from the day the demo is loaded, so the
 * dashboard always has something to show: measures left without an update for more than 60 days, and one action
 * item that is overdue. Texts are written for the demo; the people are the invented members of the steering group.
 */
final class DemoMeetings {

    /** A status update {@code daysAgo} days before loading; the status is the one the measure already has. */
    record Update(String measureTitle, int daysAgo, MeasureStatus status, Integer percentDone, String comment) {
    }

    record Decision(String text, DecisionSubject.Kind kind, String title) {
    }

    /** Owned by a steering-group member (by name) or a party (by slug); done so many days after the meeting. */
    record Action(String description, String owner, int dueAfterDays, Integer doneAfterDays) {
    }

    /** A meeting on the 10th of the month {@code monthsAgo} months back (negative: ahead, planned). */
    record Meeting(int monthsAgo, String place, List<String> attendees, String agenda, String notes,
                   List<Decision> decisions, List<Action> actions) {
    }

    private static final String MARIA = "Maria Lindqvist";
    private static final String KARIN = "Karin Sjöberg";
    private static final String JOHAN = "Johan Berg";
    private static final String EMIL = "Emil Strand";
    private static final String LENA = "Lena Carlsson";
    private static final List<String> ALL = List.of(MARIA, KARIN, JOHAN, EMIL, LENA);
    private static final String TOWN_HALL = "Tranemo kommunhus, sammanträdesrum Ån";
    private static final String SOLGARDEN_ROOM = "Träffpunkten i Solgården";

    private static final String WALK = "Trygghetsvandring i Solgården med boende";
    private static final String HOSTS = "Trygghetsvärdar och en gemensam lokal i Solgården";
    private static final String HOTSPOTS = "Polisnärvaro enligt HotSpots-metoden";
    private static final String VALUES = "Värdegrundsarbete med elever, vårdnadshavare och pedagoger";
    private static final String EST = "Gemensam lägesbild enligt EST";
    private static final String FEEDBACK = "Månatlig återkoppling till invånarna";
    private static final String SOLGARDEN_AREA = "Trygghet i Solgårdsområdet";
    private static final String DRUGS_AREA = "Narkotika och stölder";
    private static final String YOUNG_AREA = "Unga och trygghet i skolan";

    static final List<Update> TRANEMO_UPDATES = List.of(
            new Update(EST, 21, ONGOING, null, "Lägesbilden för oktober är sammanställd. Stölderna ur förråd i "
                    + "Solgården har minskat; klotter vid busstationen har ökat."),
            new Update(FEEDBACK, 12, ONGOING, null, "Novembers lägesrapport är publicerad på kommunens och "
                    + "polisens webbplatser."),
            new Update(HOTSPOTS, 35, ONGOING, 70, "Omkring 140 timmar närvaro hittills i år på de utpekade "
                    + "platserna. Busstationen har lagts till efter lägesbilden i september."),
            new Update(HOSTS, 45, ONGOING, 80, "Lokalen är öppen fyra kvällar i veckan. Trygghetsvärdarna har "
                    + "fått utbildning i konflikthantering."),
            new Update(WALK, 75, ONGOING, 90, "Höstens vandring gjordes med femton boende. Belysningen vid "
                    + "gångtunneln är fortfarande trasig; Tranemobostäder har beställt ny."),
            new Update(VALUES, 100, ONGOING, 60, "Fyra av sex skolor har haft lektioner och föräldramöte. De två "
                    + "återstående är bokade till våren."));

    static final List<Update> SOLLENTUNA_UPDATES = List.of(
            new Update("Veckovis lägesbild enligt EST", 7, ONGOING, null, "Veckans lägesbild: lugnt i Tureberg, "
                    + "fler anmälningar om skadegörelse vid Edsbergs centrum."),
            new Update("Avhopparverksamheten utvecklas", 30, ONGOING, 50, "Tre personer har fått stöd under "
                    + "hösten. Samarbetet med Sollentunahem om tillfälliga bostäder är på plats."),
            new Update("Polisnärvaro vid Sollentuna centrum kvällstid", 120, ONGOING, null, "Närvaron är flyttad "
                    + "till fredagar och lördagar efter lägesbilden i somras."),
            new Update("Trygghetsmätning i Sollentunahems områden", 400, POSTPONED, 10, "Enkäten skjuts upp tills "
                    + "den nya upphandlingen av undersökningsföretag är klar."));

    static final List<Meeting> TRANEMO_MEETINGS = List.of(
            new Meeting(11, TOWN_HALL, ALL,
                    "1. Lägesbild från polisen och kommunen\n2. Planering av vinterns insatser\n3. Övrigt",
                    "Lägesbilden visar fler stölder ur förråd i Solgården under hösten. Polisen lägger fler "
                            + "besök där enligt HotSpots-metoden.",
                    List.of(new Decision("Polisen prioriterar Solgården i HotSpots-arbetet under vintern.",
                            DecisionSubject.Kind.MEASURE, HOTSPOTS)),
                    List.of(new Action("Ta fram en karta över förråd som har haft inbrott", JOHAN, 21, 18))),
            new Meeting(10, TOWN_HALL, List.of(MARIA, KARIN, JOHAN, LENA),
                    "1. Lägesbild\n2. Uppföljning av förråden i Solgården\n3. Årsrapporten",
                    "Tranemobostäder har bytt lås på de förråd som hade flest inbrott. Årsrapporten skrivs av "
                            + "säkerhetsenheten tillsammans med kommunpolisen.",
                    List.of(new Decision("Årsrapporten ska vara klar till kommunstyrelsens möte i mars.", null, null)),
                    List.of(new Action("Skriva första utkastet till årsrapporten", MARIA, 45, 40),
                            new Action("Byta lås på resterande förråd", "tranemobostader", 60, 55))),
            new Meeting(9, SOLGARDEN_ROOM, ALL,
                    "1. Årsrapporten\n2. Trygghetsvärdarnas första månader\n3. Övrigt",
                    "Årsrapporten godkändes för att skickas till kommunstyrelsen. Trygghetsvärdarna upplevs som "
                            + "ett stöd av de boende.",
                    List.of(new Decision("Årsrapporten skickas till kommunstyrelsen och lokalpolisområdeschefen.",
                            null, null)),
                    List.of()),
            new Meeting(8, TOWN_HALL, List.of(MARIA, JOHAN, EMIL, LENA),
                    "1. Lägesbild\n2. Vårens trygghetsvandring\n3. Skolornas värdegrundsarbete",
                    "Vårens vandring planeras till maj. Skolorna vill ha kommunpolisen med på föräldramötena.",
                    List.of(new Decision("Vårens trygghetsvandring i Solgården genomförs i maj.",
                            DecisionSubject.Kind.MEASURE, WALK)),
                    List.of(new Action("Bjuda in boende till vandringen via Tranemobostäder", LENA, 30, 25))),
            new Meeting(7, TOWN_HALL, List.of(MARIA, KARIN, JOHAN, EMIL),
                    "1. Lägesbild\n2. Narkotikaläget\n3. Övrigt",
                    "Polisen ser tecken på droghandel vid busstationen. Lägesbilden ska följa platsen noga.",
                    List.of(new Decision("Busstationen läggs till bland de utpekade platserna.",
                            DecisionSubject.Kind.FOCUS_AREA, DRUGS_AREA)),
                    List.of(new Action("Se över belysningen vid busstationen", "tranemo", 45, 40))),
            new Meeting(6, SOLGARDEN_ROOM, ALL,
                    "1. Trygghetsvandringen i maj\n2. Sommarlovet\n3. Övrigt",
                    "Vandringen samlade tolv boende. Trasig belysning vid gångtunneln och skymda gångvägar "
                            + "noterades.",
                    List.of(new Decision("Vuxna på stan ska finnas under sommarlovets kvällar.",
                            DecisionSubject.Kind.FOCUS_AREA, YOUNG_AREA)),
                    List.of(new Action("Beställa ny belysning vid gångtunneln", "tranemobostader", 30, 28),
                            new Action("Rekrytera föräldrar till Vuxna på stan", KARIN, 30, 30))),
            new Meeting(5, TOWN_HALL, List.of(MARIA, JOHAN, LENA),
                    "1. Lägesbild inför sommaren\n2. Övrigt",
                    "Ett lugnare läge i Solgården. Polisen fortsätter med korta besök på kvällarna.",
                    List.of(),
                    List.of()),
            new Meeting(4, TOWN_HALL, List.of(MARIA, KARIN, EMIL),
                    "1. Sommaren i efterhand\n2. Höstens planering",
                    "Sommarlovet var lugnare än föregående år. Höstens trygghetsundersökning skjuts upp till "
                            + "hösten efter att lägesbilden ändrats.",
                    List.of(new Decision("Trygghetsundersökningen görs i september–november i stället.",
                            DecisionSubject.Kind.MEASURE, "Trygghetsundersökning på utvalda platser")),
                    List.of(new Action("Sammanställa erfarenheterna från Vuxna på stan", KARIN, 30, 26))),
            new Meeting(3, SOLGARDEN_ROOM, ALL,
                    "1. Lägesbild\n2. Skolstarten\n3. Ny överenskommelse 2027–2030",
                    "Arbetet med den nya överenskommelsen har börjat. Fokusområdena behålls, men lägesbilden "
                            + "ska uppdateras först.",
                    List.of(new Decision("Ett utkast till ny överenskommelse tas fram till december.", null, null)),
                    List.of(new Action("Samla in synpunkter från skolorna till den nya överenskommelsen", MARIA, 60,
                            45))),
            new Meeting(2, TOWN_HALL, List.of(MARIA, KARIN, JOHAN, LENA),
                    "1. Lägesbild\n2. Höstens vandring\n3. Belysningen i Solgården",
                    "Belysningen vid gångtunneln är fortfarande inte åtgärdad. Höstens vandring genomfördes med "
                            + "femton boende.",
                    List.of(new Decision("Belysningen vid gångtunneln ska vara åtgärdad före jul.",
                            DecisionSubject.Kind.FOCUS_AREA, SOLGARDEN_AREA)),
                    List.of(new Action("Installera ny belysning vid gångtunneln", "tranemobostader", 30, null))),
            new Meeting(1, TOWN_HALL, ALL,
                    "1. Lägesbild\n2. Utkastet till ny överenskommelse\n3. Återkopplingen till invånarna",
                    "Utkastet till överenskommelsen 2027–2030 diskuterades. Återkopplingen på webbplatserna "
                            + "fungerar men kan bli kortare och tydligare.",
                    List.of(new Decision("Lägesrapporterna till invånarna ska bli kortare och ha en bild.",
                            DecisionSubject.Kind.MEASURE, FEEDBACK)),
                    List.of(new Action("Göra en mall för kortare lägesrapporter", MARIA, 20, 14))),
            new Meeting(0, SOLGARDEN_ROOM, List.of(MARIA, JOHAN, EMIL, LENA),
                    "1. Lägesbild\n2. Vintern i Solgården\n3. Planering av nästa möte",
                    "Lägesbilden visar mer klotter vid busstationen. Polisen och kommunen samordnar sanering och "
                            + "närvaro.",
                    List.of(new Decision("Klotter vid busstationen saneras inom ett dygn.",
                            DecisionSubject.Kind.FOCUS_AREA, DRUGS_AREA)),
                    List.of(new Action("Avtala om snabb sanering med kommunens driftenhet", "tranemo", 40, null),
                            new Action("Rapportera klotter i lägesbilden varje vecka", EMIL, 30, null))),
            new Meeting(-1, TOWN_HALL, ALL,
                    "1. Lägesbild\n2. Uppföljning av belysningen i Solgården\n3. Utkastet till ny överenskommelse",
                    null, List.of(), List.of()));

    private DemoMeetings() {
    }
}
