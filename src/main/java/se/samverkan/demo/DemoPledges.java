package se.samverkan.demo;

import static se.samverkan.pledge.CommitmentStatus.DONE;
import static se.samverkan.pledge.CommitmentStatus.ONGOING;
import static se.samverkan.pledge.CommitmentStatus.POSTPONED;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.samverkan.demo.DemoAgreement.Person;
import se.samverkan.demo.DemoAgreement.Signing;
import se.samverkan.demo.DemoPledge.Commitment;
import se.samverkan.demo.DemoPledge.Result;
import se.samverkan.demo.DemoPledge.Update;

/**
 * The demo citizen pledges, by agreement. Facts (the Solgården area, the kinds of measures, the methods) follow the
 * municipalities' own pages; the texts, figures and every person's name are made up for the demo. Measures are
 * named by their title in the demo agreement.
 */
final class DemoPledges {

    private static final String TRELLEBORG = "trelleborg";
    private static final String LPO_TRELLEBORG = "lpo-trelleborg";
    private static final String SOLLENTUNA = "sollentuna";
    private static final String LPO_SOLLENTUNA = "lpo-sollentuna";
    private static final String SOLLENTUNAHEM = "sollentunahem";
    private static final String TRANEMO = "tranemo";
    private static final String LPO_TRANEMO = "lpo-tranemo";
    private static final String TRANEMOBOSTADER = "tranemobostader";

    static final String SOLGARDEN_TITLE = "Tryggare Solgården";
    static final String TRANEMO_2026_TITLE = "Tryggare på platser som känns otrygga";
    static final String TRELLEBORG_TITLE = "Fler poliser och trygghetsvärdar i centrala Trelleborg";
    static final String SOLLENTUNA_TITLE = "Färre händelser som skapar otrygghet vid Sollentuna station";

    private DemoPledges() {
    }

    static List<DemoPledge> tranemo() {
        return List.of(solgarden(), tranemo2026());
    }

    static List<DemoPledge> trelleborg() {
        return List.of(trelleborg2022());
    }

    static List<DemoPledge> sollentuna() {
        return List.of(sollentuna2026());
    }

