package se.samverkan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every word a user reads comes from messages.properties (Swedish) and messages_en.properties (English):
 * fails when a template holds text of its own, when a template uses a key that does not exist, or when the
 * two languages do not have the same keys.
 */
class I18nTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
    /** Attributes a person reads or hears. */
    private static final List<String> READ_ATTRIBUTES = List.of("title", "alt", "placeholder", "aria-label", "value");
    /** Text allowed in a template as it is: punctuation, symbols and digits. */
    private static final Pattern NOT_WORDS = Pattern.compile("[\\p{P}\\p{S}\\p{N}\\s]*");

    @Test
    void swedishAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> swedish = keys("messages.properties");
        Set<String> english = keys("messages_en.properties");
        assertThat(difference(swedish, english)).as("keys missing in messages_en.properties").isEmpty();
        assertThat(difference(english, swedish)).as("keys missing in messages.properties").isEmpty();
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String resource : List.of("messages.properties", "messages_en.properties")) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(Path.of("src/main/resources", resource), StandardCharsets.UTF_8)) {
                int equals = line.indexOf('=');
                if (!line.isBlank() && !line.startsWith("#") && equals > 0 && !seen.add(line.substring(0, equals).strip())) {
                    twice.add(line.substring(0, equals).strip());
                }
            }
            assertThat(twice).as("keys defined twice in " + resource + " (the last one silently wins)").isEmpty();
        }
    }

    @Test
    void everyKeyUsedInATemplateExists() throws IOException {
        Set<String> swedish = keys("messages.properties");
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                if (!swedish.contains(matcher.group(1))) {
                    missing.add(matcher.group(1) + " in " + template);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : document.getAllElements()) {
                for (TextNode text : element.textNodes()) {
                    if (!NOT_WORDS.matcher(text.text()).matches() && !textIsReplaced(element)
                            && !insideReplacedElement(element)) {
                        found.add(template + ": <" + element.tagName() + "> \"" + text.text().strip() + "\"");
                    }
                }
                for (String attribute : READ_ATTRIBUTES) {
                    String value = element.attr(attribute);
                    if (!value.isEmpty() && !NOT_WORDS.matcher(value).matches()
                            && !element.hasAttr("th:" + attribute) && !element.attr("th:attr").contains(attribute)
                            && !"hidden".equals(element.attr("type")) && !element.hasAttr("th:field")) {
                        found.add(template + ": " + attribute + "=\"" + value + "\" on <" + element.tagName() + ">");
                    }
                }
            }
        }
        assertThat(found).as("text that should come from messages.properties").isEmpty();
    }

    /** The element's content is replaced when rendered, so its sample text never reaches a user. */
    private static boolean textIsReplaced(Element element) {
        return Stream.of("th:text", "th:utext", "th:errors", "th:replace", "th:insert", "sec:authentication")
                .anyMatch(element::hasAttr)
                || element.tagName().equals("title") && element.hasAttr("layout:title-pattern");
    }

    private static boolean insideReplacedElement(Element element) {
        for (Element parent : element.parents()) {
            if (textIsReplaced(parent)) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nTest.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> result = new TreeSet<>(left);
        result.removeAll(right);
        return result;
    }
}
