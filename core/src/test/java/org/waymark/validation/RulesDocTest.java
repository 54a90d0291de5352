package org.waymark.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waymark.model.ConformsToGuidance;
import org.waymark.model.DraftStage;

/**
 * {@code docs/rules.md} is generated from the {@link RuleCatalogue}; this test fails when the
 * committed file is out of date. Regenerate with
 * {@code mvn -pl core test -Dtest=RulesDocTest -Dwaymark.regenerate=true}.
 */
class RulesDocTest {

    private static final Path DOC = Path.of(System.getProperty("basedir", ".")).resolve("../docs/rules.md").normalize();

    @Test
    void committedRulesDocIsUpToDate() throws IOException {
        String generated = generate(RuleCatalogue.standard());
        if (Boolean.getBoolean("waymark.regenerate")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertThat(DOC).as("docs/rules.md is out of date: run mvn -pl core test -Dtest=RulesDocTest -Dwaymark.regenerate=true").exists();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8).replace("\r\n", "\n")).isEqualTo(generated);
    }

    static String generate(RuleCatalogue catalogue) {
        StringBuilder sb = new StringBuilder();
        sb.append(HEADER);
        sb.append("| id | DRAFT | FINAL | citation | checks | Bean Validation |\n");
        sb.append("|---|---|---|---|---|---|\n");
        for (Rule r : catalogue.rules()) {
            sb.append("| ").append(r.id())
                    .append(" | ").append(severities(r, Stage.DRAFT))
                    .append(" | ").append(severities(r, Stage.FINAL))
                    .append(" | ").append(r.citation())
                    .append(" | ").append(r.description().replace("|", "\\|"))
                    .append(" | ").append(r.isBeanValidationConstraint() ? "yes" : "no (needs an evaluation date)")
                    .append(" |\n");
        }
        sb.append("\n## Messages\n\n");
        sb.append("Each finding carries one of these message keys (bundle `org/waymark/validation/RuleMessages`, en-GB wording shown);\n");
        sb.append("`{name}` is a parameter: an id, code, date or count, never the plan's free text.\n");
        for (Rule r : catalogue.rules()) {
            sb.append("\n### ").append(r.id()).append("\n\n");
            for (String key : r.messageKeys()) {
                sb.append("- `").append(key).append("` (").append(label(r.nature(key))).append("; DRAFT ")
                        .append(lower(r.severity(Stage.DRAFT, key))).append(", FINAL ").append(lower(r.severity(Stage.FINAL, key)))
                        .append("): ").append(RuleMessages.template(Locale.UK, key)).append('\n');
            }
        }
        return sb.toString();
    }

    private static String severities(Rule r, Stage stage) {
        Map<Message.Nature, Severity> by = new EnumMap<>(Message.Nature.class);
        for (Message.Nature n : r.natures()) {
            by.put(n, r.severityOf(stage, n));
        }
        if (by.values().stream().distinct().count() == 1) {
            return lower(by.values().iterator().next());
        }
        List<String> parts = new ArrayList<>();
        by.forEach((n, s) -> parts.add(lower(s) + " (" + label(n) + ")"));
        return String.join("; ", parts);
    }

    private static String label(Message.Nature n) {
        return switch (n) {
            case GAP -> "gap";
            case PROHIBITED -> "prohibited content";
            case ADVICE -> "advice";
        };
    }

    private static String lower(Severity s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    private static final String HEADER = """
            # Guideline rules

            <!-- Generated from org.waymark.validation.RuleCatalogue by RulesDocTest. Do not edit by hand:
                 mvn -pl core test -Dtest=RulesDocTest -Dwaymark.regenerate=true -->

            The rules `org.waymark.validation.PlanValidator` checks, in the order of the catalogue in the
            clinical guidance (`guidance.md`). Ids are stable public names; severities at FINAL and citations
            are the guidance's.

            ## Stages and severities

            Each message a rule reports is one of three kinds:

            - **gap**: something the guideline asks for is missing or incomplete. A warning at `DRAFT`, the
              rule's severity at `FINAL`.
            - **prohibited content**: something the guideline says must never exist (a risk level, score or
              probability; a decision resting on a score; a cut-off derived from an instrument; a drug for
              self-harm; family involved against the person's refusal; stigmatising or stratifying wording).
              The rule's severity at both stages: a draft can be printed and shared, so an error-level
              prohibition is an error even in a draft.
            - **advice**: a suggestion within a rule (GOAL-LONG-TERM's "no occupational goal"). A warning at
              both stages.

            Structural problems (missing required values, broken references, duplicate ids) never reach the
            validator: the model's constructors and the JSON reader reject them with located messages.

            ## Profiles

            `Profile.NG225` (default) and `Profile.CG133`. A host may tighten the review bound (for example
            `withMaxReviewMonths(6)`) or the session range (`withSessionRange(4, 8)`, `withMaxSessions(8)`,
            `withMinSessions(6)`); loosening past the guideline (review over 12 months, sessions outside 4–10
            for NG225 or 3–12 for CG133) throws `IllegalArgumentException`.

            ## Evaluation date

            `REVIEW-OVERDUE` evaluates at the date passed to `validate(plan, stage, on)` or today's date in
            the `Clock` the validator was built with. Without either it is skipped and listed in
            `ValidationReport.notEvaluated()`; nothing reads the system clock unless the host passes
            `Clock.systemDefaultZone()`. `DBT-A-CONSIDERED` and `PSYCH-INTERVENTION-SESSIONS` take the person
            as under 18 if they are under 18 at the plan's start or on the evaluation date.

            ## Bean Validation

            `CarePlan` carries the class-level constraint `@ConformsToGuidance` (package `org.waymark.model`)
            twice: in the `Default` group the plan is validated at `FINAL`, in the group `DraftStage` at `DRAFT`.
            A host's own `jakarta.validation.Validator` (Hibernate Validator bootstrapped with
            `ParameterMessageInterpolator`, no Expression Language) therefore reports every rule marked "yes"
            below, directly or through `@Valid`: one violation per finding, at the finding's path below the
            plan, with the finding's resolved message and the `Finding` itself as Hibernate Validator's dynamic
            payload. `GuidelineViolations.toFindings(...)` turns the violations back into findings. The
            constraint runs the same rule code as `PlanValidator`, with profile NG225 and no evaluation date.

            Like `@Size`, the constraint names no implementation (`validatedBy = {}`), so the model does not
            depend on the validation package. The implementation, `ConformsToGuidanceValidator`, is a service
            of `jakarta.validation.ConstraintValidator`: `provides` in core's `module-info.java` for the module
            path, `META-INF/services/jakarta.validation.ConstraintValidator` for the class path. Hibernate
            Validator looks there; another provider would need the validator registered by hand.

            ## NO-RISK-PREDICTION

            Enforced first by structure: the model has no field for a risk score, probability or
            low/medium/high level, and `PlanJson` rejects a document carrying one (`riskLevel`, `riskScore`…)
            with this rule's id. The validator adds what structure cannot see: free text anywhere in the plan
            that assigns a level, score or probability ("Risk level: high", "assessed as low risk", "30% chance
            of repetition"). Stratifying words used in passing ("high risk of infection") are
            RISK-STRATIFICATION-LANGUAGE, a warning.

            ## Free text and the language checker

            NO-RISK-PREDICTION, NON-STIGMATISING-LANGUAGE and RISK-STRATIFICATION-LANGUAGE read every piece of
            prose in the plan: the free text in words that a clinician or the person writes (descriptions,
            statements, reasons, notes, roles). They find it on one typed walk, `PlanWalker` with a
            `PlanVisitor`, which visits every component of every record and says what each holds: prose, a
            name, a phone number, a code, an id, a reference, a date, a number or a flag. Names (a contact
            called Sam Cutter), phone numbers, SMS keywords and country codes are not prose, so the text rules
            do not read them; TEXT-PRINTABLE checks them all, since the documents print them. A test walks
            generated plans and fails if a component of any record is not visited, so a new field is never
            missed. The plan's own reference checks use the same walk.
            The two language rules take their terms from a `TextChecker`; the standard one is
            `LanguageCheckerAdapter.standard()`, the single place where `org.waymark.language.LanguageChecker`
            plugs in.

            ## Choices worth knowing

            - GOAL-NOT-ABSTINENCE-ONLY fires when there are goals and every one is in the area `safety` or
              `other` and its statement is about stopping self-harm ("Stop cutting", "Be self-harm free").
            - GOAL-SMART: a goal without a start date is measured from the plan's start; the due-date-after-review
              check applies to active goals only.
            - RISK-PLAN-COVERS-RISKS, RISK-PLAN-COVERS-FACTORS and CRISIS-PLAN say nothing when there is no risk
              management plan (RISK-PLAN-PRESENT says it); SAFETY-PLAN-CO-PRODUCED says nothing when there is no
              safety plan (SAFETY-PLAN-STEPS says it).
            - CONTACT-REACHABLE: GB numbers are 10–11 digits from 0, or +44 forms, or 999, 112, 111 and 116 xxx;
              US numbers are 10 digits with an optional 1 or +1, or 911 and 988; text numbers may also be 5–6 digit
              short codes; other countries accept 3–15 digits. A contact without a country uses the person's
              locale's. Emergency numbers for CRISIS-PLAN: GB 999 or 112, IE 112 or 999, US and CA 911, AU 000
              or 112, NZ 111; elsewhere any emergency contact with a phone number.
            - CONFIDENTIALITY-EXPLAINED compares with the earliest of the GP sharing date and each family
              member's involvement and consent dates.
            - SIGNED-OFF and REVIEW-OVERDUE apply to active plans only; a care coordinator's signature counts as
              a clinician's.

            ## Catalogue

            """;
}
