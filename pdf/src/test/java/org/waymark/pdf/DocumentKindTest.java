package org.waymark.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentKindTest {

    @Test
    void readsTheStableCodes() {
        assertThat(DocumentKind.fromCode("care-plan")).isEqualTo(DocumentKind.CARE_PLAN);
        assertThat(DocumentKind.fromCode("person")).isEqualTo(DocumentKind.PERSON);
        assertThat(DocumentKind.fromCode("card")).isEqualTo(DocumentKind.CARD);
        assertThatThrownBy(() -> DocumentKind.fromCode("letter")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("care-plan, person, card");
    }
}