    /** Published early 2021 by the police, the municipality and Tranemobostäder; completed with a result in 2023. */
    private static DemoPledge solgarden() {
        return new DemoPledge(SOLGARDEN_TITLE, "Solgårdsområdet i Tranemo", List.of(TRANEMOBOSTADER),
                date(2021, 1, 1), date(2022, 12, 31),
                """
                När vi går igenom polisanmälningar, trygghetsundersökningar och de lägesbilder som kommunen tar \
                fram med jämna mellanrum sticker Solgårdsområdet ut. Många som bor här säger att de känner sig \
                otrygga, särskilt när det är mörkt.

                Tranemobostäder renoverar nu hyreshusen i området. Vi tar tillfället i akt och satsar samtidigt \
                på tryggheten – tillsammans med dem som bor här.
                """,
                """
                Solgården ska bli en tryggare plats att bo och leva på. Efter de två åren vill vi att

                - fler boende känner sig trygga i och runt husen, även på kvällen,
                - grannarna känner varandra och säger till när något inte står rätt till,
                - droghandeln i området har minskat.

                Vi frågar de boende i en enkät när arbetet börjar och när det är klart, och vi följer \
                polisanmälningarna i området.
                """,
                """
                Den lokala styrgruppen – trygghetssamordnaren, planeringschefen, kommunpoliserna och \
                Tranemobostäder – går igenom arbetet varje månad. Här, och på kommunens och polisens \
                webbplatser, berättar vi hur det går.

                När perioden är slut redovisar vi vad vi har gjort, vad det gav och om arbetet fortsätter.
                """,
                List.of(new Commitment("grannsamverkan", "Informera dem som bor i de nyrenoverade husen först och "
                                + "hjälpa dem att starta grannsamverkan.", LPO_TRANEMO,
                                "Grannsamverkan i de renoverade husen"),
                        new Commitment("ronder", "Gå trygghetsronder och trygghetsvandringar i området tillsammans "
                                + "med de boende och åtgärda det vi hittar.", TRANEMOBOSTADER,
                                "Trygghetsvandring i Solgården med boende"),
                        new Commitment("hund", "Söka efter narkotika med hund i trapphus, förråd och på gårdarna.",
                                LPO_TRANEMO, "Narkotikasök med hund i Solgården"),
                        new Commitment("lokal", "Öppna en lokal i området där boende, Tranemobostäder, kommunen och "
                                + "polisen kan träffas och arbeta tillsammans.", TRANEMOBOSTADER,
                                "Trygghetsvärdar och en gemensam lokal i Solgården"),
                        new Commitment("enkat", "Fråga de boende om tryggheten i en enkät när arbetet börjar och "
                                + "igen när det avslutas.", TRANEMO, null)),
                new Signing(date(2021, 2, 15), List.of(
                        new Person("Göran Wall", "Kommunstyrelsens ordförande", TRANEMO),
                        new Person("Camilla Fors", "Lokalpolisområdeschef", LPO_TRANEMO),
                        new Person("Henrik Ståhl", "Vd", TRANEMOBOSTADER))),
                date(2021, 2, 15),
                List.of(new Update(date(2021, 4, 20), """
                                Enkäten till de boende gick ut i mars, och drygt fyra av tio svarade. Den 14 april \
                                gick ett tjugotal boende tillsammans med Tranemobostäder, kommunen och polisen \
                                genom området. Vi hittade bland annat trasig belysning längs gångvägen mot \
                                centrum och buskar som skymmer sikten vid lekplatsen.

                                - Tranemobostäder har redan bytt lamporna vid gångvägen.
                                - Buskarna klipps ner i maj.
                                - Kommunpoliserna har börjat knacka dörr i de två första renoverade husen.
                                """,
                                Map.of("enkat", ONGOING, "ronder", ONGOING, "grannsamverkan", ONGOING)),
                        new Update(date(2021, 9, 28), """
                                Under sommaren har polisen sökt efter narkotika med hund i trapphus och förråd vid \
                                fyra tillfällen, i samråd med Tranemobostäder. Två gånger hittades narkotika; \
                                ärendena utreds.

                                I de renoverade husen har tre trappuppgångar nu startat grannsamverkan, med \
                                kontaktpersoner och skyltar vid entréerna.
                                """,
                                Map.of("hund", ONGOING)),
                        new Update(date(2022, 3, 15), """
                                Den gemensamma lokalen i Solgården har öppnat. Tranemobostäders bovärd finns där \
                                på dagtid, kommunens trygghetsvärdar två kvällar i veckan, och kommunpoliserna \
                                har öppet hus den första tisdagen varje månad. Titta gärna in!

                                Sedan förra uppdateringen har vi gått två trygghetsvandringar till.
                                """,
                                Map.of("lokal", DONE)),
                        new Update(date(2022, 10, 4), """
                                Nu har alla renoverade hus grannsamverkan. Polisen fortsätter att söka med hund, \
                                men med längre mellanrum eftersom fynden har blivit färre. Nästa \
                                trygghetsvandring går i november.
                                """,
                                Map.of("grannsamverkan", DONE)),
                        new Update(date(2022, 12, 13), """
                                Årets sista trygghetsvandring är gjord, och den andra enkäten till de boende har \
                                stängt. Vi sammanställer nu svaren och redovisar resultatet av löftet i januari.
                                """,
                                Map.of("ronder", DONE, "hund", DONE, "enkat", DONE))),
                new Result("""
                        - Sex trygghetsvandringar med boende och ett tjugotal trygghetsronder i husen och på gårdarna.
                        - Grannsamverkan i alla renoverade hus, med kontaktpersoner i varje trappuppgång.
                        - Narkotikasök med hund vid elva tillfällen.
                        - En gemensam lokal i området, öppen sedan mars 2022.
                        - Två enkäter till de boende, våren 2021 och december 2022.
                        """,
                        """
                        I den andra enkäten svarade 64 procent att de känner sig trygga i området på kvällen, \
                        mot 45 procent våren 2021. Anmälningarna om skadegörelse och stölder i området minskade \
                        med ungefär en fjärdedel mellan 2020 och 2022. Många berättar att de känner fler grannar \
                        och att det har blivit lättare att säga till. Droghandeln finns kvar, men syns mindre i \
                        trapphusen.

                        Trygghetsvandringarna, lokalen och grannsamverkan fortsätter inom \
                        samverkansöverenskommelsen.
                        """,
                        true, date(2023, 1, 24)));
    }

