package se.samverkan.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=SUM(A1)|'=SUM(A1)",
            "+46 70|'+46 70",
            "-1|'-1",
            "@cmd|'@cmd",
            "Trygghetsvandring|Trygghetsvandring",
            "a=b|a=b"})
    void aCellThatStartsLikeAFormulaGetsAnApostrophe(String cell, String written) {
        assertThat(SpreadsheetCells.safe(cell)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource(value = {"''"}, emptyValue = "")
    void emptyAndMissingCellsStayAsTheyAre(String cell) {
        assertThat(SpreadsheetCells.safe(cell)).isEmpty();
        assertThat(SpreadsheetCells.safe(null)).isNull();
    }
}
