package org.waymark.pdf.internal.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.waymark.json.ExamplePlans;
import org.waymark.language.ClinicalLexicon;
import org.waymark.locale.SupportedLocale;
import org.waymark.locale.UnsupportedLocaleException;
import org.waymark.model.CarePlan;
import org.waymark.model.Person;
import org.waymark.pdf.DocumentKind;
import org.waymark.pdf.Documents;
import org.waymark.pdf.PdfOptions;
import org.waymark.pdf.internal.layout.Pdfs;
import org.waymark.templates.Template;
import org.waymark.templates.TemplateLibrary;
import org.waymark.templates.content.ContentLibrary;
import org.waymark.validation.Finding;
import org.waymark.validation.PlanValidator;
import org.waymark.validation.Stage;

/**
 * Messages, the lexicon, templates, the content library and the printed documents resolve the same request to
 * the same locale, by the one policy of {@link SupportedLocale}; crisis lines come only from the person's own
 * country's content.
 */
class LocalePolicyAgreementTest {

    private static final Instant CREATED = Instant.parse("2026-11-23T10:00:00Z");
    private static final LocalDate ON = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "en-US", "en", "en-CA", "en-AU", "en-IE", "fr-FR", "es-US", "el-GR"})
    void everyUserOfThePolicyResolvesTheSameRequestAlike(String tag) throws Exception {
        Locale requested = Locale.forLanguageTag(tag);
        SupportedLocale resolved = SupportedLocale.resolveOrBase(requested);
        CarePlan plan = withLocale(ExamplePlans.load(ExamplePlans.DRAFT_WITH_GAPS), requested);
        CarePlan asResolved = withLocale(plan, resolved.locale());

        assertThat(DocumentWording.forLocale(requested).locale()).isSameAs(resolved);
        assertThat(ClinicalLexicon.of(requested).locale()).isEqualTo(resolved.locale());
        assertThat(messages(plan)).isEqualTo(messages(asResolved)).isNotEmpty();
        for (Template t : TemplateLibrary.standard().templates()) {
            if (SupportedLocale.isEnglish(requested)) {
                assertThat(t.text(requested)).as(t.id()).isSameAs(t.text(resolved.locale()));
            } else {
                assertThatThrownBy(() -> t.text(requested)).isInstanceOf(UnsupportedLocaleException.class);
            }
        }
        try (PDDocument doc = Pdfs.load(Documents.toBytes(DocumentKind.PERSON, plan, PdfOptions.forLocale(requested, CREATED)))) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo(resolved.tag());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "en-US", "en", "en-CA", "en-AU", "en-IE", "fr-FR", "es-US", "el-GR"})
    void documentsTakeCrisisLinesOnlyFromThePersonsOwnCountry(String tag) {
        Locale requested = Locale.forLanguageTag(tag);
        boolean shipped = requested.equals(Locale.UK) || requested.equals(Locale.US);

        assertThat(Common.library(requested)).isEqualTo(ContentLibrary.find(requested));
        assertThat(Common.library(requested).isPresent()).isEqualTo(shipped);
        Common.library(requested).ifPresent(l -> assertThat(l.locale()).isEqualTo(requested));

        // A plan that records no crisis line of its own: the person's document prints the national lines of
        // their own country only, never another country's.
        CarePlan plan = withLocale(ExamplePlans.load(ExamplePlans.DRAFT_WITH_GAPS), requested);
        String text = Pdfs.text(Documents.toBytes(DocumentKind.PERSON, plan, PdfOptions.forLocale(requested, CREATED)))
                .replace('\u00a0', ' ');
        assertThat(plan.contacts()).noneMatch(c -> "116 123".equals(c.phone()) || "988".equals(c.phone()));
        assertThat(text.contains("116 123")).as("Samaritans (GB) for " + tag).isEqualTo(requested.equals(Locale.UK));
        assertThat(text.contains("988")).as("988 Lifeline (US) for " + tag).isEqualTo(requested.equals(Locale.US));
    }

    private static List<String> messages(CarePlan plan) {
        return PlanValidator.standard().validate(plan, Stage.FINAL, ON).findings().stream().map(Finding::message).toList();
    }

    private static CarePlan withLocale(CarePlan plan, Locale locale) {
        Person p = plan.person();
        return plan.withPerson(new Person(p.id(), p.preferredName(), p.dateOfBirth(), p.ageBand(), locale, p.pronouns(),
                p.hasDependentChildren()));
    }
}
