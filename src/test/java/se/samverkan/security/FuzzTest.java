package se.samverkan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.beans.PropertyDescriptor;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;
import se.samverkan.account.AccountService;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.testsupport.IntegrationTest;

/**
 * Thousands of generated requests to every route: path variables, query parameters and form fields with wrong
 * types, huge and control-character strings, invalid UTF-8, negative and huge numbers, unknown enum values, missing
 * fields, odd uploaded files; sent mostly as Tranemo's coordinator (an administrator on the admin pages), a sample
 * as anonymous, reader and a coordinator of another municipality. No answer may be a 5xx, the persistence context
 * must flush without error (else the commit would fail), and a refused request (4xx, a redirect to the login page
 * or a form re-rendered with errors) must leave the database as it was.
 *
 * <p>Each request runs in a transaction of its own that is rolled back, so the demo data stays intact. "As it was"
 * is checked in that transaction: PostgreSQL assigns a transaction id only when something is written, and if one
 * was assigned, every business table's row count and its rows whose {@code xmin} is this transaction are compared
 * with the state before the request.
 *
 * <p>The generator is seeded, each route from the seed and its own name: {@code -Dfuzz.seed=...} repeats a run,
 * {@code -Dfuzz.only=/lagesbilder} repeats it for some routes only, {@code -Dfuzz.scale=2} sends more form values.
 */
@IntegrationTest
class FuzzTest {

    static final long SEED = Long.getLong("fuzz.seed", 20_261_130L);
    static final double SCALE = Double.parseDouble(System.getProperty("fuzz.scale", "1"));
    /** Only the routes whose pattern contains this ({@code -Dfuzz.only=/lagesbilder}), to repeat a failure. */
    static final String ONLY = System.getProperty("fuzz.only", "");
    static final String HUGE = "x".repeat(100_000);

    static final List<String> PATH_VALUES = List.of("-1", "0", "99999999999999999999", "9223372036854775808",
            "-9223372036854775809", "2147483648", "abc", "1.5", "1e3", "0x10", "%C3%A5%C3%A4%C3%B6", "%F0%9F%98%80",
            "%00", "%0A", "%01%1B", "%C3%28", "%FF", "%E2%82", "x".repeat(5000), "..", "..%2F..%2Fadmin", "%2e%2e",
            "1;jsessionid=x", "%20", "null", "%25", "%3Cscript%3E", "OKAND", "sammanfattning%00");
    static final List<String> TEXTS = List.of("", "   ", "x".repeat(256), "x".repeat(2001), "a\u0000b",
            "\u0001\u0002\u0007\u001b[2J", "rad ett\r\nrad två\ttab", "\u202eRTL\u200b", "😀 𝕊 åäö",
            "<script>alert(1)</script>", "' or 1=1 --", "\uFFFF\uFFFE", "%FF", "${7*7} [[${7*7}]]");
    static final List<String> NUMBERS = List.of("-1", "0", "99999999999999999999", "-99999999999999999999",
            "2147483648", "9223372036854775808", "1e309", "NaN", "Infinity", "abc", "1,5", "1.5", "0x10", "",
            " 12 ", "-0", "1 000", "١٢");
    static final List<String> ENUMS = List.of("OKAND", "", "0", "-1", "draft", "\u0000");
    static final List<String> DATES = List.of("2026-02-30", "0000-01-01", "99999-12-31", "+999999999-12-31",
            "-999999999-01-01", "2026-13-45", "abc", "1.1.2026", "2026-01-01T10:00", "20260101", "");
    static final List<String> TIMES = List.of("25:61", "10:00:00.123456789", "abc", "-1:00", "24:00", "");
    static final List<String> BOOLEANS = List.of("kanske", "2", "", "yes please");
    static final List<String> PAGES = List.of("-1", "99999999999", "abc", "2147483647", "1e3");
    static final List<String> SIZES = List.of("0", "-5", "100000", "x", "99999999999");
    static final List<String> SORTS = List.of("okand", "id,desc", "name;drop", "x".repeat(1000), ",",
            "title,sideways", "createdAt,DESC,ASC", "%00");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AccountService accountService;