    /** Police and municipality, one year, the places residents point out; published, with updates during 2026. */
    private static DemoPledge tranemo2026() {
        return new DemoPledge(TRANEMO_2026_TITLE, "Utpekade platser i Tranemo kommun", List.of(),
                date(2026, 1, 1), date(2026, 12, 31),
                """
                På trygghetsmöten och trygghetsdagar, i polisanmälningar och i de lägesbilder som kommunen och \
                polisen tar fram tillsammans har invånare berättat att det har blivit otryggare på flera platser i \
                kommunen. Det handlar om droghandel, stölder och unga som skapar oro och stök.

                Tryggheten i kommunen hänger ihop. För att hela Tranemo ska bli tryggare börjar vi där \
                otryggheten är störst.
                """,
                """
                Det ska bli tryggare på de platser som invånarna har pekat ut. Genom att samla våra insatser dit \
                under ett år vill vi att

                - färre upplever platserna som otrygga,
                - droghandel, stölder och stök där minskar,
                - elever, vårdnadshavare och pedagoger pratar mer om hur vi är mot varandra.

                Vi mäter med trygghetsundersökningar på platserna och följer upp på mötena med invånarna.
                """,
                """
                Kommunen och polisen följer upp arbetet på sina gemensamma möten varje månad och berättar lika \
                ofta hur det går, här och på respektive webbplats. När året är slut redovisar vi vad vi har \
                gjort, vad det gav och hur arbetet går vidare.

                Löftet gäller ett år och kan förlängas.
                """,
                List.of(new Commitment("undersokning", "Göra trygghetsundersökningar på utvalda platser "
                                + "tillsammans med invånarna.", TRANEMO,
                                "Trygghetsundersökning på utvalda platser"),
                        new Commitment("vardegrund", "Delta i värdegrundsarbete på mellan- och högstadieskolor med "
                                + "elever, vårdnadshavare och pedagoger, tillsammans med kommunens lärande-, "
                                + "omsorg- och samhällsutvecklingssektioner.", LPO_TRANEMO,
                                "Värdegrundsarbete med elever, vårdnadshavare och pedagoger"),
                        new Commitment("lagesbild", "Ta fram gemensamma lägesbilder enligt EST – Effektiv "
                                + "samordning för trygghet – och välja platserna utifrån dem.", TRANEMO,
                                "Gemensam lägesbild enligt EST"),
                        new Commitment("hotspots", "Vara på plats enligt HotSpots-metoden, med korta och "
                                + "återkommande besök, på de platser som pekats ut som otrygga.", LPO_TRANEMO,
                                "Polisnärvaro enligt HotSpots-metoden"),
                        new Commitment("aterkoppling", "Följa upp arbetet varje månad och återkoppla till "
                                + "invånarna lika ofta.", TRANEMO, "Månatlig återkoppling till invånarna")),
                new Signing(date(2026, 1, 20), List.of(
                        new Person("Ulrika Nyberg", "Kommunstyrelsens ordförande", TRANEMO),
                        new Person("Camilla Fors", "Lokalpolisområdeschef", LPO_TRANEMO))),
                date(2026, 1, 26),
                List.of(new Update(date(2026, 3, 17), """
                                Lägesbilden för årets första månader pekar ut tre platser: busstationen, området \
                                runt idrottshallen och en parkering i centrum där unga samlas på helgkvällarna. \
                                Sedan februari gör polisen korta, återkommande besök där.

                                Värdegrundsarbetet har börjat på två mellanstadieskolor, med ett första \
                                föräldramöte i mars.
                                """,
                                Map.of("lagesbild", ONGOING, "hotspots", ONGOING, "vardegrund", ONGOING,
                                        "aterkoppling", ONGOING)),
                        new Update(date(2026, 6, 16), """
                                Trygghetsundersökningen flyttas till hösten. Lägesbilden har ändrats under våren, \
                                och vi vill fråga invånarna när vi vet vilka platser som berörs mest.

                                Under vårterminen har kommunpolisen varit med i värdegrundsarbetet på fem skolor, \
                                och busstationen har fått bättre belysning.
                                """,
                                Map.of("undersokning", POSTPONED)),
                        new Update(date(2026, 9, 22), """
                                Nu startar trygghetsundersökningen. Fram till slutet av november kan du svara på \
                                enkäten på kommunens webbplats eller på papper i biblioteket, och vi går \
                                trygghetsvandringar på de tre platserna – välkommen med!
                                """,
                                Map.of("undersokning", ONGOING)),
                        new Update(date(2026, 11, 18), """
                                Enkäten har fått drygt 300 svar, och alla tre trygghetsvandringar är gjorda. Vi \
                                sammanställer nu svaren och redovisar dem i december tillsammans med vad året har \
                                gett.

                                Polisen har under hösten fått färre larm om stök vid busstationen än under våren. \
                                Besöken enligt HotSpots-metoden fortsätter året ut.
                                """,
                                Map.of("undersokning", DONE))),
                null);
    }

