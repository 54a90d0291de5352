/**
 * Waymark templates: ready-made plan templates and the content library (goal bank, interventions,
 * safety plan examples, crisis resources, information for the person), in en-GB and en-US.
 */
module org.waymark.templates {
    requires transitive org.waymark.core;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports org.waymark.templates;
    exports org.waymark.templates.content;
    exports org.waymark.templates.readability;

    opens org.waymark.templates to com.fasterxml.jackson.databind;
    opens org.waymark.templates.content to com.fasterxml.jackson.databind;
}
