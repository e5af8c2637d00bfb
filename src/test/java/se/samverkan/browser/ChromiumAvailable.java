package se.samverkan.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the browser suite where Debian's Chromium and its driver are installed. Elsewhere it is skipped with
 * the install command, so the test command still passes with only a JDK; on CI (CI=true) it always runs,
 * and fails when the browser is missing.
 */
class ChromiumAvailable implements ExecutionCondition {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String INSTALL = "apt-get install -y chromium chromium-driver";

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (installed() || onCi()) {
            return ConditionEvaluationResult.enabled("Chromium is installed, or this is CI");
        }
        String reason = "Browser suite skipped: Chromium not found at " + CHROMIUM + ". Install it with: " + INSTALL;
        System.out.println(reason);
        return ConditionEvaluationResult.disabled(reason);
    }
}
