package dev.onward.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormFieldTest {

    @Test
    void key_isTheDomainsLowerCamelCaseName() {
        assertEquals("stageDate", FormField.STAGE_DATE.key());
        assertEquals("company", FormField.COMPANY.key());
    }

    @Test
    void named_everyKey_givesItsField() {
        for (FormField field : FormField.values()) {
            assertEquals(Optional.of(field), FormField.named(field.key()));
        }
        assertEquals(Optional.empty(), FormField.named("noSuchField"));
    }
}
