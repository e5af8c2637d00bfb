package se.samverkan.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import se.samverkan.common.ServerBusyException;

class PdfRenderingsTest {

    private final AtomicInteger layouts = new AtomicInteger();

    private byte[] layOut(String xhtml) {
        layouts.incrementAndGet();
        return ("%PDF " + xhtml).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSameDocumentIsLaidOutOnceAndAChangedOneAgain() {
        PdfRenderings renderings = new PdfRenderings(2, Duration.ofSeconds(1), DataSize.ofMegabytes(1));

        byte[] first = renderings.pdf("<html>rapport</html>", this::layOut);
        byte[] again = renderings.pdf("<html>rapport</html>", this::layOut);
        byte[] changed = renderings.pdf("<html>rapport, ändrad</html>", this::layOut);

        assertThat(again).isEqualTo(first);
        assertThat(new String(changed, StandardCharsets.UTF_8)).contains("ändrad");
        assertThat(layouts).hasValue(2);
    }

    @Test
    void aRequestFindingEverySlotTakenWaitsThenIsToldTheServerIsBusy() throws Exception {
        PdfRenderings renderings = new PdfRenderings(1, Duration.ofMillis(200), DataSize.ofMegabytes(1));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<byte[]> slow = CompletableFuture.supplyAsync(() -> renderings.pdf("<html>lång</html>",
                xhtml -> {
                    started.countDown();
                    await(release);
                    return layOut(xhtml);
                }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> renderings.pdf("<html>en annan</html>", this::layOut))
                .isInstanceOf(ServerBusyException.class)
                .satisfies(e -> assertThat(((ServerBusyException) e).retryAfterSeconds()).isPositive());

        release.countDown();
        assertThat(slow.get(5, TimeUnit.SECONDS)).isNotEmpty();
        assertThat(renderings.pdf("<html>en annan</html>", this::layOut)).as("the slot is free again").isNotEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
