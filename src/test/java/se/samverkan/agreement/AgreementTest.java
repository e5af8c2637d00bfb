package se.samverkan.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The agreement's own rules, without a database. */
class AgreementTest {

    private static Agreement draft() {
        return new Agreement(new AgreementCommand(" Trygg kommun ", 1, 2, Set.of(1L, 3L), LocalDate.of(2027, 1, 1),
                LocalDate.of(2030, 12, 31), " ", "Syfte", null, 0));
    }

    @Test
    void theMainPartiesAreNotAlsoPartnersAndBlankTextsAreStoredAsNothing() {
        Agreement agreement = draft();
        assertThat(agreement.getPartnerIds()).containsExactly(3L);
        assertThat(agreement.partyIds()).containsExactly(1L, 2L, 3L);
        assertThat(agreement.getTitle()).isEqualTo("Trygg kommun");
        assertThat(agreement.getRegistrationNumber()).isNull();
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new Agreement(new AgreementCommand("T", 1, 2, Set.of(), LocalDate.of(2027, 1, 1),
                LocalDate.of(2026, 12, 31), null, null, null, 0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDraftIsSignedOnceThenEndsAndIsLocked() {
        Agreement agreement = draft();
        assertThatThrownBy(() -> agreement.end(LocalDate.of(2028, 1, 1), "Slut")).isInstanceOf(AgreementStateException.class);
        agreement.activate();
        assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.ACTIVE);
        assertThatThrownBy(agreement::activate).isInstanceOf(AgreementStateException.class);
        agreement.end(LocalDate.of(2028, 1, 1), " Perioden är slut ");
        assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.ENDED);
        assertThat(agreement.getEndedReason()).isEqualTo("Perioden är slut");
        assertThatThrownBy(agreement::requireEditable).isInstanceOf(AgreementStateException.class)
                .hasMessage("agreement.state.locked");
    }

    @Test
    void onlyASignedAgreementCanBePublicOrGetANewVersion() {
        Agreement agreement = draft();
        assertThatThrownBy(() -> agreement.makePublic(true)).isInstanceOf(AgreementStateException.class);
        assertThatThrownBy(agreement::newVersion).isInstanceOf(AgreementStateException.class);
        agreement.activate();
        agreement.makePublic(true);
        assertThat(agreement.isPublicSummary()).isTrue();
        Agreement copy = agreement.newVersion();
        assertThat(copy.getStatus()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(copy.isPublicSummary()).isFalse();
        assertThat(copy.partyIds()).isEqualTo(agreement.partyIds());
        assertThat(copy.getTitle()).isEqualTo(agreement.getTitle());
    }

    @Test
    void anAgreementThatEndedBeforeItsSuccessorWasSignedStaysEnded() {
        Agreement active = draft();
        active.activate();
        active.replace();
        assertThat(active.getStatus()).isEqualTo(AgreementStatus.REPLACED);

        Agreement ended = draft();
        ended.activate();
        ended.end(LocalDate.of(2030, 12, 31), "Perioden är slut");
        ended.replace();
        assertThat(ended.getStatus()).isEqualTo(AgreementStatus.ENDED);
        assertThat(ended.getEndedOn()).isEqualTo(LocalDate.of(2030, 12, 31));
    }

    @Test
    void theHistoryComparesFieldsAsUsersReadThem() {
        Agreement agreement = draft();
        Map<String, String> fields = agreement.auditFields(Map.of(1L, "Kommun", 2L, "Polis", 3L, "Bostadsbolag"));
        assertThat(fields).containsEntry("municipality", "Kommun").containsEntry("partners", "Bostadsbolag")
                .containsEntry("period", "2027-01-01 – 2030-12-31").containsEntry("status", "DRAFT");
    }
}
