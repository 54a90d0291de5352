/**
 * A checker for the words used in free text about a person who self-harms.
 * <p>
 * {@link org.waymark.language.LanguageChecker} finds stigmatising terms (rule
 * {@code NON-STIGMATISING-LANGUAGE}, CG133's non-judgemental approach) and risk-stratification
 * language (rule {@code RISK-STRATIFICATION-LANGUAGE}, NICE NG225 1.6.3) and suggests
 * respectful wording; each match is a {@link org.waymark.language.LanguageFinding} that carries
 * offsets but never the text itself. The terms and suggestions are resources, so a host can
 * translate the suggestions and add or remove terms.
 * <p>
 * Every type here is immutable and thread-safe, except the checker's builder.
 * <p>
 * May depend on: the JDK and {@code org.waymark.locale} (the locale policy and resource loader). No other
 * package of the library.
 */
package org.waymark.language;