    @Autowired
    OrganisationService organisations;

    @Autowired
    UserDetailsService users;

    @PersistenceContext
    EntityManager entityManager;

    /** How the refused requests were found unchanged: nothing written at all, or counts compared. */
    private final Map<String, Integer> checked = new TreeMap<>();

    /** One generated request; the path is built in its transaction, where rows made for the request exist. */
    record Fuzz(String kind, String subject, HttpMethod method, String pattern, Map<String, String> pathValues,
                List<String[]> params, byte[] rawBody, List<MockMultipartFile> files) {

        String describe(String url) {
            String shown = url + (params.isEmpty() ? "" : " " + params.stream()
                    .map(p -> p[0] + "=" + abbreviate(p[1], 60)).collect(Collectors.joining("&")));
            if (rawBody != null) {
                shown += " body=" + abbreviate(new String(rawBody, StandardCharsets.ISO_8859_1));
            }
            if (files != null) {
                shown += " files=" + files.stream().map(f -> abbreviate(f.getOriginalFilename()) + "(" + f.getSize()
                        + " B " + f.getContentType() + ")").toList();
            }
            return kind + " as " + subject + ": " + method + " " + abbreviate(shown, 1000);
        }
    }

    /** A handler method at one path pattern and HTTP method. */
    record Endpoint(HttpMethod method, String pattern, HandlerMethod handler) {
    }

