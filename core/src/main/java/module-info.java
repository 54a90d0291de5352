/**
 * Waymark core: the domain model of care plans for people who self-harm, strict JSON reading and
 * writing, and validation against NICE guidance.
 */
module org.waymark.core {
    requires transitive jakarta.validation;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires org.hibernate.validator;

    exports org.waymark.model;
    exports org.waymark.locale;
    exports org.waymark.json;
    exports org.waymark.language;
    exports org.waymark.validation;
    exports org.waymark.tables;

    opens org.waymark.validation to org.hibernate.validator;

    // The implementation of the model's @ConformsToGuidance, which names none (validatedBy = {}).
    provides jakarta.validation.ConstraintValidator with org.waymark.validation.ConformsToGuidanceValidator;

    // Hibernate Validator reads the records' fields for @Valid; JSON reads and writes through the public API.
    opens org.waymark.model to org.hibernate.validator;
    opens org.waymark.json.internal to com.fasterxml.jackson.databind;
    // The JSON Schema and the example plans are resources that hosts may read.
    opens org.waymark.json;
    opens org.waymark.json.examples;
}
