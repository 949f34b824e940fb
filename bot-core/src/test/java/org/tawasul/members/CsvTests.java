package org.tawasul.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        List<Csv.Record> records = Csv.parse("a,b,c\r\n\"نورة، \"\"أم فهد\"\", القحطاني\",\"x\ny\",\r\nlast,\"\",z");
        assertThat(records).extracting(Csv.Record::line).containsExactly(1, 2, 4);
        assertThat(records.get(1).fields()).containsExactly("نورة، \"أم فهد\", القحطاني", "x\ny", "");
        assertThat(records.get(2).fields()).containsExactly("last", "", "z");
        assertThat(records).extracting(Csv.Record::problem).containsOnlyNulls();
    }

    @Test
    void blankLinesAreSkippedButCounted() {
        List<Csv.Record> records = Csv.parse("h\n\n\r\nv\n");
        assertThat(records).extracting(Csv.Record::line).containsExactly(1, 4);
        assertThat(records.get(1).fields()).containsExactly("v");
    }

    @Test
    void aBareCarriageReturnEndsALine() {
        assertThat(Csv.parse("a\rb\r\"c\rd\"\re")).extracting(Csv.Record::line).containsExactly(1, 2, 3, 5);
    }

    @Test
    void aSyntaxProblemIsReportedOnItsLineAndEndsTheReading() {
        List<Csv.Record> records = Csv.parse("h1,h2\nok,ok\n\n\"a\"b,c\nnot,read\n");
        assertThat(records).hasSize(3);
        assertThat(records.get(1).problem()).isNull();
        assertThat(records.get(2).line()).isEqualTo(4);
        assertThat(records.get(2).problem()).isEqualTo("a field has text after its closing quote");
    }

    @Test
    void aQuotedFieldNeverClosedIsReportedOnTheLineItStarts() {
        List<Csv.Record> records = Csv.parse("h1,h2\nok,ok\n\"never closed,x\ny\n");
        assertThat(records).hasSize(3);
        assertThat(records.get(2).line()).isEqualTo(3);
        assertThat(records.get(2).problem()).isEqualTo("a quoted field is not closed before the end of the file");
    }
}
