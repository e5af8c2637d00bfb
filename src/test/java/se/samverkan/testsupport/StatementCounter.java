package se.samverkan.testsupport;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the current thread sends to the database while {@link #count} runs, through a
 * datasource-proxy wrapped around the application's {@link DataSource}. MockMvc handles a request on the test's
 * own thread, so a count is exactly one request's statements; scheduled jobs on other threads are not counted.
 * Each execution counts once (a JDBC batch of n inserts is one round trip and counts 1).
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    /** The statements the action sent on this thread, in order. */
    public static Recorded count(ThrowingRunnable action) throws Exception {
        List<String> statements = new ArrayList<>();
        List<String> outer = RECORDING.get();
        RECORDING.set(statements);
        try {
            action.run();
        } finally {
            RECORDING.set(outer);
        }
        return new Recorded(List.copyOf(statements));
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    public record Recorded(List<String> statements) {
        public int size() {
            return statements.size();
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(size() + " statements");
            statements.forEach(sql -> text.append("\n  ").append(sql));
            return text.toString();
        }
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(dataSource).name("counted").listener(new Listener()).build();
                }
                return bean;
            }
        };
    }

    private static final class Listener implements QueryExecutionListener {
        @Override
        public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        }

        @Override
        public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            List<String> statements = RECORDING.get();
            if (statements != null) {
                statements.add(String.join("; ", queries.stream().map(QueryInfo::getQuery).toList()));
            }
        }
    }
}