    @Test
    void generatedInputNeverGivesA5xxAndRefusedRequestsLeaveTheDatabaseAsItWas() {
        long started = System.nanoTime();
        System.out.println("FuzzTest seed " + SEED + " (repeat with -Dfuzz.seed=" + SEED + ")");
        Map<String, RequestPostProcessor> subjects = AuthorizationMatrixTest.subjects(accountService, organisations,
                users);
        Map<String, Object> ids = Routes.tranemo(jdbc);
        Database database = new Database(jdbc);
        Map<String, Integer> sent = new TreeMap<>();
        checked.clear();
        List<String> failures = new ArrayList<>();
        Map<String, Long> slowest = new HashMap<>();
        for (Endpoint endpoint : endpoints()) {
            if (!endpoint.pattern().contains(ONLY)) {
                continue;
            }
            Random random = new Random(SEED ^ (endpoint.method() + " " + endpoint.pattern()).hashCode());
            long endpointStarted = System.nanoTime();
            for (Fuzz fuzz : new Generator(random, endpoint, formValues(endpoint, ids, subjects), ids).cases()) {
                sent.merge(fuzz.kind(), 1, Integer::sum);
                String failure = send(fuzz, subjects.get(fuzz.subject()), ids, database);
                if (failure != null) {
                    failures.add(failure);
                }
            }
            slowest.put(endpoint.method() + " " + endpoint.pattern(), (System.nanoTime() - endpointStarted) / 1_000_000);
        }
        System.out.println("FuzzTest slowest routes (ms): " + slowest.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12).toList());
        int total = sent.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("FuzzTest sent %d requests %s in %.1f s; checked unchanged after refusals %s; %d failures%n",
                total, sent, (System.nanoTime() - started) / 1e9, checked, failures.size());
        if (!failures.isEmpty()) {
            fail(failures.size() + " generated requests failed (seed " + SEED + "):\n  "
                    + String.join("\n  ", failures));
        }
    }

    /** The check itself: a row updated or deleted in the request's transaction is seen. */
    @Test
    void theDatabaseCheckSeesRowsWrittenOrDeletedInTheTransaction() {
        Database database = new Database(jdbc);
        TransactionStatus transaction = transactions.getTransaction(new DefaultTransactionDefinition());
        try {
            Map<String, Integer> before = database.snapshot();
            assertThat(before).isEmpty();
            jdbc.sql("update organisation set name = name where slug = 'tranemo'").update();
            Map<String, Integer> updated = database.snapshot();
            assertThat(database.difference(before, updated)).contains("organisation (rows written): null -> 1");
            jdbc.sql("delete from agreement_change where id = (select min(id) from agreement_change)").update();
            assertThat(database.difference(updated, database.snapshot())).startsWith("agreement_change: ");
        } finally {
            transactions.rollback(transaction);
        }
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            List<RequestMethod> methods = new ArrayList<>(entry.getKey().getMethodsCondition().getMethods());
            if (methods.isEmpty()) {
                methods.add(RequestMethod.GET);
            }
            for (String pattern : entry.getKey().getPatternValues()) {
                for (RequestMethod method : methods) {
                    endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), pattern, entry.getValue()));
                }
            }
        }
        endpoints.sort((a, b) -> (a.pattern() + " " + a.method()).compareTo(b.pattern() + " " + b.method()));
        return endpoints;
    }

    /**
     * The form of a POST handler as its page fills it (the GET of the same path, so an edit form brings the
     * record's values and version), else plausible values by type; null when the handler takes no form.
     */
    private Map<String, List<String>> formValues(Endpoint endpoint, Map<String, Object> ids,
                                                 Map<String, RequestPostProcessor> subjects) {
        Class<?> form = formClass(endpoint.handler());
        if (form == null) {
            return null;
        }
        Object filled = null;
        if (endpoint.method() == HttpMethod.POST) {
            filled = inTransaction(() -> {
                Map<String, Object> all = new HashMap<>(ids);
                all.putAll(madeIfNeeded(endpoint.pattern(), ids));
                MvcResult page = mvc.perform(MockMvcRequestBuilders.get(URI.create(
                        Routes.url(endpoint.pattern(), all::get))).with(subjects.get(subjectFor(endpoint))))
                        .andReturn();
                return page.getModelAndView() == null ? null : page.getModelAndView().getModel().values().stream()
                        .filter(form::isInstance).findFirst().orElse(null);
            });
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        BeanWrapperImpl wrapper = new BeanWrapperImpl(form);
        Object source = filled;
        for (PropertyDescriptor property : wrapper.getPropertyDescriptors()) {
            if (property.getWriteMethod() == null || property.getReadMethod() == null) {
                continue;
            }
            Class<?> type = property.getPropertyType();
            if (MultipartFile.class.isAssignableFrom(type)) {
                continue;
            }
            Object value = source == null ? null : new BeanWrapperImpl(source).getPropertyValue(property.getName());
            values.put(property.getName(), value != null ? asText(value) : plausible(type, property));
        }
        return values;
    }

    static Class<?> formClass(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            ModelAttribute attribute = parameter.getParameterAnnotation(ModelAttribute.class);
            if (attribute != null && !attribute.binding()) {
                continue;
            }
            if (type.getName().startsWith("se.samverkan.") && type.getSimpleName().endsWith("Form")) {
                return type;
            }
        }
        return null;
    }

    private static List<String> asText(Object value) {
        if (value instanceof Collection<?> many) {
            return many.stream().map(one -> asText(one).get(0)).toList();
        }
        if (value instanceof Enum<?> constant) {
            return List.of(constant.name());
        }
        if (value instanceof BigDecimal number) {
            return List.of(number.toPlainString());
        }
        return List.of(String.valueOf(value));
    }

    private static List<String> plausible(Class<?> type, PropertyDescriptor property) {
        if (type.isEnum()) {
            return List.of(((Enum<?>) type.getEnumConstants()[0]).name());
        }
        return switch (kindOf(type, property)) {
            case "number" -> List.of("1");
            case "date" -> List.of("2026-06-15");
            case "time" -> List.of("10:00");
            case "boolean" -> List.of("true");
            case "list" -> List.of();
            default -> List.of("Fuzz");
        };
    }

    static String kindOf(Class<?> type, PropertyDescriptor property) {
        if (type.isEnum()) {
            return "enum";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == short.class
                || type == double.class || type == float.class) {
            return "number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == java.time.LocalTime.class) {
            return "time";
        }
        if (Temporal.class.isAssignableFrom(type) || type == java.time.YearMonth.class) {
            return "date";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            Type generic = property == null ? null : property.getReadMethod().getGenericReturnType();
            if (generic instanceof ParameterizedType parameterized
                    && parameterized.getActualTypeArguments()[0] instanceof Class<?> element
                    && element.isEnum()) {
                return "enums";
            }
            return "list";
        }
        return "text";
    }

    private String subjectFor(Endpoint endpoint) {
        return endpoint.pattern().startsWith("/admin") ? "admin" : "coordinator";
    }

    private Map<String, Object> madeIfNeeded(String pattern, Map<String, Object> ids) {
        if (pattern.contains("{attachmentId}") || pattern.contains("{commentId}")) {
            return Routes.madeForTheRequest(jdbc, (Long) ids.get("agreementId"));
        }
        return Map.of();
    }

    interface Work<T> {
        T run() throws Exception;
    }

    private <T> T inTransaction(Work<T> work) {
        TransactionStatus transaction = transactions.getTransaction(new DefaultTransactionDefinition());
        try {
            return work.run();
        } catch (Exception e) {
            return null;
        } finally {
            transactions.rollback(transaction);
        }
    }

    /**
     * Sends one request in a transaction that is rolled back; returns what went wrong, or null. The persistence
     * context is flushed after the request, as a commit would, unless the application's own transaction was marked
     * to roll back.
     */
    private String send(Fuzz fuzz, RequestPostProcessor subject, Map<String, Object> ids, Database database) {
        TransactionStatus transaction = transactions.getTransaction(new DefaultTransactionDefinition());
        String url = "?";
        try {
            Map<String, Object> all = new HashMap<>(ids);
            all.putAll(madeIfNeeded(fuzz.pattern(), ids));
            Map<String, Integer> before = database.snapshot();
            url = Routes.url(fuzz.pattern(), key -> fuzz.pathValues().containsKey(key) ? fuzz.pathValues().get(key)
                    : all.get(key));
            AbstractMockHttpServletRequestBuilder<?> request = request(fuzz, url).with(subject);
            int status;
            Throwable exception;
            boolean reRendered = false;
            try {
                MvcResult result = mvc.perform(request).andReturn();
                status = result.getResponse().getStatus();
                exception = result.getResolvedException();
                if (status >= 300 && status < 400) {
                    String location = Objects.toString(result.getResponse().getRedirectedUrl(), "");
                    reRendered = location.replaceFirst("^https?://[^/]+", "").equals("/login");
                } else if (result.getModelAndView() != null) {
                    reRendered = result.getModelAndView().getModel().values().stream()
                            .anyMatch(value -> value instanceof BindingResult errors && errors.hasErrors());
                }
            } catch (Exception e) {
                status = 500;
                exception = e;
            }
            if (status >= 500) {
                return fuzz.describe(url) + " -> " + status + " " + rootCause(exception);
            }
            boolean refused = status >= 400 || reRendered;
            if (transaction.isRollbackOnly()) {
                checked.merge(refused ? "rolled back by the application" : "other", 1, Integer::sum);
                return null;
            }
            try {
                entityManager.flush();
            } catch (RuntimeException e) {
                return fuzz.describe(url) + " -> " + status + " but the commit would fail: " + rootCause(e);
            }
            if (refused) {
                Map<String, Integer> after = database.snapshot();
                checked.merge(after.isEmpty() ? "nothing written" : "tables compared", 1, Integer::sum);
                if (!database.same(before, after)) {
                    return fuzz.describe(url) + " -> " + status + " refused, but changed " + database.difference(
                            before, after);
                }
            }
            return null;
        } catch (RuntimeException e) {
            return fuzz.describe(url) + " -> the test could not check it: " + rootCause(e);
        } finally {
            transactions.rollback(transaction);
        }
    }

    private static AbstractMockHttpServletRequestBuilder<?> request(Fuzz fuzz, String url) {
        String query = fuzz.method() == HttpMethod.GET ? encodedQuery(fuzz.params()) : "";
        URI uri = URI.create(url + (query.isEmpty() ? "" : "?" + query));
        if (fuzz.files() != null) {
            MockMultipartHttpServletRequestBuilder multipart = MockMvcRequestBuilders.multipart(uri);
            fuzz.files().forEach(multipart::file);
            fuzz.params().forEach(p -> multipart.param(p[0], p[1]));
            return multipart.with(csrf());
        }
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(fuzz.method(), uri);
        if (fuzz.method() == HttpMethod.GET) {
            return request;
        }
        byte[] body = fuzz.rawBody() != null ? fuzz.rawBody()
                : encodedQuery(fuzz.params()).getBytes(StandardCharsets.US_ASCII);
        return request.with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body);
    }

    /** Parameters as a query string; a value already written as a percent sequence (%FF) is sent as it is. */
    static String encodedQuery(List<String[]> params) {
        return params.stream().map(p -> UriUtils.encodeQueryParam(p[0], StandardCharsets.UTF_8) + "="
                        + (p[1].matches("(%[0-9A-Fa-f]{2})+") ? p[1] : UriUtils.encode(p[1], StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
    }

    static String rootCause(Throwable exception) {
        if (exception == null) {
            return "(no exception)";
        }
        Throwable cause = exception;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String where = java.util.Arrays.stream(cause.getStackTrace()).limit(3).map(String::valueOf)
                .collect(Collectors.joining(" < "));
        String ours = java.util.Arrays.stream(cause.getStackTrace())
                .filter(frame -> frame.getClassName().startsWith("se.samverkan.")).findFirst()
                .map(frame -> " (from " + frame + ")").orElse("");
        return cause.getClass().getName() + ": " + abbreviate(String.valueOf(cause.getMessage())) + " at " + where
                + ours;
    }

    static String abbreviate(String text) {
        return abbreviate(text, 160);
    }

    static String abbreviate(String text, int length) {
        String visible = text.replaceAll("\\p{Cntrl}", "·");
        return visible.length() <= length ? visible
                : visible.substring(0, length - 10) + "…(" + visible.length() + " chars)";
    }

    /** The business tables' row counts and the rows written by the current transaction, in one query. */
    static final class Database {

        private final JdbcClient jdbc;
        private final String sql;
        /** The counts outside any request; every request is rolled back, so they hold for the whole run. */
        private final Map<String, Integer> baseline;

        Database(JdbcClient jdbc) {
            this.jdbc = jdbc;
            List<String> tables = jdbc.sql("""
                    select table_name from information_schema.tables
                    where table_schema = 'public' and table_type = 'BASE TABLE'
                    and table_name not in ('flyway_schema_history', 'shedlock', 'spring_session',
                                           'spring_session_attributes')
                    order by table_name""").query(String.class).list();
            this.sql = "with me as (select (pg_current_xact_id_if_assigned()::text::bigint % 4294967296)::text as xid) "
                    + tables.stream().map(table -> "select '" + table + "' as t, count(*) as n, count(*) filter"
                            + " (where xmin::text = (select xid from me)) as mine from " + table)
                    .collect(Collectors.joining(" union all "));
            this.baseline = counts();
        }

        /** Nothing written yet in this transaction: an empty map, cheaply; else the counts. */
        Map<String, Integer> snapshot() {
            boolean written = jdbc.sql("select pg_current_xact_id_if_assigned() is not null")
                    .query(Boolean.class).single();
            Map<String, Integer> counts = new TreeMap<>();
            if (!written) {
                return counts;
            }
            jdbc.sql(sql).query((rs, n) -> {
                counts.put(rs.getString("t"), rs.getInt("n"));
                if (rs.getInt("mine") > 0) {
                    counts.put(rs.getString("t") + " (rows written)", rs.getInt("mine"));
                }
                return null;
            }).list();
            return counts;
        }

        /** The tables whose counts differ; an empty snapshot (nothing written) is the database as it was. */
        String difference(Map<String, Integer> before, Map<String, Integer> after) {
            Map<String, Integer> from = before.isEmpty() ? baseline : before;
            Map<String, Integer> to = after.isEmpty() ? baseline : after;
            java.util.Set<String> tables = new java.util.TreeSet<>(from.keySet());
            tables.addAll(to.keySet());
            List<String> changed = new ArrayList<>();
            for (String table : tables) {
                if (!Objects.equals(from.get(table), to.get(table))) {
                    changed.add(table + ": " + from.get(table) + " -> " + to.get(table));
                }
            }
            return changed.isEmpty() ? "nothing visible (a lock only)" : String.join(", ", changed);
        }

        /** Equal, taking an empty snapshot as the counts before any request. */
        boolean same(Map<String, Integer> before, Map<String, Integer> after) {
            return (before.isEmpty() ? baseline : before).equals(after.isEmpty() ? baseline : after);
        }

        private Map<String, Integer> counts() {
            Map<String, Integer> counts = new TreeMap<>();
            jdbc.sql(sql).query((rs, n) -> counts.put(rs.getString("t"), rs.getInt("n"))).list();
            return counts;
        }
    }

    /** The requests for one endpoint, drawn from the shared seeded random source. */
    final class Generator {

        private final Random random;
        private final Endpoint endpoint;
        private final Map<String, List<String>> form;
        private final Map<String, Object> ids;
        private final List<Fuzz> cases = new ArrayList<>();

        Generator(Random random, Endpoint endpoint, Map<String, List<String>> form, Map<String, Object> ids) {
            this.random = random;
            this.ids = ids;
            this.endpoint = endpoint;
            this.form = form;
        }

        List<Fuzz> cases() {
            List<String> variables = Routes.variables(endpoint.pattern());
            for (String variable : variables) {
                for (String value : pick(PATH_VALUES, 5)) {
                    add("url-path", Map.of(variable, value), baseParams(), null, null);
                }
            }
            Map<String, String> queryParams = requestParams();
            queryParams.forEach((name, kind) -> {
                for (String value : pick(valuesFor(kind), 4)) {
                    add("url-query", Map.of(), with(baseParams(), name, value), null, null);
                }
                List<String[]> twice = baseParams();
                twice.add(new String[] {name, pick(valuesFor(kind), 1).get(0)});
                twice.add(new String[] {name, pick(valuesFor(kind), 1).get(0)});
                add("url-query", Map.of(), twice, null, null);
            });
            if (form != null) {
                formCases();
            }
            if (takesFile()) {
                fileCases();
            }
            if (variables.isEmpty() && queryParams.isEmpty() && form == null) {
                add("url-query", Map.of(), List.<String[]>of(new String[] {"okand", pick(TEXTS, 1).get(0)}), null, null);
            }
            return cases;
        }

        private void formCases() {
            Map<String, String> kinds = new LinkedHashMap<>();
            BeanWrapperImpl wrapper = new BeanWrapperImpl(formClass(endpoint.handler()));
            form.keySet().forEach(name -> kinds.put(name, kindOf(wrapper.getPropertyType(name),
                    wrapper.getPropertyDescriptor(name))));
            String kindName = endpoint.method() == HttpMethod.GET ? "url-query" : "form";
            kinds.forEach((name, kind) -> {
                int count = (int) Math.ceil(3 * SCALE);
                List<String> values = new ArrayList<>(pick(valuesFor(kind), count));
                if (kind.equals("text")) {
                    values.add(HUGE);
                }
                for (String value : values) {
                    add(kindName, Map.of(), withField(name, List.of(value)), null, null);
                }
                if (kind.equals("list") || kind.equals("enums")) {
                    add(kindName, Map.of(), withField(name, List.of("1", "1", "-1")), null, null);
                    add(kindName, Map.of(), withField(name, java.util.stream.IntStream.range(0, 300)
                            .mapToObj(String::valueOf).toList()), null, null);
                }
                List<String[]> missing = formParams(form);
                missing.removeIf(p -> p[0].equals(name));
                add("form-missing", Map.of(), missing, null, null);
            });
            if (endpoint.method() == HttpMethod.GET) {
                return;
            }
            for (int i = 0; i < Math.ceil(3 * SCALE); i++) {
                List<String[]> randomParams = new ArrayList<>(baseParams());
                kinds.forEach((name, kind) -> {
                    if (random.nextInt(4) > 0) {
                        randomParams.add(new String[] {name, pick(valuesFor(pickKind()), 1).get(0)});
                    }
                });
                add("form-random", Map.of(), randomParams, null, null);
            }
            List<String> texts = kinds.entrySet().stream().filter(e -> e.getValue().equals("text"))
                    .map(Map.Entry::getKey).toList();
            for (byte[] invalid : List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF, (byte) 0xFE},
                    new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})) {
                String target = texts.isEmpty() ? "okand" : texts.get(random.nextInt(texts.size()));
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                List<String[]> params = withField(target, List.of("X"));
                String encoded = encodedQuery(params);
                int at = encoded.indexOf(UriUtils.encodeQueryParam(target, StandardCharsets.UTF_8) + "=X");
                body.writeBytes(encoded.substring(0, at).getBytes(StandardCharsets.US_ASCII));
                body.writeBytes((UriUtils.encodeQueryParam(target, StandardCharsets.UTF_8) + "=")
                        .getBytes(StandardCharsets.US_ASCII));
                body.writeBytes(invalid);
                body.writeBytes(encoded.substring(at + target.length() + 2).getBytes(StandardCharsets.US_ASCII));
                add("form-bytes", Map.of(), params, body.toByteArray(), null);
            }
        }

        private void fileCases() {
            byte[] random1m = new byte[1_000_000];
            random.nextBytes(random1m);
            byte[] wide = ("a;".repeat(10_000) + "\n" + "1;".repeat(10_000)).getBytes(StandardCharsets.UTF_8);
            List<MockMultipartFile> odd = List.of(
                    new MockMultipartFile("file", "tom.csv", "text/csv", new byte[0]),
                    new MockMultipartFile("file", "slump.exe", "application/octet-stream", random1m),
                    new MockMultipartFile("file", "../../etc/passwd", "text/plain", "root".getBytes()),
                    new MockMultipartFile("file", "a\u0001b\u0000.csv", "", "x".getBytes()),
                    new MockMultipartFile("file", "x".repeat(400) + ".pdf", "application/pdf", "%PDF-1".getBytes()),
                    new MockMultipartFile("file", "ogiltig.csv", "text/csv",
                            new byte[] {'a', ';', 'b', '\n', (byte) 0xC3, 0x28, ';', (byte) 0xFF, '\n'}),
                    new MockMultipartFile("file", "bred.csv", "text/csv", wide),
                    new MockMultipartFile("file", "tal.csv", "text/csv",
                            "period;varde\n2025;99999999999999999999\n-1;NaN\n2026-02-30;1e309\n;\n"
                                    .getBytes(StandardCharsets.UTF_8)),
                    new MockMultipartFile("file", "bom.csv", "text/csv", new byte[] {(byte) 0xEF, (byte) 0xBB,
                            (byte) 0xBF}),
                    new MockMultipartFile("annat", "fel-falt.txt", "text/plain", "x".getBytes()));
            for (MockMultipartFile file : odd) {
                cases.add(new Fuzz("multipart", subject(), endpoint.method(), endpoint.pattern(), Map.of(),
                        formParams(form == null ? Map.of() : form), null, List.of(file)));
            }
        }

        private boolean takesFile() {
            if (endpoint.method() != HttpMethod.POST) {
                return false;
            }
            for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
                if (MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
                    return true;
                }
            }
            Class<?> formClass = formClass(endpoint.handler());
            return formClass != null && java.util.Arrays.stream(new BeanWrapperImpl(formClass)
                    .getPropertyDescriptors()).anyMatch(p -> MultipartFile.class.isAssignableFrom(p.getPropertyType()));
        }

        /** The handler's request parameters and pageable, by name, with the kind of value they take. */
        private Map<String, String> requestParams() {
            Map<String, String> params = new LinkedHashMap<>();
            for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
                RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
                Class<?> type = parameter.getParameterType();
                if (annotation != null && !MultipartFile.class.isAssignableFrom(type)) {
                    String name = !annotation.name().isEmpty() ? annotation.name() : parameter.getParameterName();
                    params.put(name, type.isEnum() ? "enum" : kindOf(type, null));
                } else if (Pageable.class.isAssignableFrom(type)) {
                    params.put("page", "page");
                    params.put("size", "size");
                    params.put("sort", "sort");
                }
            }
            return params;
        }

        /** Parameters that a POST needs to get past the 400 for a missing parameter (as the matrix test sends). */
        private List<String[]> baseParams() {
            List<String[]> params = new ArrayList<>();
            AuthorizationMatrixTest.requiredParameters(new Routes.Route(endpoint.method().name(),
                    endpoint.pattern()), ids).forEach((name, value) -> params.add(
                    new String[] {name, value}));
            if (form != null && endpoint.method() != HttpMethod.GET) {
                params.addAll(formParams(form));
            }
            return params;
        }

        private List<String[]> formParams(Map<String, List<String>> values) {
            List<String[]> params = new ArrayList<>();
            values.forEach((name, list) -> list.forEach(value -> params.add(new String[] {name, value})));
            return params;
        }

        private List<String[]> withField(String name, List<String> values) {
            List<String[]> params = new ArrayList<>(baseParams());
            params.removeIf(p -> p[0].equals(name));
            values.forEach(value -> params.add(new String[] {name, value}));
            return params;
        }

        private List<String[]> with(List<String[]> params, String name, String value) {
            params.removeIf(p -> p[0].equals(name));
            params.add(new String[] {name, value});
            return params;
        }

        private String pickKind() {
            return List.of("text", "number", "enum", "date", "time", "boolean").get(random.nextInt(6));
        }

        private List<String> valuesFor(String kind) {
            return switch (kind) {
                case "number" -> NUMBERS;
                case "enum", "enums" -> ENUMS;
                case "date" -> DATES;
                case "time" -> TIMES;
                case "boolean" -> BOOLEANS;
                case "page" -> PAGES;
                case "size" -> SIZES;
                case "sort" -> SORTS;
                case "list" -> List.of("abc", "-1", "99999999999999999999", "", "1.5");
                default -> TEXTS;
            };
        }

        private List<String> pick(List<String> values, int count) {
            List<String> copy = new ArrayList<>(values);
            java.util.Collections.shuffle(copy, random);
            return copy.subList(0, Math.min(count, copy.size()));
        }

        private String subject() {
            int roll = random.nextInt(100);
            if (roll < 8) {
                return "anonymous";
            }
            if (roll < 14) {
                return "reader";
            }
            if (roll < 20) {
                return "stranger";
            }
            return subjectFor(endpoint);
        }

        private void add(String kind, Map<String, String> pathValues, List<String[]> params, byte[] rawBody,
                         List<MockMultipartFile> files) {
            cases.add(new Fuzz(kind, subject(), endpoint.method(), endpoint.pattern(), pathValues, params, rawBody,
                    files));
        }
    }
}
