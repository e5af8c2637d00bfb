package se.samverkan.scale;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import se.samverkan.agreement.GoalType;
import se.samverkan.agreement.MeasureStatus;
import se.samverkan.indicator.Direction;
import se.samverkan.indicator.IndicatorStatus;
import se.samverkan.pledge.PledgeStatus;
import se.samverkan.report.ReportContent;
import se.samverkan.report.ReportContent.Area;
import se.samverkan.report.ReportContent.DecisionPart;
import se.samverkan.report.ReportContent.GoalPart;
import se.samverkan.report.ReportContent.IndicatorPart;
import se.samverkan.report.ReportContent.IndicatorValue;
import se.samverkan.report.ReportContent.MeasurePart;
import se.samverkan.report.ReportContent.MeasureUpdate;
import se.samverkan.report.ReportContent.MeetingPart;
import se.samverkan.report.ReportContent.PledgePart;
import se.samverkan.report.ReportContent.SituationPicturePart;
import se.samverkan.report.SectionKind;
import se.samverkan.report.SectionText;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills an already migrated (Flyway) PostgreSQL with a dataset the size of Sweden (issue 7): for each municipality a
 * police area as party (about 90 for 290 municipalities), three agreements (ended, active, draft) with 4 focus areas
 * of 3 goals and 8 measures each (responsible parties, goals served, status updates), 3 citizen pledges a year for 5
 * years with 12 published progress updates and 4 commitments each, 10 indicators with 10 years of values, 12
 * situational pictures a year for 5 years with 10 hotspots each, monthly steering-group meetings with decisions and
 * action items, annual reports (past years approved with a frozen snapshot and published, the current year a draft)
 * and 30 user accounts (5 per police area), all with the password {@link #PASSWORD}.
 *
 * <p>Rows go in with COPY in one transaction; ids are taken in blocks above each table's highest id and the identity
 * sequences set past them at the end, so the application inserts after them. Names and slugs already in the
 * database are skipped, so it may run on a database that holds other data (the demo data, or an earlier run).
 * Dates are relative to {@code today}: the active agreement runs from three years ago to the end of this year.
 */
public final class SwedenDataset {

    /** The password of every generated account (one BCrypt hash for all). */
    public static final String PASSWORD = "Sverige-prov-2026";

    /** What a benchmark or test needs: one of each page's address, and a login that may read them. */
    public record Generated(int municipalities, String municipalitySlug, String pledgeSlug, long agreementId,
                            String coordinatorEmail, int reportYear, int approvedReportYear, Duration took) {

        public String municipalityPath() {
            return "/kommuner/" + municipalitySlug;
        }

        public String pledgePath() {
            return "/medborgarloften/" + municipalitySlug + "/" + pledgeSlug;
        }

        public String agreementPath() {
            return "/overenskommelser/" + agreementId;
        }

        /** The current year's report: a draft, compiled from the data on every request (the slower path). */
        public String reportPath() {
            return agreementPath() + "/arsrapporter/" + reportYear;
        }
    }

    /** Every table the generator writes, in the order their foreign keys need. */
    static final List<String> TABLES = List.of("organisation", "user_account", "agreement", "signatory",
            "steering_group_member", "focus_area", "goal", "measure", "measure_responsible", "measure_goal",
            "measure_update", "agreement_change", "pledge", "pledge_signatory", "pledge_commitment", "pledge_update",
            "pledge_update_status", "indicator", "indicator_goal", "indicator_value", "situation_picture",
            "situation_picture_compiler", "hotspot", "situation_citation", "meeting", "meeting_attendee",
            "meeting_decision", "meeting_action_item", "annual_report", "annual_report_section",
            "annual_report_approval", "annual_report_presentation", "annual_report_event");

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final int MUNICIPALITIES_PER_FLUSH = 10;

    private static final String[] MUNICIPALITY_NAMES = {"Ale", "Alingsås", "Alvesta", "Aneby", "Arboga", "Arjeplog",
        "Arvidsjaur", "Arvika", "Askersund", "Avesta", "Bengtsfors", "Berg", "Bjurholm", "Bjuv", "Boden", "Bollebygd",
        "Bollnäs", "Borgholm", "Borlänge", "Borås", "Botkyrka", "Boxholm", "Bromölla", "Bräcke", "Burlöv", "Båstad",
        "Dals-Ed", "Danderyd", "Degerfors", "Dorotea", "Eda", "Ekerö", "Eksjö", "Emmaboda", "Enköping", "Eskilstuna",
        "Eslöv", "Essunga", "Fagersta", "Falkenberg", "Falköping", "Falun", "Filipstad", "Finspång", "Flen", "Forshaga",
        "Färgelanda", "Gagnef", "Gislaved", "Gnesta", "Gnosjö", "Gotland", "Grums", "Grästorp", "Gullspång",
        "Gällivare", "Gävle", "Göteborg", "Götene", "Habo", "Hagfors", "Hallsberg", "Hallstahammar", "Halmstad",
        "Hammarö", "Haninge", "Haparanda", "Heby", "Hedemora", "Helsingborg", "Herrljunga", "Hjo", "Hofors",
        "Huddinge", "Hudiksvall", "Hultsfred", "Hylte", "Håbo", "Hällefors", "Härjedalen", "Härnösand", "Härryda",
        "Hässleholm", "Höganäs", "Högsby", "Hörby", "Höör", "Jokkmokk", "Järfälla", "Jönköping", "Kalix", "Kalmar",
        "Karlsborg", "Karlshamn", "Karlskoga", "Karlskrona", "Karlstad", "Katrineholm", "Kil", "Kinda", "Kiruna",
        "Klippan", "Knivsta", "Kramfors", "Kristianstad", "Kristinehamn", "Krokom", "Kumla", "Kungsbacka", "Kungsör",
        "Kungälv", "Kävlinge", "Köping", "Laholm", "Landskrona", "Laxå", "Lekeberg", "Leksand", "Lerum", "Lessebo",
        "Lidingö", "Lidköping", "Lilla Edet", "Lindesberg", "Linköping", "Ljungby", "Ljusdal", "Ljusnarsberg", "Lomma",
        "Ludvika", "Luleå", "Lund", "Lycksele", "Lysekil", "Malmö", "Malung-Sälen", "Malå", "Mariestad", "Mark",
        "Markaryd", "Mellerud", "Mjölby", "Mora", "Motala", "Mullsjö", "Munkedal", "Munkfors", "Mölndal", "Mönsterås",
        "Mörbylånga", "Nacka", "Nora", "Norberg", "Nordanstig", "Nordmaling", "Norrköping", "Norrtälje", "Norsjö",
        "Nybro", "Nykvarn", "Nyköping", "Nynäshamn", "Nässjö", "Ockelbo", "Olofström", "Orsa", "Orust", "Osby",
        "Oskarshamn", "Ovanåker", "Oxelösund", "Pajala", "Partille", "Perstorp", "Piteå", "Ragunda", "Robertsfors",
        "Ronneby", "Rättvik", "Sala", "Salem", "Sandviken", "Sigtuna", "Simrishamn", "Sjöbo", "Skara", "Skellefteå",
        "Skinnskatteberg", "Skurup", "Skövde", "Smedjebacken", "Sollefteå", "Sollentuna", "Solna", "Sorsele", "Sotenäs",
        "Staffanstorp", "Stenungsund", "Stockholm", "Storfors", "Storuman", "Strängnäs", "Strömstad", "Strömsund",
        "Sundbyberg", "Sundsvall", "Sunne", "Surahammar", "Svalöv", "Svedala", "Svenljunga", "Säffle", "Säter",
        "Sävsjö", "Söderhamn", "Söderköping", "Södertälje", "Sölvesborg", "Tanum", "Tibro", "Tidaholm", "Tierp",
        "Timrå", "Tingsryd", "Tjörn", "Tomelilla", "Torsby", "Torsås", "Tranemo", "Tranås", "Trelleborg", "Trollhättan",
        "Trosa", "Tyresö", "Täby", "Töreboda", "Uddevalla", "Ulricehamn", "Umeå", "Upplands Väsby", "Upplands-Bro",
        "Uppsala", "Uppvidinge", "Vadstena", "Vaggeryd", "Valdemarsvik", "Vallentuna", "Vansbro", "Vara", "Varberg",
        "Vaxholm", "Vellinge", "Vetlanda", "Vilhelmina", "Vimmerby", "Vindeln", "Vingåker", "Vårgårda", "Vänersborg",
        "Vännäs", "Värmdö", "Värnamo", "Västervik", "Västerås", "Växjö", "Ydre", "Ystad", "Åmål", "Ånge", "Åre",
        "Årjäng", "Åsele", "Åstorp", "Åtvidaberg", "Älmhult", "Älvdalen", "Älvkarleby", "Älvsbyn", "Ängelholm",
        "Öckerö", "Ödeshög", "Örebro", "Örkelljunga", "Örnsköldsvik", "Östersund", "Österåker", "Östhammar",
        "Östra Göinge", "Överkalix", "Övertorneå"};
    private static final String[] FIRST_NAMES = {"Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Sara", "Mikael",
        "Elin", "Anders", "Lena", "Per", "Emma", "Oskar", "Ingrid", "Nils", "Fatima", "Ali", "Sofia", "Jonas", "Amira",
        "Hugo", "Linnea", "Mohammed"};
    private static final String[] LAST_NAMES = {"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson",
        "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Berg", "Holm",
        "Sandberg", "Lund", "Ek", "Nyström", "Hassan", "Lindqvist", "Sjöberg"};
    private static final String[] FOCUS_AREAS = {"Trygghet i centrum", "Unga i riskzon", "Narkotika och langning",
        "Våld i nära relationer", "Trafiksäkerhet", "Skadegörelse och klotter", "Trygga bostadsområden",
        "Brottsförebyggande arbete i skolan"};
    private static final String[] SUBJECTS = {"Kommunen", "Polisen", "Parterna", "Fältgruppen", "Fastighetsägarna",
        "Skolan", "Socialtjänsten", "Räddningstjänsten"};
    private static final String[] VERBS = {"genomför", "förstärker", "följer upp", "samordnar", "utvecklar",
        "kartlägger", "prioriterar", "utvärderar"};
    private static final String[] OBJECTS = {"trygghetsvandringar i centrum", "närvaron vid resecentrum",
        "arbetet mot langning", "belysningen i parkerna", "föräldravandringar på helgerna", "dialogen med de boende",
        "insatserna mot klotter", "samarbetet med föreningslivet", "uppföljningen av lägesbilden",
        "kontakten med skolornas elevhälsa"};
    private static final String[] ENDINGS = {"under kvällstid.", "tillsammans med civilsamhället.", "varje månad.",
        "utifrån den gemensamma lägesbilden.", "under sommarlovet.", "i de mest utsatta områdena.",
        "enligt handlingsplanen.", "med stöd av fastighetsägarna."};
    private static final String[] PLACES = {"Resecentrum", "Stortorget", "Centrumparken", "Idrottsplatsen",
        "Biblioteket", "Skolgården norr", "Köpcentrum", "Hamnen", "Badplatsen", "Busstorget"};
    private static final String[] PLEDGES = {"Tryggare resecentrum", "Lugnare kvällar i centrum",
        "Stopp för langning till unga", "Trygg väg till skolan", "Mindre klotter i bostadsområdena",
        "Säkrare trafik vid skolorna"};
    private static final String[] PLEDGE_TARGETS = {"Resenärer och pendlare", "Boende och besökare i centrum",
        "Unga och deras föräldrar", "Elever och föräldrar", "Boende i bostadsområdena", "Elever och trafikanter"};
    private static final String[][] MEASURE_TYPES = {{"SAFETY_WALK", "Trygghetsvandring"},
        {"NEIGHBOURHOOD_WATCH", "Grannsamverkan"}, {"SAFETY_SURVEY", "Trygghetsmätning"},
        {"DRUG_DOG_SEARCH", "Narkotikasök med hund"}, {"SCHOOL_VALUES_WORK", "Värdegrundsarbete i skolan"},
        {"SAFETY_HOSTS", "Trygghetsvärdar"}, {"HOTSPOT_PRESENCE", "Närvaro på utsatta platser"},
        {"CITIZEN_DIALOGUE", "Medborgardialog"}, {"OTHER", "Bättre belysning"}};
    /** Name, unit, source, direction, baseline value. */
    private static final String[][] INDICATORS = {
        {"Andel som känner sig trygga utomhus kvällstid", "%", "NTU", "HIGHER_IS_BETTER", "68"},
        {"Anmälda skadegörelsebrott", "per 100 000 inv.", "REPORTED_CRIMES", "LOWER_IS_BETTER", "950"},
        {"Anmälda misshandelsbrott", "per 100 000 inv.", "REPORTED_CRIMES", "LOWER_IS_BETTER", "780"},
        {"Anmälda narkotikabrott", "per 100 000 inv.", "REPORTED_CRIMES", "LOWER_IS_BETTER", "640"},
        {"Andel som oroar sig för brott", "%", "POLICE_SURVEY", "LOWER_IS_BETTER", "34"},
        {"Problem med nedskräpning", "index", "POLICE_SURVEY", "LOWER_IS_BETTER", "2.4"},
        {"Anmälda bostadsinbrott", "per 100 000 inv.", "REPORTED_CRIMES", "LOWER_IS_BETTER", "310"},
        {"Andel elever som känner sig trygga i skolan", "%", "OWN_SURVEY", "HIGHER_IS_BETTER", "81"},
        {"Rapporterade händelser i EST", "antal", "EST_INCIDENTS", "LOWER_IS_BETTER", "120"},
        {"Trafikolyckor med personskada", "antal", "OTHER", "LOWER_IS_BETTER", "45"}};
    private static final String[] HOTSPOT_CATEGORIES = {"VANDALISM", "UNSAFE_PLACE", "GATHERING_PLACE", "DRUGS",
        "YOUTH_DISORDER", "TRAFFIC", "OTHER"};

    private final Connection connection;
    private final CopyManager copy;
    private final LocalDate today;
    private final int year;
    private final Map<String, CopyTable> tables = new LinkedHashMap<>();
    private final Map<String, Long> nextIds = new LinkedHashMap<>();
    private final Set<String> takenNames = new HashSet<>();
    private final Set<String> takenSlugs = new HashSet<>();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String passwordHash = "{bcrypt}" + new BCryptPasswordEncoder(10).encode(PASSWORD);

    private SwedenDataset(Connection connection, LocalDate today) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.today = today;
        this.year = today.getYear();
        table("organisation", "id, kind, name, slug");
        table("user_account", "id, email, display_name, organisation_id, role, password_hash");
        table("agreement", "id, title, municipality_id, police_area_id, period_start, period_end, "
                + "registration_number, purpose, situation_picture, status, ended_on, ended_reason, public_summary, "
                + "predecessor_id, meeting_rhythm, report_recipients, created_at");
        table("signatory", "id, agreement_id, name, title, organisation_id, signed_on");
        table("steering_group_member", "id, agreement_id, name, function, organisation_id");
        table("focus_area", "id, agreement_id, position, title, description");
        table("goal", "id, agreement_id, focus_area_id, type, title, description, target_value, target_unit, "
                + "target_date");
        table("measure", "id, agreement_id, focus_area_id, title, description, type, contact_person, place, "
                + "start_date, end_date, status");
        table("measure_responsible", "measure_id, organisation_id");
        table("measure_goal", "measure_id, goal_id");
        table("measure_update", "id, measure_id, agreement_id, updated_on, status, percent_done, comment, author, "
                + "created_at");
        table("agreement_change", "id, agreement_id, changed_at, changed_by, part, part_label, action");
        table("pledge", "id, agreement_id, municipality_id, police_area_id, title, slug, target, period_start, "
                + "period_end, situation, achievement, follow_up, status, published_on, result_done, "
                + "result_achieved, result_continues, result_written_on, created_at, changed_at");
        table("pledge_signatory", "id, pledge_id, name, title, organisation_id, signed_on");
        table("pledge_commitment", "id, pledge_id, position, description, responsible_id, measure_id, status");
        table("pledge_update", "id, pledge_id, published_on, body, author, created_at");
        table("pledge_update_status", "update_id, commitment_id, status");
        table("indicator", "id, agreement_id, name, unit, source, direction, geographic_level, frequency, "
                + "baseline_value, baseline_period, target_value, target_period, description");
        table("indicator_goal", "indicator_id, goal_id");
        table("indicator_value", "id, indicator_id, period, period_start, value, entered_by_name, entered_at");
        table("situation_picture", "id, municipality_id, period_type, period_start, summary, created_at, "
                + "changed_at");
        table("situation_picture_compiler", "picture_id, organisation_id");
        table("hotspot", "id, picture_id, place, latitude, longitude, category, incident_count, actions");
        table("situation_citation", "id, picture_id, focus_area_id, pledge_id");
        table("meeting", "id, agreement_id, meeting_date, start_time, place, agenda, notes");
        table("meeting_attendee", "meeting_id, member_id");
        table("meeting_decision", "id, meeting_id, agreement_id, text, focus_area_id, measure_id");
        table("meeting_action_item", "id, meeting_id, agreement_id, description, owner_member_id, "
                + "owner_organisation_id, owner_name, due_date, done_on");
        table("annual_report", "id, agreement_id, report_year, revision, status, snapshot, approved_at, "
                + "created_at, published_at, published_by");
        table("annual_report_section", "id, report_id, kind, focus_area_id, body, written_by, written_by_account, "
                + "written_at");
        table("annual_report_approval", "id, report_id, account_id, approver, organisation_id, approved_at");
        table("annual_report_presentation", "id, report_id, recipient, presented_on, registration_number, "
                + "recorded_by, recorded_at");
        table("annual_report_event", "id, report_id, occurred_at, actor, kind, detail");
    }

    /** Generates {@code municipalities} municipalities with everything they hold, dated relative to today. */
    public static Generated generate(DataSource dataSource, int municipalities) {
        return generate(dataSource, municipalities, LocalDate.now());
    }

    public static Generated generate(DataSource dataSource, int municipalities, LocalDate today) {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                Generated generated = new SwedenDataset(connection, today).run(municipalities, started);
                connection.commit();
                return generated;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Generating the Sweden dataset failed", e);
        }
    }

    /** The number of rows in each table the generator writes, in {@link #TABLES} order. */
    public static Map<String, Long> rowCounts(DataSource dataSource) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    private void table(String name, String columns) {
        tables.put(name, new CopyTable(name, columns));
    }

    private CopyTable t(String name) {
        return tables.get(name);
    }

    private long id(String table) {
        return nextIds.merge(table, 1L, Long::sum) - 1;
    }

    private Generated run(int municipalities, long started) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                if (t(table).hasId()) {
                    try (ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
                        rs.next();
                        nextIds.put(table, rs.getLong(1));
                    }
                }
            }
            try (ResultSet rs = statement.executeQuery("select name, slug from organisation")) {
                while (rs.next()) {
                    takenNames.add(rs.getString(1));
                    takenSlugs.add(rs.getString(2));
                }
            }
        }
        List<Municipality> all = organisations(municipalities);
        flush();
        Generated first = null;
        for (int i = 0; i < all.size(); i++) {
            Generated generated = municipality(all.get(i), new Random(7919L * (i + 1)));
            if (first == null) {
                first = generated;
            }
            if ((i + 1) % MUNICIPALITIES_PER_FLUSH == 0) {
                flush();
            }
        }
        flush();
        try (Statement statement = connection.createStatement()) {
            for (String table : nextIds.keySet()) {
                statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), "
                        + "(select coalesce(max(id), 1) from " + table + "))");
            }
            statement.execute("analyze");
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        return new Generated(municipalities, first.municipalitySlug(), first.pledgeSlug(), first.agreementId(),
                first.coordinatorEmail(), year, year - 1, took);
    }

    private void flush() throws SQLException {
        for (CopyTable table : tables.values()) {
            table.flush(copy);
        }
    }

    // ---- Organisations and accounts -------------------------------------------------------------------------

    private record Org(long id, String name, String slug, long coordinatorId, long steeringId, String steeringName) {
    }

    private record Municipality(Org org, Org police) {
    }

    private List<Municipality> organisations(int count) {
        int policeAreas = Math.max(1, (int) Math.round(count * 90 / 290.0));
        List<Org> police = new ArrayList<>();
        List<Municipality> municipalities = new ArrayList<>();
        int nameIndex = 0;
        for (int i = 0; i < count; i++) {
            String base;
            do {
                base = nameIndex < MUNICIPALITY_NAMES.length ? MUNICIPALITY_NAMES[nameIndex]
                        : "Kommun %03d".formatted(nameIndex + 1);
                nameIndex++;
            } while (takenNames.contains(base + " kommun") || takenSlugs.contains(slug(base))
                    || takenNames.contains("Lokalpolisområde " + base) || takenSlugs.contains("lpo-" + slug(base)));
            if (i < policeAreas) {
                police.add(organisation("POLICE_AREA", "Lokalpolisområde " + base, "lpo-" + slug(base), 1, 2, 2,
                        new Random(i)));
            }
            Org org = organisation("MUNICIPALITY", base + " kommun", slug(base), 2, 4, 24, new Random(-i - 1));
            municipalities.add(new Municipality(org, police.get(i % policeAreas)));
        }
        return municipalities;
    }

    private Org organisation(String kind, String name, String slug, int coordinators, int steering, int readers,
                             Random random) {
        long id = id("organisation");
        t("organisation").row(id, kind, name, slug);
        takenNames.add(name);
        takenSlugs.add(slug);
        long coordinatorId = 0;
        long steeringId = 0;
        String steeringName = null;
        for (int n = 1; n <= coordinators + steering + readers; n++) {
            String role = n <= coordinators ? "COORDINATOR" : n <= coordinators + steering ? "STEERING_GROUP"
                    : "READER";
            String local = switch (role) {
                case "COORDINATOR" -> "samordnare" + n;
                case "STEERING_GROUP" -> "styrgrupp" + (n - coordinators);
                default -> "lasare" + (n - coordinators - steering);
            };
            long userId = id("user_account");
            String person = person(random);
            t("user_account").row(userId, local + "@" + slug + ".example", person, id, role, passwordHash);
            if (n == 1) {
                coordinatorId = userId;
            }
            if (n == coordinators + 1) {
                steeringId = userId;
                steeringName = person;
            }
        }
        return new Org(id, name, slug, coordinatorId, steeringId, steeringName);
    }

    // ---- One municipality -----------------------------------------------------------------------------------

    private record Goal(long id, GoalType type, String title, String target) {
    }

    private record Update(LocalDate date, MeasureStatus status, BigDecimal percent, String comment, String author) {
    }

    private record Measure(long id, String title, String responsible, MeasureStatus status, LocalDate start,
                           LocalDate end, List<Update> updates) {
    }

    private record FocusArea(long id, String title, String description, List<Goal> goals, List<Measure> measures) {
    }

    private record Indicator(long id, String name, String unit, Direction direction, BigDecimal baseline,
                             String baselinePeriod, BigDecimal target, String targetPeriod,
                             Map<Integer, BigDecimal> values, long goalId) {
    }

    private record Pledge(long id, int year, String title, String target, LocalDate start, LocalDate end,
                          PledgeStatus status, String done, String achieved, Boolean continues) {
    }

    private record Meeting(LocalDate date, String place, List<DecisionPart> decisions) {
    }

    private record Agreement(long id, String title, LocalDate start, LocalDate end, List<FocusArea> areas,
                             List<Long> members, List<String> memberNames, List<Indicator> indicators,
                             List<Pledge> pledges, List<Meeting> meetings) {
    }

    private Generated municipality(Municipality m, Random random) {
        Agreement past = agreement(m, random, LocalDate.of(year - 7, 1, 1), LocalDate.of(year - 4, 12, 31), "ENDED",
                null);
        Agreement current = agreement(m, random, LocalDate.of(year - 3, 1, 1), LocalDate.of(year, 12, 31), "ACTIVE",
                null);
        agreement(m, random, LocalDate.of(year + 1, 1, 1), LocalDate.of(year + 4, 12, 31), "DRAFT", current.id());
        String pledgeSlug = pledges(m, random, past, current);
        indicators(m, random, current);
        List<SituationPicturePart> pictures = situationPictures(m, random, current);
        meetings(m, random, past);
        meetings(m, random, current);
        reports(m, random, past, pictures);
        reports(m, random, current, pictures);
        return new Generated(1, m.org().slug(), pledgeSlug, current.id(),
                "samordnare1@" + m.org().slug() + ".example", year, year - 1, Duration.ZERO);
    }

    private Agreement agreement(Municipality m, Random random, LocalDate start, LocalDate end, String status,
                                Long predecessor) {
        long id = id("agreement");
        String title = "Samverkansöverenskommelse %s och %s %d–%d".formatted(m.org().name(), m.police().name(),
                start.getYear(), end.getYear());
        boolean ended = status.equals("ENDED");
        Instant created = instant(start.minusMonths(2));
        t("agreement").row(id, title, m.org().id(), m.police().id(), start, end,
                "KS %d/%d".formatted(start.getYear() - 1, 100 + random.nextInt(800)), paragraph(random, 3),
                paragraph(random, 4), status, ended ? end : null, ended ? "Avtalsperioden löpte ut." : null,
                !status.equals("DRAFT"), predecessor, "MONTHLY", "Kommunstyrelsen och lokalpolisområdeschefen",
                created);
        t("agreement_change").row(id("agreement_change"), id, created, person(random), "AGREEMENT", title,
                "CREATED");
        if (!status.equals("DRAFT")) {
            t("signatory").row(id("signatory"), id, person(random), "Kommunstyrelsens ordförande", m.org().id(),
                    start.minusDays(20));
            t("signatory").row(id("signatory"), id, person(random), "Lokalpolisområdeschef", m.police().id(),
                    start.minusDays(20));
        }
        List<Long> members = new ArrayList<>();
        List<String> memberNames = new ArrayList<>();
        String[] functions = {"Kommundirektör", "Säkerhetschef", "Lokalpolisområdeschef", "Kommunpolis"};
        for (int k = 0; k < 4; k++) {
            long member = id("steering_group_member");
            String name = person(random);
            t("steering_group_member").row(member, id, name, functions[k], k < 2 ? m.org().id() : m.police().id());
            members.add(member);
            memberNames.add(name);
        }
        List<FocusArea> areas = new ArrayList<>();
        int firstTopic = random.nextInt(FOCUS_AREAS.length);
        for (int position = 1; position <= 4; position++) {
            areas.add(focusArea(m, random, id, position, FOCUS_AREAS[(firstTopic + position * 3) % FOCUS_AREAS.length],
                    start, end, status));
        }
        return new Agreement(id, title, start, end, areas, members, memberNames, new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>());
    }

    private FocusArea focusArea(Municipality m, Random random, long agreementId, int position, String topic,
                                LocalDate start, LocalDate end, String agreementStatus) {
        long id = id("focus_area");
        String description = paragraph(random, 2);
        t("focus_area").row(id, agreementId, position, topic, description);
        List<Goal> goals = new ArrayList<>();
        String lower = topic.toLowerCase(SWEDISH);
        String[][] goalTexts = {{"IMPACT", "Ökad trygghet och färre brott: " + lower},
            {"OUTPUT", "Fler gemensamma insatser: " + lower}, {"OUTPUT", "Bättre samordning mellan parterna: " + lower}};
        for (String[] goalText : goalTexts) {
            long goalId = id("goal");
            GoalType type = GoalType.valueOf(goalText[0]);
            boolean impact = type == GoalType.IMPACT;
            t("goal").row(goalId, agreementId, id, goalText[0], goalText[1], sentence(random),
                    impact ? BigDecimal.valueOf(70) : BigDecimal.valueOf(12), impact ? "%" : "insatser",
                    end);
            goals.add(new Goal(goalId, type, goalText[1], (impact ? "70 %" : "12 insatser") + " senast " + end));
        }
        List<Measure> measures = new ArrayList<>();
        long months = (end.getYear() - start.getYear() + 1) * 12L;
        for (int j = 0; j < 8; j++) {
            long measureId = id("measure");
            String[] type = MEASURE_TYPES[(position + j) % MEASURE_TYPES.length];
            String place = PLACES[(position * 3 + j) % PLACES.length];
            String title = type[1] + " – " + place;
            LocalDate measureStart = start.plusMonths((j * 5L + position) % Math.max(1, months - 12));
            LocalDate measureEnd = measureStart.plusMonths(12).minusDays(1);
            if (measureEnd.isAfter(end)) {
                measureEnd = end;
            }
            MeasureStatus status = measureStatus(agreementStatus, measureStart, measureEnd, j);
            t("measure").row(measureId, agreementId, id, title, paragraph(random, 2), type[0], person(random), place,
                    measureStart, measureEnd, status.name());
            t("measure_responsible").row(measureId, m.org().id());
            boolean police = j % 2 == 0;
            if (police) {
                t("measure_responsible").row(measureId, m.police().id());
            }
            t("measure_goal").row(measureId, goals.get(j % 3).id());
            List<Update> updates = new ArrayList<>();
            if (!agreementStatus.equals("DRAFT") && !measureStart.isAfter(today)) {
                updates.add(measureUpdate(random, measureId, agreementId, measureStart, MeasureStatus.ONGOING, 10));
                LocalDate last = measureEnd.isAfter(today) ? today : measureEnd;
                if (last.isAfter(measureStart)) {
                    updates.add(measureUpdate(random, measureId, agreementId, last, status,
                            status == MeasureStatus.DONE ? 100 : 60));
                }
            }
            measures.add(new Measure(measureId, title, police ? m.org().name() + ", " + m.police().name()
                    : m.org().name(), status, measureStart, measureEnd, updates));
        }
        return new FocusArea(id, topic, description, goals, measures);
    }

    private MeasureStatus measureStatus(String agreementStatus, LocalDate start, LocalDate end, int j) {
        if (agreementStatus.equals("DRAFT") || start.isAfter(today)) {
            return MeasureStatus.PLANNED;
        }
        if (end.isBefore(today)) {
            return j % 7 == 6 ? MeasureStatus.CANCELLED : MeasureStatus.DONE;
        }
        return j % 7 == 5 ? MeasureStatus.POSTPONED : MeasureStatus.ONGOING;
    }

    private Update measureUpdate(Random random, long measureId, long agreementId, LocalDate on, MeasureStatus status,
                                 int percent) {
        String comment = sentence(random);
        String author = person(random);
        t("measure_update").row(id("measure_update"), measureId, agreementId, on, status.name(), percent, comment,
                author, instant(on));
        return new Update(on, status, BigDecimal.valueOf(percent), comment, author);
    }

    // ---- Pledges --------------------------------------------------------------------------------------------

    /** Three pledges a year for five years; returns the slug of one published pledge of this year. */
    private String pledges(Municipality m, Random random, Agreement past, Agreement current) {
        String publishedSlug = null;
        for (int y = year - 4; y <= year; y++) {
            Agreement agreement = y <= past.end().getYear() ? past : current;
            for (int k = 0; k < 3; k++) {
                int topic = (k * 2 + y) % PLEDGES.length;
                String title = PLEDGES[topic];
                String slug = slug(title) + "-" + y;
                long id = id("pledge");
                LocalDate start = LocalDate.of(y, 1, 1);
                LocalDate end = LocalDate.of(y, 12, 31);
                boolean completed = y < year;
                PledgeStatus status = completed ? PledgeStatus.COMPLETED : PledgeStatus.PUBLISHED;
                String done = completed ? paragraph(random, 2) : null;
                String achieved = completed ? paragraph(random, 2) : null;
                Boolean continues = completed ? y % 2 == 0 : null;
                t("pledge").row(id, agreement.id(), m.org().id(), m.police().id(), title, slug, PLEDGE_TARGETS[topic],
                        start, end, paragraph(random, 3), paragraph(random, 2), sentence(random), status.name(),
                        start.plusDays(14), done, achieved, continues, completed ? LocalDate.of(y + 1, 1, 20) : null,
                        instant(start.minusMonths(1)), instant(completed ? end : today));
                agreement.pledges().add(new Pledge(id, y, title, PLEDGE_TARGETS[topic], start, end, status, done,
                        achieved, continues));
                if (!completed && publishedSlug == null) {
                    publishedSlug = slug;
                }
                t("pledge_signatory").row(id("pledge_signatory"), id, person(random), "Kommunstyrelsens ordförande",
                        m.org().id(), start.minusDays(5));
                t("pledge_signatory").row(id("pledge_signatory"), id, person(random), "Lokalpolisområdeschef",
                        m.police().id(), start.minusDays(5));
                long[] commitments = new long[4];
                Measure linked = agreement.areas().get(k).measures().get(0);
                for (int c = 0; c < 4; c++) {
                    commitments[c] = id("pledge_commitment");
                    t("pledge_commitment").row(commitments[c], id, c + 1, sentence(random),
                            c % 2 == 0 ? m.org().id() : m.police().id(), c == 0 ? linked.id() : null,
                            completed ? "DONE" : "ONGOING");
                }
                LocalDate last = completed ? end : today;
                long span = Math.max(12, last.toEpochDay() - start.toEpochDay());
                for (int u = 1; u <= 12; u++) {
                    long updateId = id("pledge_update");
                    LocalDate on = start.plusDays(span * u / 12);
                    t("pledge_update").row(updateId, id, on, paragraph(random, 2), person(random), instant(on));
                    t("pledge_update_status").row(updateId, commitments[u % 4],
                            completed && u > 8 ? "DONE" : "ONGOING");
                }
            }
        }
        return publishedSlug;
    }

    // ---- Indicators, situational pictures, meetings ---------------------------------------------------------

    private void indicators(Municipality m, Random random, Agreement current) {
        for (int n = 0; n < INDICATORS.length; n++) {
            String[] spec = INDICATORS[n];
            long id = id("indicator");
            Direction direction = Direction.valueOf(spec[3]);
            BigDecimal base = new BigDecimal(spec[4]).multiply(BigDecimal.valueOf(0.8 + random.nextDouble() * 0.4))
                    .setScale(1, RoundingMode.HALF_UP);
            double step = direction == Direction.LOWER_IS_BETTER ? -0.03 : 0.015;
            BigDecimal target = base.multiply(BigDecimal.valueOf(1 + step * 5)).setScale(1, RoundingMode.HALF_UP);
            String baselinePeriod = String.valueOf(current.start().getYear() - 1);
            Map<Integer, BigDecimal> values = new LinkedHashMap<>();
            for (int y = year - 10; y < year; y++) {
                double trend = 1 + step * (y - (current.start().getYear() - 1)) + (random.nextDouble() - 0.5) * 0.06;
                values.put(y, base.multiply(BigDecimal.valueOf(trend)).setScale(1, RoundingMode.HALF_UP));
            }
            BigDecimal baseline = values.get(current.start().getYear() - 1);
            t("indicator").row(id, current.id(), spec[0], spec[1], spec[2], spec[3], "MUNICIPALITY", "YEAR",
                    baseline, baselinePeriod, target, String.valueOf(current.end().getYear()), sentence(random));
            Goal goal = current.areas().get(n % 4).goals().get(n < 4 ? 0 : 1 + n % 2);
            t("indicator_goal").row(id, goal.id());
            for (Map.Entry<Integer, BigDecimal> value : values.entrySet()) {
                LocalDate first = LocalDate.of(value.getKey(), 1, 1);
                t("indicator_value").row(id("indicator_value"), id, String.valueOf(value.getKey()), first,
                        value.getValue(), person(random), instant(first.plusYears(1).plusMonths(2)));
            }
            current.indicators().add(new Indicator(id, spec[0], spec[1], direction, baseline, baselinePeriod, target,
                    String.valueOf(current.end().getYear()), values, goal.id()));
        }
    }

    private List<SituationPicturePart> situationPictures(Municipality m, Random random, Agreement current) {
        List<SituationPicturePart> parts = new ArrayList<>();
        LocalDate month = today.withDayOfMonth(1).minusMonths(59);
        double latitude = 55.6 + (m.org().id() * 37 % 120) / 10.0;
        double longitude = 12.5 + (m.org().id() * 53 % 90) / 10.0;
        long lastPicture = 0;
        for (int n = 0; n < 60; n++, month = month.plusMonths(1)) {
            long id = id("situation_picture");
            String summary = paragraph(random, 2);
            t("situation_picture").row(id, m.org().id(), "MONTH", month, summary, instant(month.plusDays(5)),
                    instant(month.plusDays(5)));
            t("situation_picture_compiler").row(id, m.org().id());
            t("situation_picture_compiler").row(id, m.police().id());
            int incidents = 0;
            for (int h = 0; h < 10; h++) {
                int count = random.nextInt(40);
                incidents += count;
                t("hotspot").row(id("hotspot"), id, PLACES[h],
                        BigDecimal.valueOf(latitude + (h - 5) * 0.004).setScale(5, RoundingMode.HALF_UP),
                        BigDecimal.valueOf(longitude + (h % 3) * 0.006).setScale(5, RoundingMode.HALF_UP),
                        HOTSPOT_CATEGORIES[(h + n) % HOTSPOT_CATEGORIES.length], count, sentence(random));
            }
            parts.add(new SituationPicturePart(month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, SWEDISH)
                    + " " + month.getYear(), month, summary, 10, incidents));
            lastPicture = id;
        }
        for (FocusArea area : current.areas()) {
            t("situation_citation").row(id("situation_citation"), lastPicture, area.id(), null);
        }
        for (Pledge pledge : current.pledges()) {
            if (pledge.year() == year) {
                t("situation_citation").row(id("situation_citation"), lastPicture, null, pledge.id());
            }
        }
        return parts;
    }

    private void meetings(Municipality m, Random random, Agreement agreement) {
        LocalDate last = agreement.end().isBefore(today.plusMonths(2)) ? agreement.end() : today.plusMonths(2);
        for (LocalDate date = agreement.start().withDayOfMonth(10); !date.isAfter(last); date = date.plusMonths(1)) {
            long id = id("meeting");
            boolean held = !date.isAfter(today);
            String place = "Stadshuset, sammanträdesrum " + (1 + random.nextInt(4));
            t("meeting").row(id, agreement.id(), date, "13:00", place, paragraph(random, 2),
                    held ? paragraph(random, 3) : null);
            for (long member : agreement.members()) {
                t("meeting_attendee").row(id, member);
            }
            if (!held) {
                continue;
            }
            FocusArea area = agreement.areas().get(date.getMonthValue() % 4);
            Measure measure = area.measures().get(date.getMonthValue() % 8);
            String first = sentence(random);
            String second = sentence(random);
            t("meeting_decision").row(id("meeting_decision"), id, agreement.id(), first, null, measure.id());
            t("meeting_decision").row(id("meeting_decision"), id, agreement.id(), second, area.id(), null);
            agreement.meetings().add(new Meeting(date, place,
                    List.of(new DecisionPart(first, measure.title()), new DecisionPart(second, area.title()))));
            LocalDate due = date.plusDays(30);
            LocalDate doneOn = due.isBefore(today.minusMonths(2)) ? due.minusDays(3) : null;
            int member = random.nextInt(4);
            t("meeting_action_item").row(id("meeting_action_item"), id, agreement.id(), sentence(random),
                    agreement.members().get(member), null, agreement.memberNames().get(member), due, doneOn);
            t("meeting_action_item").row(id("meeting_action_item"), id, agreement.id(), sentence(random), null,
                    m.police().id(), m.police().name(), due, doneOn);
        }
    }

    // ---- Annual reports -------------------------------------------------------------------------------------

    private void reports(Municipality m, Random random, Agreement agreement, List<SituationPicturePart> pictures) {
        for (int y = agreement.start().getYear(); y <= Math.min(year, agreement.end().getYear()); y++) {
            long id = id("annual_report");
            Instant created = instant(LocalDate.of(y, 11, 1));
            String writer = person(random);
            Instant written = instant(LocalDate.of(y, 12, 1));
            List<SectionText> sections = new ArrayList<>();
            boolean approved = y < year;
            sections.add(new SectionText(SectionKind.SUMMARY, null, paragraph(random, 4), writer, written, 1));
            for (FocusArea area : agreement.areas()) {
                sections.add(new SectionText(SectionKind.ANALYSIS, area.id(), paragraph(random, 3), writer, written,
                        1));
                if (approved) {
                    sections.add(new SectionText(SectionKind.PRIORITIES, area.id(), paragraph(random, 2), writer,
                            written, 1));
                }
            }
            if (!approved) {
                t("annual_report").row(id, agreement.id(), y, 1, "DRAFT", null, null, created, null, null);
            } else {
                Instant approvedAt = instant(LocalDate.of(y + 1, 3, 15));
                String snapshot = json.writeValueAsString(Map.of("content",
                        content(m, agreement, y, approvedAt, pictures), "sections", sections));
                Instant publishedAt = approvedAt.plus(Duration.ofDays(10));
                t("annual_report").row(id, agreement.id(), y, 1, "APPROVED", snapshot, approvedAt, created,
                        publishedAt, writer);
                t("annual_report_approval").row(id("annual_report_approval"), id, m.org().steeringId(),
                        m.org().steeringName(), m.org().id(), approvedAt.minus(Duration.ofDays(2)));
                t("annual_report_approval").row(id("annual_report_approval"), id, m.police().steeringId(),
                        m.police().steeringName(), m.police().id(), approvedAt);
                LocalDate presented = LocalDate.of(y + 1, 4, 20);
                t("annual_report_presentation").row(id("annual_report_presentation"), id, "MUNICIPAL_BOARD",
                        presented, "KS %d/%d".formatted(y + 1, 200 + random.nextInt(700)), writer, instant(presented));
                t("annual_report_presentation").row(id("annual_report_presentation"), id, "POLICE_CHIEF",
                        presented, null, writer, instant(presented));
                event(id, approvedAt.minus(Duration.ofDays(30)), writer, "SUBMITTED");
                event(id, approvedAt.minus(Duration.ofDays(2)), m.org().steeringName(), "APPROVED");
                event(id, approvedAt, m.police().steeringName(), "APPROVED");
                event(id, approvedAt, m.police().steeringName(), "FROZEN");
                event(id, instant(presented), writer, "PRESENTED");
                event(id, publishedAt, writer, "PUBLISHED");
            }
            event(id, created, writer, "CREATED");
            for (SectionText section : sections) {
                t("annual_report_section").row(id("annual_report_section"), id, section.kind().name(),
                        section.focusAreaId(), section.body(), writer, m.org().coordinatorId(), written);
            }
        }
    }

    private void event(long reportId, Instant at, String actor, String kind) {
        t("annual_report_event").row(id("annual_report_event"), reportId, at, actor, kind, null);
    }

    private ReportContent content(Municipality m, Agreement agreement, int y, Instant compiledAt,
                                  List<SituationPicturePart> pictures) {
        LocalDate first = LocalDate.of(y, 1, 1);
        LocalDate last = LocalDate.of(y, 12, 31);
        List<MeasurePart> all = new ArrayList<>();
        List<Area> areas = new ArrayList<>();
        for (FocusArea area : agreement.areas()) {
            List<GoalPart> goals = area.goals().stream().map(goal -> new GoalPart(goal.id(), goal.type(),
                    goal.title(), goal.target(), agreement.indicators().stream()
                    .filter(indicator -> indicator.goalId() == goal.id()).map(indicator -> indicator(indicator, y))
                    .toList())).toList();
            List<MeasurePart> measures = area.measures().stream()
                    .filter(measure -> !measure.start().isAfter(last) && !measure.end().isBefore(first))
                    .map(measure -> new MeasurePart(measure.id(), measure.title(), measure.responsible(),
                            measure.status(), measure.start(), measure.end(), measure.updates().stream()
                            .filter(update -> !update.date().isAfter(last)).reduce((a, b) -> b)
                            .map(u -> new MeasureUpdate(u.date(), u.status(), u.percent(), u.comment(), u.author()))
                            .orElse(null)))
                    .toList();
            all.addAll(measures);
            areas.add(new Area(area.id(), area.title(), area.description(), goals, measures, counts(measures)));
        }
        return new ReportContent(agreement.id(), agreement.title(), y, agreement.start(), agreement.end(),
                List.of(m.org().name(), m.police().name()), compiledAt, areas,
                new Area(null, null, null, List.of(), List.of(), counts(List.of())), counts(all),
                agreement.pledges().stream().filter(pledge -> pledge.year() == y)
                        .map(p -> new PledgePart(p.id(), p.title(), p.target(), p.start(), p.end(), p.status(),
                                p.done(), p.achieved(), p.continues())).toList(),
                agreement.meetings().stream().filter(meeting -> meeting.date().getYear() == y)
                        .map(meeting -> new MeetingPart(meeting.date(), meeting.place(), meeting.decisions())).toList(),
                pictures.stream().filter(picture -> picture.firstDay().getYear() == y).toList());
    }

    private static IndicatorPart indicator(Indicator indicator, int y) {
        List<IndicatorValue> values = indicator.values().entrySet().stream().filter(value -> value.getKey() <= y)
                .map(value -> new IndicatorValue(String.valueOf(value.getKey()), value.getValue())).toList();
        IndicatorStatus status = IndicatorStatus.NO_DATA;
        if (!values.isEmpty()) {
            int sign = values.get(values.size() - 1).value().compareTo(indicator.baseline());
            boolean better = indicator.direction() == Direction.LOWER_IS_BETTER ? sign <= 0 : sign >= 0;
            status = better ? IndicatorStatus.ON_TRACK : IndicatorStatus.NOT_ON_TRACK;
        }
        return new IndicatorPart(indicator.id(), indicator.name(), indicator.unit(), indicator.direction(),
                indicator.baseline(), indicator.baselinePeriod(), indicator.target(), indicator.targetPeriod(), values,
                status);
    }

    private static Map<MeasureStatus, Long> counts(List<MeasurePart> measures) {
        Map<MeasureStatus, Long> counts = new EnumMap<>(MeasureStatus.class);
        for (MeasureStatus status : MeasureStatus.values()) {
            counts.put(status, measures.stream().filter(measure -> measure.status() == status).count());
        }
        return counts;
    }

    // ---- Texts ----------------------------------------------------------------------------------------------

    private static String person(Random random) {
        return FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
    }

    private static String sentence(Random random) {
        return SUBJECTS[random.nextInt(SUBJECTS.length)] + " " + VERBS[random.nextInt(VERBS.length)] + " "
                + OBJECTS[random.nextInt(OBJECTS.length)] + " " + ENDINGS[random.nextInt(ENDINGS.length)];
    }

    private static String paragraph(Random random, int sentences) {
        StringBuilder text = new StringBuilder(sentence(random));
        for (int n = 1; n < sentences; n++) {
            text.append(' ').append(sentence(random));
        }
        return text.toString();
    }

    private static Instant instant(LocalDate date) {
        return date.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }

    /** "Upplands Väsby" → "upplands-vasby". */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name.toLowerCase(SWEDISH), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
