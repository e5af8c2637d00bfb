package se.samverkan;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;

/**
 * Runs Samverkan on this machine with nothing installed but a JDK: {@code ./mvnw spring-boot:test-run}.
 * Starts a real PostgreSQL (embedded) whose data lives in {@code .data/postgres} in the checkout, so a restart
 * keeps what users entered, and turns on the {@code demo} profile.
 */
public final class DevSamverkanApplication {

    static final Path DATA_DIRECTORY = Path.of(".data", "postgres");
    static final int PORT = Integer.parseInt(System.getProperty("samverkan.dev.db-port", "54329"));

    private DevSamverkanApplication() {
    }

    public static void main(String[] args) throws IOException {
        Files.createDirectories(DATA_DIRECTORY);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(DATA_DIRECTORY)
                .setCleanDataDirectory(false)
                .setPort(PORT)
                .start();
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        arguments.add("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"));
        arguments.add("--spring.datasource.username=postgres");
        arguments.add("--spring.datasource.password=");
        SpringApplication.from(SamverkanApplication::main)
                .withAdditionalProfiles("demo")
                .run(arguments.toArray(String[]::new));
    }
}
