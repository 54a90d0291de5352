package org.waymark.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks the test class of one rule; {@link RuleCatalogueTest} checks every rule has one. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface Covers {

    /** The rule id. */
    String value();
}