    /** Made while the 2019–2022 agreement was active; completed before the agreement ended. */
    private static DemoPledge trelleborg2022() {
        return new DemoPledge(TRELLEBORG_TITLE, "Centrala Trelleborg: Stortorget, gågatan och resecentrum",
                List.of(), date(2022, 1, 1), date(2022, 12, 31),
                """
                Otryggheten i Trelleborgs kommun är störst i de centrala delarna av staden, framför allt på \
                kvällar och helger. Det visar både den gemensamma nulägesbilden och kommunens trygghetsmätning. \
                Många undviker Stortorget och resecentrum när det har blivit mörkt, och polisen får flest samtal \
                därifrån på fredags- och lördagskvällar.

                Kommunens trygghetsvärdar finns redan i centrum. Nu ska polisen synas mer där samtidigt, och de \
                ska arbeta närmare varandra.
                """,
                """
                Fler ska känna sig trygga i centrala Trelleborg på kvällen, och ordningsstörningarna i centrum \
                ska bli färre. Vi följer upp med kommunens trygghetsmätning och polisens lägesbild.
                """,
                """
                Kommunens säkerhetsenhet och kommunpolisen går igenom arbetet varje kvartal och berättar här hur \
                det går. Resultatet ingår också i den årliga rapporten till kommunstyrelsen och chefen för \
                lokalpolisområdet.
                """,
                List.of(new Commitment("polis", "Fler poliser till fots i centrum på fredags- och lördagskvällar, "
                                + "där och när flest händelser inträffar.", LPO_TRELLEBORG,
                                "Ökad polisnärvaro i centrala Trelleborg"),
                        new Commitment("vardar", "Trygghetsvärdar i centrum och vid resecentrum torsdag till "
                                + "lördag kväll.", TRELLEBORG, "Trygghetsvärdar i centrum och vid resecentrum"),
                        new Commitment("planering", "Polisen och trygghetsvärdarna planerar helgens kvällar "
                                + "tillsammans varje vecka utifrån lägesbilden.", TRELLEBORG, null),
                        new Commitment("vandring", "En trygghetsvandring i centrum med boende och näringsidkare "
                                + "under hösten.", TRELLEBORG, null)),
                new Signing(date(2022, 1, 25), List.of(
                        new Person("Eva Lundgren", "Kommunstyrelsens ordförande", TRELLEBORG),
                        new Person("Per Håkansson", "Lokalpolisområdeschef", LPO_TRELLEBORG))),
                date(2022, 2, 1),
                List.of(new Update(date(2022, 4, 26), """
                                Sedan februari går fler poliser till fots i centrum på helgkvällarna. Varje \
                                måndag planerar kommunpolisen och trygghetsvärdarnas arbetsledare vilka platser \
                                som ska prioriteras, utifrån vad som hände helgen innan.
                                """,
                                Map.of("polis", ONGOING, "vardar", ONGOING, "planering", ONGOING)),
                        new Update(date(2022, 10, 18), """
                                Den 11 oktober gick ett trettiotal boende, butiksägare och krögare med oss genom \
                                centrum. Flera pekade ut den mörka passagen mellan Stortorget och resecentrum; \
                                kommunen sätter upp ny belysning där före jul.
                                """,
                                Map.of("vandring", DONE)),
                        new Update(date(2022, 12, 13), """
                                Året är snart slut, och de extra kvällarna i centrum har genomförts som vi lovade. \
                                Resultatet redovisar vi här före årsskiftet.
                                """,
                                Map.of("polis", DONE, "vardar", DONE, "planering", DONE))),
                new Result("""
                        - Poliser till fots i centrum 86 fredags- och lördagskvällar.
                        - Trygghetsvärdar i centrum och vid resecentrum tre kvällar i veckan hela året.
                        - En gemensam planering varje vecka mellan polisen och trygghetsvärdarna.
                        - En trygghetsvandring i centrum i oktober, som ledde till ny belysning.
                        """,
                        """
                        I höstens trygghetsmätning svarade 58 procent att de känner sig trygga i centrum på \
                        kvällen, mot 49 procent året innan. Polisen registrerade färre ordningsstörningar på \
                        Stortorget och vid resecentrum än 2021.

                        Arbetssättet fortsätter och tas med i nästa samverkansöverenskommelse.
                        """,
                        true, date(2022, 12, 20)));
    }

    /** Police, municipality and Sollentunahem; published in February 2026, with two updates. */
    private static DemoPledge sollentuna2026() {
        return new DemoPledge(SOLLENTUNA_TITLE, "Sollentuna station och centrum", List.of(SOLLENTUNAHEM),
                date(2026, 1, 1), date(2026, 12, 31),
                """
                I den lägesbild som kommunen, polisen och Sollentunahem tar fram varje vecka enligt EST \
                återkommer stationsområdet och Sollentuna centrum. Där rapporteras mer skadegörelse, \
                nedskräpning och stök än på andra platser, och det förekommer narkotikaförsäljning nära \
                pendeltågsstationen. Många som pendlar säger att de undviker gångtunneln och busshållplatserna på \
                kvällen.
                """,
                """
                Färre händelser som skapar otrygghet vid stationen och i centrum, och fler som känner sig trygga \
                där på kvällen. Vi följer antalet händelser i lägesbilden och i polisens rapporter och frågar \
                resenärer och boende i en enkät i slutet av året.
                """,
                """
                Kommunen, polisen och Sollentunahem går igenom lägesbilden varje vecka. Ungefär en gång i \
                kvartalet berättar vi här hur det går, och när året är slut redovisar vi resultatet.
                """,
                List.of(new Commitment("polis", "Polisen är på plats vid stationen och i centrum de kvällar då "
                                + "flest händelser rapporteras.", LPO_SOLLENTUNA,
                                "Polisnärvaro vid Sollentuna centrum kvällstid"),
                        new Commitment("lagesbild", "Gå igenom händelserna runt stationen i den veckovisa "
                                + "lägesbilden och sätta in insatser där de behövs.", SOLLENTUNA,
                                "Veckovis lägesbild enligt EST"),
                        new Commitment("miljo", "Ta bort klotter och laga skadegörelse inom ett dygn och byta ut "
                                + "belysningen i gångtunneln.", SOLLENTUNA, null),
                        new Commitment("vandring", "Bjuda in hyresgäster och näringsidkare till en "
                                + "trygghetsvandring runt stationen på våren och en på hösten.", SOLLENTUNAHEM,
                                null)),
                new Signing(date(2026, 2, 3), List.of(
                        new Person("Helena Wikström", "Kommunstyrelsens ordförande", SOLLENTUNA),
                        new Person("Mats Öberg", "Lokalpolisområdeschef", LPO_SOLLENTUNA),
                        new Person("Annika Dahl", "Vd", SOLLENTUNAHEM))),
                date(2026, 2, 10),
                List.of(new Update(date(2026, 5, 12), """
                                Polisen har sedan februari varit på plats vid stationen på torsdags-, fredags- \
                                och lördagskvällar. Kommunen tar nu bort klotter inom ett dygn efter anmälan.

                                Vårens trygghetsvandring gick den 22 april med ett tjugotal deltagare. Det som \
                                kom upp mest var den mörka gångtunneln.
                                """,
                                Map.of("polis", ONGOING, "lagesbild", ONGOING, "miljo", ONGOING,
                                        "vandring", ONGOING)),
                        new Update(date(2026, 10, 6), """
                                Gångtunneln har fått ny, ljusare belysning. Lägesbilden visar färre anmälda fall \
                                av skadegörelse vid stationen i sommar än samma tid i fjol. Höstens \
                                trygghetsvandring är bokad till den 27 oktober.
                                """,
                                Map.of())),
                null);
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
